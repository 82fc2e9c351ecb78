import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BalanceHistory, type BalanceLine } from './BalanceHistory';

const line = (over: Partial<BalanceLine>): BalanceLine => ({
  id: '1',
  kind: 'TOP_UP',
  account: 'REQUESTER_BALANCE',
  amountCents: 2000,
  currency: 'EUR',
  memo: 'Top-up (sandbox, no real money)',
  memoKey: 'memo.topUpSandbox',
  memoParams: {},
  createdAt: '2026-12-07T10:00:00.000Z',
  ...over,
});

const lines = [
  line({ id: '3', kind: 'ESCROW_RESERVE', account: 'BATCH_ESCROW', amountCents: 1234, memo: 'Escrow for a batch of 3 items', memoKey: 'memo.escrow', memoParams: { count: 3 } }),
  line({ id: '2', kind: 'ESCROW_RESERVE', amountCents: -1234, memo: 'Escrow for a batch of 3 items', memoKey: 'memo.escrow', memoParams: { count: 3 } }),
  line({}),
];

const render = (items: BalanceLine[], locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <BalanceHistory lines={items} />
    </I18nProvider>,
  );

describe('BalanceHistory', () => {
  it('says each line in English, amounts signed as money, newest first as given', () => {
    const html = render(lines, 'en');
    expect(html).toContain('Escrow for a batch of 3 items');
    expect(html).toContain('Top-up (sandbox, no real money)');
    expect(html).toContain('+€12.34');
    expect(html).toContain('-€12.34');
    expect(html).toContain('+€20.00');
    expect(html).toContain('Batch escrow');
    expect(html).toContain('Dec 7, 2026');
    expect(html.indexOf('Batch escrow')).toBeLessThan(html.indexOf('+€20.00'));
  });

  it('says each line in French, money and dates in the French way', () => {
    const html = render(lines, 'fr');
    expect(html).toContain('Réserve pour un lot de 3 éléments');
    expect(html).toContain('Recharge (bac à sable, sans argent réel)');
    expect(html).toContain('Séquestre d’un lot');
    expect(html).not.toContain('Escrow for a batch');
    expect(html).not.toContain('Top-up (sandbox');
    expect(html).toMatch(/\+12,34\s€/);
    expect(html).toMatch(/-12,34\s€/);
    expect(html).toContain('7 déc. 2026');
  });

  it('shows the stored English of a line written before memos kept their key', () => {
    const old = line({ memo: 'Top-up by card', memoKey: null, memoParams: null });
    expect(render([old], 'fr')).toContain('Top-up by card');
  });
});
