import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { editableLabel, initialExtras } from '../lib/wizard-config';
import { KindConfigEditor } from './KindConfigEditor';

const labels = [editableLabel('fine', 'Nothing wrong'), editableLabel('spam', 'Spam or scam'), editableLabel('', '')];

const render = (kind: 'MULTI_LABEL' | 'CLASSIFICATION', locale: Locale = 'en', errors: Record<string, string> = {}) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <KindConfigEditor kind={kind} labels={labels} extras={{ ...initialExtras(), aloneLabels: ['fine'] }} onLabels={() => undefined} onExtras={() => undefined} errors={errors} />
    </I18nProvider>,
  );

/** The checkbox markup just before a label text. */
const boxOf = (html: string, text: string) => new RegExp(`(<input[^>]*type="checkbox"[^>]*/>) ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(html)?.[1] ?? '';

describe('KindConfigEditor: labels that go alone', () => {
  it('offers a mark per label of a multi-label project, ticked for those that go alone', () => {
    const html = render('MULTI_LABEL');
    expect(html).toContain('<legend>Labels that go alone</legend>');
    expect(boxOf(html, '“Nothing wrong” goes alone')).toContain('checked=""');
    const spam = boxOf(html, '“Spam or scam” goes alone');
    expect(spam).toContain('type="checkbox"');
    expect(spam).not.toContain('checked');
    // A label without a value cannot be named in aloneLabels yet.
    expect(boxOf(html, 'Label 3 (give it a value first)')).toContain('disabled=""');
  });

  it('is for multi-label projects only', () => {
    expect(render('CLASSIFICATION')).not.toContain('go alone');
  });

  it('speaks French and shows the API’s problems with the marks', () => {
    const html = render('MULTI_LABEL', 'fr', { 'config.aloneLabels[0]': 'Unknown label "gone".' });
    expect(html).toContain('<legend>Étiquettes exclusives</legend>');
    expect(boxOf(html, '« Nothing wrong » s’emploie seule')).toContain('checked=""');
    expect(html).toContain('<fieldset class="labels-editor field-invalid"');
    expect(html).toContain('Unknown label &quot;gone&quot;.');
  });
});
