import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { labelNamer } from '../lib/results-view';
import { ResultAnswers } from './ResultAnswers';

const nameOf = labelNamer({ labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] });
const answers = [
  { assignmentId: 'a1', answer: { label: 'pos' }, status: 'ACCEPTED' as const },
  { assignmentId: 'a2', answer: { label: 'pos' }, status: 'SUBMITTED' as const },
  { assignmentId: 'a3', answer: { label: 'neg' }, status: 'REJECTED' as const },
];
const render = (locale: Locale, list = answers) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ResultAnswers answers={list} nameOf={nameOf} />
    </I18nProvider>,
  );

describe('ResultAnswers', () => {
  it('lists every answer in the label texts, a rejected one struck out and saying it does not count', () => {
    const html = render('en');
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<li>Positive</li>');
    expect(html).toContain('<li><s>Negative</s><span class="badge badge-REJECTED answer-status">rejected: not counted</span></li>');
  });

  it('says it in French', () => {
    expect(render('fr')).toContain('refusée : non comptée');
  });

  it('says when there is no answer yet', () => {
    expect(render('en', [])).toContain('No answer yet');
  });
});
