import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EarningsHistory, type EarningsHistoryProps } from './EarningsHistory';

const accepted = {
  id: '6',
  transactionId: '3',
  kind: 'ACCEPT',
  account: 'WORKER_AVAILABLE',
  amountCents: 15,
  memo: 'Accepted 3 answers: Sentiment',
  memoKey: 'memo.accepted',
  memoParams: { count: 3, projects: ['Sentiment'] },
  createdAt: '2026-12-07T10:00:00.000Z',
} as EarningsHistoryProps['lines'][number];

const render = (lines: EarningsHistoryProps['lines'], locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <EarningsHistory lines={lines} currency="EUR" />
    </I18nProvider>,
  );

describe('EarningsHistory', () => {
  it('says an accepted answer line in French, amount as French money', () => {
    const html = render([accepted], 'fr');
    expect(html).toContain('3 réponses acceptées : Sentiment');
    expect(html).not.toContain('Accepted 3 answers');
    expect(html).toMatch(/\+0,15\s€/);
  });

  it('says each line once: a keyed memo alone, not after its kind ("Prime — Prime : Merci")', () => {
    const bonus = { ...accepted, kind: 'BONUS', amountCents: 400, memo: 'Bonus: Merci', memoKey: 'memo.bonus', memoParams: { message: 'Merci' } };
    const requested = { ...accepted, kind: 'PAYOUT_REQUEST', amountCents: -500, memo: 'Payout requested', memoKey: 'memo.payoutRequested', memoParams: {} };
    const text = render([bonus, requested], 'fr').replace(/<[^>]+>/g, '|');
    expect(text).toContain('|Prime : Merci|');
    // The page's own word for a payout (Demander un versement), not "Retrait".
    expect(text).toContain('|Versement demandé|');
    expect(text).not.toContain('Prime — ');
    expect(text).not.toContain('Retrait');
  });

  it('shows the stored English of a line written before memos kept their key', () => {
    const old = { ...accepted, memo: 'Accepted answer: Old', memoKey: null, memoParams: null };
    expect(render([old], 'fr')).toContain('Accepted answer: Old');
    expect(render([accepted], 'en')).toContain('Accepted 3 answers: Sentiment');
  });

  it('shows a payout requested as one move from Available to On the way, with no sign, and its payment as money out', () => {
    const payout = { ...accepted, kind: 'PAYOUT_REQUEST', memo: 'Payout requested', memoKey: 'memo.payoutRequested', memoParams: {} };
    const html = render(
      [
        { ...payout, id: '9', transactionId: '5', kind: 'PAYOUT_SETTLE', account: 'PAYOUTS_IN_FLIGHT', amountCents: -550, memo: 'Payout paid', memoKey: null, memoParams: null },
        { ...payout, id: '8', transactionId: '4', account: 'PAYOUTS_IN_FLIGHT', amountCents: 550 },
        { ...payout, id: '7', transactionId: '4', account: 'WORKER_AVAILABLE', amountCents: -550 },
      ],
      'en',
    ).replace(/[\u00a0\u202f]/g, ' ');
    expect(html.match(/<tr>/g)).toHaveLength(3); // the header and two rows
    expect(html).toContain('<td>Available → On the way</td><td class="num">€5.50</td>');
    expect(html).toContain('<td>On the way</td><td class="num">-€5.50</td>');
    expect(html).not.toContain('+€5.50');
  });
});
