import type { WorkerRejectionFragment } from '@fourmi/api-client';
import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { RejectionCard } from './RejectionsPage';

// The appeal form's mutation, without a GraphQL client: these specs read what the card shows.
vi.mock('../hooks/useStanding', () => ({ useAppealRejection: () => ({ mutate: vi.fn(), loading: false, error: undefined }) }));

const evidence = { failedGold: [], durationSeconds: 12.6, projectMedianSeconds: null, consensus: 'negative' };
const rejection: WorkerRejectionFragment = {
  assignmentId: '7',
  projectName: 'Sentiment',
  projectConfig: { labels: [{ value: 'positive', text: 'Happy' }, { value: 'negative', text: 'Unhappy' }] },
  item: { text: 'Arrived broken, never again' },
  answer: { label: 'positive' },
  reason: 'Did not read the review',
  evidence,
  rejectedAt: '2026-12-07T10:00:00.000Z',
  appealId: null,
  appealMessage: null,
  appealStatus: null,
  decisionNote: null,
  instructionsEditedAt: null,
  instructionsThen: null,
};

const render = (r: WorkerRejectionFragment, locale: 'en' | 'fr' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <RejectionCard rejection={r} onChanged={() => undefined} />
    </I18nProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('RejectionCard', () => {
  it('shows the answer that was rejected and the item’s consensus, in the project’s label texts', () => {
    const text = render(rejection);
    expect(text).toContain('Your answer: Happy');
    expect(text).toContain('Consensus of the answers to this item: Unhappy');
    expect(render(rejection, 'fr')).toContain('Votre réponse : Happy');
  });

  it('says the time taken alone while the project’s median is unknown, not “the median is — s”', () => {
    expect(render(rejection)).toContain('You took 13 s.');
    expect(render(rejection)).not.toContain('median');
    expect(render(rejection, 'fr')).toContain('Vous avez mis 13 s.');
    const withMedian = { ...rejection, evidence: { ...evidence, projectMedianSeconds: 20.2 } };
    expect(render(withMedian)).toContain('You took 13 s; the project’s median is 20 s.');
  });

  it('shows the appeal the worker sent beside where it stands', () => {
    const appealed = { ...rejection, appealId: '3', appealStatus: 'OPEN', appealMessage: 'The review says it is great.' };
    const text = render(appealed);
    expect(text).toContain('Appeal sent: an administrator will decide.');
    expect(text).toContain('Your appeal: The review says it is great.');
    expect(text).not.toContain('Send the appeal');
  });
});
