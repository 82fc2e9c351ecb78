import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GoldItemsList, type GoldItemRow } from './GoldItemsList';

const config = { labels: [{ value: 'positive', text: 'Happy customer' }, { value: 'negative', text: 'Unhappy customer' }] };
const items: GoldItemRow[] = [
  { id: '1', input: { text: 'Broke after a day' }, goldAnswer: { label: 'negative' }, explanation: 'It stopped working.', answers: 4, rightShare: 0.75 },
  { id: '2', input: { text: 'Lovely' }, goldAnswer: { label: 'positive' }, explanation: null, answers: 0, rightShare: null },
];

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <GoldItemsList items={items} config={config} />
    </I18nProvider>,
  );

describe('GoldItemsList', () => {
  it('says each gold answer by the project’s label words, with how many answered it and the share right', () => {
    const html = render('en');
    expect(html).toContain('Broke after a day');
    expect(html).toContain('Right answer: <strong>Unhappy customer</strong>');
    expect(html).toContain('It stopped working.');
    expect(html).toContain('Answered 4 times, 75% right');
    expect(html).toContain('Not answered yet');
    expect(html).not.toContain('{');
  });

  it('says it in French, the percentage in the French way', () => {
    const html = render('fr');
    expect(html).toContain('Bonne réponse : <strong>Happy customer</strong>');
    expect(html).toMatch(/4 réponses, 75\s%\sjustes/);
    expect(html).toContain('Pas encore de réponse');
  });
});
