import type { ConsoleMassRejectionFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeldRejectionSummary } from './HeldRejectionSummary';

const held = (over: Partial<ConsoleMassRejectionFragment>): ConsoleMassRejectionFragment => ({
  id: '7',
  projectId: 'p1',
  projectName: 'Sentiment',
  assignmentIds: ['1', '2', '3'],
  workers: [
    { id: 'w1', name: 'Zoé Rapide', email: 'zoe@example.org', answers: 2 },
    { id: 'w2', name: 'Léo Lent', email: 'leo@example.org', answers: 1 },
  ],
  reason: 'Wrong label',
  why: "1400 of the batch's 4200 answers would be rejected (over 20%)",
  whyKey: 'massRejection.batch',
  whyParams: { rejected: 1400, answers: 4200, share: 0.2 },
  status: 'PENDING',
  createdAt: '2026-12-07T20:11:00.000Z',
  ...over,
});

const render = (h: ConsoleMassRejectionFragment, locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <HeldRejectionSummary held={h} />
    </I18nProvider>,
  ).replace(/[\u00a0\u202f]/g, ' '); // French writes its number spaces unbreakable

describe('HeldRejectionSummary', () => {
  it('names whose answers the request would reject, with how many each', () => {
    expect(render(held({}), 'en')).toContain('<li>Zoé Rapide (zoe@example.org): 2 answers</li><li>Léo Lent (leo@example.org): 1 answer</li>');
    expect(render(held({}), 'fr')).toContain('<li>Zoé Rapide (zoe@example.org) : 2 réponses</li>');
  });

  it('says why a request was held in French, its numbers as French writes them', () => {
    expect(render(held({}), 'fr')).toContain('Retenu parce que : 1 400 des 4 200 réponses du lot seraient refusées (plus de 20 %)');
    const worker = held({ whyKey: 'massRejection.worker', whyParams: { rejected: 3, answers: 10, share: 0.2 } });
    expect(render(worker, 'fr')).toContain('3 des 10 réponses d’un travailleur dans ce lot seraient refusées (plus de 20 %)');
  });

  it('says it in English with the numbers written the English way', () => {
    expect(render(held({}), 'en')).toContain('Held because: 1,400 of the batch’s 4,200 answers would be rejected (over 20%)');
  });

  it('keeps the stored English of a request held before its values were kept', () => {
    expect(render(held({ whyKey: null, whyParams: null, why: "14 of the batch's 42 answers would be rejected (over 20%)" }), 'fr')).toContain(
      'Retenu parce que : 14 of the batch&#x27;s 42 answers would be rejected (over 20%)',
    );
  });
});
