import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlagGroups } from './FlagGroups';

const fast = (day: number) => ({
  kind: 'FAST_ANSWER',
  detail: 'Answered in 1 s; this project expects at least 5 s',
  detailParams: { seconds: 1, minSeconds: 5 },
  createdAt: `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`,
});
const flags = [...Array.from({ length: 18 }, (_, i) => fast(i + 1)), { kind: 'NEW_KIND', detail: 'Something new', detailParams: null, createdAt: '2026-11-01T10:00:00.000Z' }];

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <FlagGroups flags={flags} />
    </I18nProvider>,
  ).replace(/[\u00a0\u202f]/g, ' ');

describe('FlagGroups', () => {
  it('says each kind once in words with its count, and only the latest three of 18 in full', () => {
    const html = render('en');
    expect(html).toContain('<strong>Answers faster than the project expects: 18 flags</strong>');
    expect(html).toContain('The latest 3:');
    expect(html.match(/this project expects at least 5 s/g)).toHaveLength(3);
    expect(html).not.toContain('<code>');
    // A kind this console does not know yet still shows, by its code, with its English detail.
    expect(html).toContain('<strong>NEW_KIND: 1 flag</strong>');
    expect(html).toContain('Something new');
  });

  it('says it in French', () => {
    const html = render('fr');
    expect(html).toContain('Réponses plus rapides que ce qu’attend le projet : 18 signalements');
    expect(html).toContain('Les 3 plus récents :');
  });
});
