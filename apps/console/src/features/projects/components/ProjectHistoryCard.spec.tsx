import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectEditList } from './ProjectHistoryCard';

const page = {
  total: 2,
  items: [
    { id: '12', at: '2026-12-07T21:30:00.000Z', changes: [{ field: 'GOLD_RATIO' as const, before: '0.1', after: '0.2' }] },
    { id: '9', at: '2026-12-06T08:05:00.000Z', changes: [{ field: 'NAME' as const, before: 'Sentiment (draft)', after: 'Sentiment' }] },
  ],
};

const render = (p: typeof page, locale: Locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ProjectEditList page={p} />
    </I18nProvider>,
  );

describe('ProjectEditList', () => {
  it('lists the edits newest first, each with when and what changed', () => {
    const html = render(page);
    expect(html.indexOf('Dec 7, 2026')).toBeLessThan(html.indexOf('Dec 6, 2026'));
    expect(html).toContain('<strong>Gold items</strong> 10% → 20%');
    expect(html).toContain('<strong>Name</strong> “Sentiment (draft)” → “Sentiment”');
  });

  it('says the project is as created when it was never edited, in either language', () => {
    expect(render({ total: 0, items: [] })).toContain('No edits yet: the project is as it was created.');
    expect(render({ total: 0, items: [] }, 'fr')).toContain('Aucune modification : le projet est tel qu’il a été créé.');
    expect(render(page, 'fr')).toContain('7 déc. 2026');
  });
});
