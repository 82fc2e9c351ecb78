import { describe, expect, it } from 'vitest';
import { historyRows } from './history-rows';

const line = (id: string, transactionId: string, account: string, amountCents: number) => ({ id, transactionId, account, amountCents });

describe('historyRows', () => {
  it('shows a move between the worker’s own accounts as one row, from one to the other', () => {
    const rows = historyRows([
      line('9', 't3', 'PAYOUTS_IN_FLIGHT', -550),
      line('8', 't2', 'PAYOUTS_IN_FLIGHT', 550),
      line('7', 't2', 'WORKER_AVAILABLE', -550),
      line('6', 't1', 'WORKER_AVAILABLE', 5),
    ]);
    expect(rows.map((r) => (r.kind === 'move' ? ['move', r.from, r.to, r.amountCents] : ['line', r.line.account, r.line.amountCents]))).toEqual([
      ['line', 'PAYOUTS_IN_FLIGHT', -550],
      ['move', 'WORKER_AVAILABLE', 'PAYOUTS_IN_FLIGHT', 550],
      ['line', 'WORKER_AVAILABLE', 5],
    ]);
  });

  it('leaves lines of different transactions, or that do not balance, as they are', () => {
    const rows = historyRows([line('3', 't2', 'WORKER_AVAILABLE', 5), line('2', 't1', 'WORKER_PENDING', -5), line('1', 't1', 'WORKER_AVAILABLE', 4)]);
    expect(rows.map((r) => r.kind)).toEqual(['line', 'line', 'line']);
  });

  it('orders a move from the account it left, whichever line comes first', () => {
    const [move] = historyRows([line('2', 't1', 'WORKER_AVAILABLE', 5), line('1', 't1', 'WORKER_PENDING', -5)]);
    expect(move).toMatchObject({ kind: 'move', from: 'WORKER_PENDING', to: 'WORKER_AVAILABLE', amountCents: 5 });
  });
});
