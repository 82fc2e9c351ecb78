import type { ConsoleGoldContestFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContestedAnswers } from './GoldContestsCard';

const contest = (goldAnswer: unknown, given: unknown, projectConfig: unknown): ConsoleGoldContestFragment => ({
  id: 'c1',
  assignmentId: 'a1',
  projectId: 'p1',
  projectName: 'Moderation',
  projectConfig,
  item: { text: 'Buy cheap pills now!!!' },
  goldAnswer,
  given,
  message: 'This is obviously spam',
  status: 'OPEN',
  decisionNote: null,
  createdAt: '2026-12-01T10:00:00.000Z',
});

const render = (c: ConsoleGoldContestFragment, locale: Locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ContestedAnswers contest={c} />
    </I18nProvider>,
  );

describe('ContestedAnswers', () => {
  const moderation = { labels: [{ value: 'ok', text: 'Nothing wrong' }, { value: 'spam', text: 'Spam or scam' }, { value: 'hate', text: 'Hate speech' }] };

  // The admin area lists every project's contests: each is named by the labels its own project carries.
  it('names the gold answer and the worker’s by their project’s labels, not as JSON or raw values', () => {
    const html = render(contest({ labels: ['ok'] }, { labels: ['spam', 'hate'] }, moderation));
    expect(html).toContain('<dt>Gold answer</dt><dd>Nothing wrong</dd>');
    expect(html).toContain('<dt>Worker’s answer</dt><dd>Spam or scam, Hate speech</dd>');
    expect(html).toContain('Buy cheap pills now!!!');
    expect(html).not.toContain('{');
  });

  it('says it in French around the requester’s own label texts', () => {
    const html = render(contest({ label: 'positive' }, { label: 'negative' }, { labels: [{ value: 'positive', text: 'Positif' }, { value: 'negative', text: 'Négatif' }] }), 'fr');
    expect(html).toContain('<dt>Réponse de contrôle</dt><dd>Positif</dd>');
    expect(html).toContain('<dt>Réponse du travailleur</dt><dd>Négatif</dd>');
  });
});
