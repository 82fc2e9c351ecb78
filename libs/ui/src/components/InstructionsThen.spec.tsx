import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { InstructionsThen, type InstructionsThenProps } from './InstructionsThen';

const render = (props: InstructionsThenProps, locale: 'en' | 'fr' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <InstructionsThen {...props} />
    </I18nProvider>,
  ).replace(/[\u00a0\u202f]/g, ' ');

describe('InstructionsThen', () => {
  it('shows nothing when the instructions were not edited since the answer', () => {
    expect(render({ editedAt: null, then: null })).toBe('');
  });

  it('folds away the instructions as they were, saying when they changed', () => {
    const html = render({ editedAt: '2026-12-07T21:30:00.000Z', then: 'Choose the **sentiment**.' });
    expect(html).toMatch(/^<details class="instructions-then"><summary>The instructions changed after this answer \(on Dec 7, 2026, \d+:30 [AP]M\): as they were when answering<\/summary>/);
    // Markdown is rendered once its renderer has loaded; meanwhile its text.
    expect(html).toContain('Choose the **sentiment**.');
  });

  it('says there were none, in French too', () => {
    const html = render({ editedAt: '2026-12-07T21:30:00.000Z', then: '' }, 'fr');
    expect(html).toContain('Les consignes ont changé après cette réponse (le 7 déc. 2026');
    expect(html).toContain('Il n’y avait pas de consignes alors.');
  });
});
