import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { checkLedger } from './ledger-check';
import { ledgerMemo } from '@fourmi/task-kinds';
import { type AccountRef, Accounts, LedgerService } from './ledger.service';

const MEMO = ledgerMemo('memo.topUp');

describe('ledger: double entry enforced by the database', () => {
  let t: TestApp;
  let ledger: LedgerService;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    ledger = t.app.get(LedgerService);
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  const problems = async () => (await checkLedger((text, params) => t.sql(text, params))).problems;

  it('refuses an unbalanced transaction at commit, a negative user balance, and edits of entries', async () => {
    const user = randomUUID();
    // Straight SQL, past the service's own check: the deferred trigger refuses it at commit.
    await expect(
      db.transaction(async (tx) => {
        const accounts = await ledger.lock(tx, [Accounts.requester(user, 'EUR'), Accounts.clearing('EUR')]);
        const [row] = await tx.query(`INSERT INTO ledger_transactions (kind, reference, idempotency_key) VALUES ('TOP_UP', 'x', $1) RETURNING id`, [randomUUID()]);
        await tx.query(`INSERT INTO ledger_entries (transaction_id, account_id, amount) VALUES ($1, $2, 100)`, [row.id, [...accounts.values()][0].id]);
      }),
    ).rejects.toThrow(/unbalanced/);
    await expect(
      db.transaction((tx) =>
        ledger.post(tx, {
          kind: 'ADMIN_REFUND',
          reference: 'x',
          idempotencyKey: randomUUID(),
          memo: MEMO,
          lines: [
            { account: Accounts.requester(user, 'EUR'), amount: -1 },
            { account: Accounts.clearing('EUR'), amount: 1 },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    await expect(
      db.transaction((tx) => ledger.post(tx, { kind: 'TOP_UP', reference: 'x', idempotencyKey: randomUUID(), memo: MEMO, lines: [{ account: Accounts.clearing('EUR'), amount: 5 }] })),
    ).rejects.toThrow(/Unbalanced/);
    await db.transaction((tx) =>
      ledger.post(tx, {
        kind: 'TOP_UP',
        reference: 'x',
        idempotencyKey: `k-${user}`,
        memo: MEMO,
        lines: [
          { account: Accounts.clearing('EUR'), amount: -100 },
          { account: Accounts.requester(user, 'EUR'), amount: 100 },
        ],
      }),
    );
    await expect(t.sql(`UPDATE ledger_entries SET amount = amount * 2`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`UPDATE ledger_accounts SET balance = -5 WHERE owner_id = $1`, [user])).rejects.toThrow(/ledger_accounts_balance_check/);
    expect(await problems()).toEqual([]);
    // check:ledger sees a balance changed behind the ledger's back.
    await t.sql(`UPDATE ledger_accounts SET balance = balance + 1 WHERE owner_id = $1`, [user]);
    expect(await problems()).toEqual([expect.stringMatching(/^balances equal their entries: account \d+ \(REQUESTER_BALANCE of .*\) holds 101 but its entries sum to 100$/)]);
    await t.sql(`UPDATE ledger_accounts SET balance = balance - 1 WHERE owner_id = $1`, [user]);
  });

  it('`npm run check:ledger` says OK on a sound database and names each problem otherwise (exit 1)', async () => {
    const root = resolve(__dirname, '../../../..');
    const run = () =>
      promisify(execFile)('node', ['scripts/run-ts.mjs', 'scripts/check-ledger.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: t.databaseUrl } }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const ok = await run();
    expect(ok).toMatchObject({ code: 0, out: expect.stringMatching(/^Ledger OK: \d+ transactions over \d+ accounts/) });
    const [account] = await t.sql(`SELECT id FROM ledger_accounts WHERE type = 'REQUESTER_BALANCE' AND balance > 0 LIMIT 1`);
    await t.sql(`UPDATE ledger_accounts SET balance = balance + 7 WHERE id = $1`, [account.id]);
    const bad = await run();
    await t.sql(`UPDATE ledger_accounts SET balance = balance - 7 WHERE id = $1`, [account.id]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Ledger check FAILED: 1 problems');
    expect(bad.err).toContain(`balances equal their entries: account ${account.id} (REQUESTER_BALANCE`);
  });

  it('keeps every transaction at zero and every user balance ≥ 0 over random operations, replays included', async () => {
    const users = Array.from({ length: 3 }, () => randomUUID());
    const batches = Array.from({ length: 2 }, () => randomUUID());
    // Money moves the platform makes, with any user, batch and amount (often more than there is).
    const moves: Record<string, (u: string, b: string) => [AccountRef, AccountRef]> = {
      topUp: (u) => [Accounts.clearing('EUR'), Accounts.requester(u, 'EUR')],
      reserve: (u, b) => [Accounts.requester(u, 'EUR'), Accounts.escrow(b, 'EUR')],
      accept: (u, b) => [Accounts.escrow(b, 'EUR'), Accounts.workerAvailable(u, 'EUR')],
      fee: (_u, b) => [Accounts.escrow(b, 'EUR'), Accounts.platformFees('EUR')],
      hold: (u, b) => [Accounts.escrow(b, 'EUR'), Accounts.workerPending(u, 'EUR')],
      release: (u) => [Accounts.workerPending(u, 'EUR'), Accounts.workerAvailable(u, 'EUR')],
      payout: (u) => [Accounts.workerAvailable(u, 'EUR'), Accounts.inFlight(u, 'EUR')],
      settle: (u) => [Accounts.inFlight(u, 'EUR'), Accounts.clearing('EUR')],
      fail: (u) => [Accounts.inFlight(u, 'EUR'), Accounts.workerAvailable(u, 'EUR')],
    };
    const operation = fc.record({
      move: fc.constantFrom(...Object.keys(moves)),
      user: fc.nat(users.length - 1),
      batch: fc.nat(batches.length - 1),
      amount: fc.integer({ min: 1, max: 5000 }),
      replayOf: fc.option(fc.nat(40), { nil: undefined }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 30 }), async (ops) => {
        run += 1;
        const keys: string[] = [];
        for (const op of ops) {
          const key = op.replayOf !== undefined && keys[op.replayOf] ? keys[op.replayOf] : `prop-${run}-${keys.length}`;
          keys.push(key);
          const [from, to] = moves[op.move](users[op.user], batches[op.batch]);
          await db
            .transaction((tx) =>
              ledger.post(tx, {
                kind: 'ADMIN_CREDIT',
                reference: op.move,
                idempotencyKey: key,
                memo: ledgerMemo('memo.adminCredit', { reason: op.move }),
                lines: [
                  { account: from, amount: -op.amount },
                  { account: to, amount: op.amount },
                ],
              }),
            )
            .catch((error: { code?: string }) => {
              if (error.code !== 'INSUFFICIENT_FUNDS') throw error; // refused whole: nothing half-written
            });
        }
        // Raw moves into "in flight" have no payout rows behind them: only the ledger's own invariants apply here.
        expect((await problems()).filter((p) => !p.startsWith('payouts in flight'))).toEqual([]);
        const [negative] = await t.sql(`SELECT count(*)::int AS n FROM ledger_accounts WHERE type <> 'PROVIDER_CLEARING' AND balance < 0`);
        expect(negative.n).toBe(0);
        const [sum] = await t.sql(`SELECT coalesce(sum(balance), 0)::int AS total FROM ledger_accounts`);
        expect(sum.total).toBe(0);
      }),
      { numRuns: 40 },
    );
    // Replayed keys really were applied once: as many transactions as distinct keys that succeeded.
    const [dupes] = await t.sql(`SELECT count(*)::int AS n FROM (SELECT idempotency_key FROM ledger_transactions GROUP BY 1 HAVING count(*) > 1) d`);
    expect(dupes.n).toBe(0);
  });

});
