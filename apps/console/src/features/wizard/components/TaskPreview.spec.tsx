import { presets } from '@fourmi/task-kinds';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TaskPreview } from './TaskPreview';

const config = { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] };

const render = (locale: Locale, kind: 'CLASSIFICATION' | 'CATEGORIZATION' = 'CLASSIFICATION') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <TaskPreview kind={kind} config={kind === 'CLASSIFICATION' ? config : presets.find((p) => p.kind === kind)?.config} />
    </I18nProvider>,
  );

describe('TaskPreview: the made-up item', () => {
  it('is in English for an English requester', () => {
    expect(render('en')).toContain('The battery lasts all week');
  });

  it('is in French for a French requester, not left in English', () => {
    const html = render('fr');
    expect(html).toContain('La batterie tient toute la semaine');
    expect(html).not.toContain('The battery');
    expect(render('fr', 'CATEGORIZATION')).toContain('Bouilloire électrique en inox');
  });
});
