import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HeldRejection } from '../hooks/useHeldRejections';
import { HeldRejectionsList } from './HeldRejectionsList';

const held = (over: Partial<HeldRejection>): HeldRejection => ({
  id: '12',
  assignmentIds: ['1', '2', '3'],
  reason: 'Wrong label',
  why: "3 of the batch's 10 answers would be rejected (over 20%)",
  whyKey: 'massRejection.batch',
  whyParams: { rejected: 3, answers: 10, share: 0.2 },
  status: 'PENDING',
  decisionNote: null,
  createdAt: '2026-12-07T20:11:00.000Z',
  decidedAt: null,
  ...over,
});

const render = (list: HeldRejection[], locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <HeldRejectionsList list={list} />
    </I18nProvider>,
  ).replace(/[\u00a0\u202f]/g, ' ');

const declined = held({ id: '9', status: 'DECLINED', decisionNote: 'Two of them are right', decidedAt: '2026-12-07T21:00:00.000Z' });

describe('HeldRejectionsList', () => {
  it('shows nothing while no rejection was ever held', () => {
    expect(render([], 'en')).toBe('');
  });

  it('shows a pending request where the review links it, with its answers, reason and why', () => {
    const html = render([held({})], 'en');
    expect(html).toContain('id="held-rejection-12"');
    expect(html).toContain('<strong>Request 12</strong> · 3 answers');
    expect(html).toContain('Waiting for an admin');
    expect(html).toContain('Your reason: Wrong label');
    expect(html).toContain('Held because: 3 of the batch’s 10 answers would be rejected (over 20%)');
    expect(html).not.toContain('<details');
  });

  it('folds the decided requests away, each with the decision and the admin’s note', () => {
    const html = render([held({}), declined], 'en');
    expect(html).toMatch(/<details><summary>1 decided request<\/summary>.*Request 9.*Declined: nothing was rejected.*The admin’s note: Two of them are right/);
    expect(html.indexOf('Request 12')).toBeLessThan(html.indexOf('<details'));
  });

  it('speaks French', () => {
    const html = render([held({}), declined], 'fr');
    expect(html).toContain('<strong>Demande 12</strong> · 3 réponses');
    expect(html).toContain('En attente d’un administrateur');
    expect(html).toContain('Rejetée : rien n’a été refusé');
    expect(html).toContain('Note de l’administrateur : Two of them are right');
    expect(html).toContain('Retenu parce que : 3 des 10 réponses du lot seraient refusées (plus de 20 %)');
  });
});
