import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LedgerMemo, RefusalKey } from '@fourmi/task-kinds';
import { DomainError, fieldProblem } from '../common/domain-error';
import { cents, formatMoney, netByKey } from './money';
import { LEDGER_HISTORY_SQL } from './ledger-history.sql';
import { REQUESTER_HISTORY_SQL } from './requester-history.sql';

export class LedgerError extends DomainError {}

export type OwnerKind = 'USER' | 'BATCH' | 'PLATFORM';

export enum AccountType {
  /** A requester's money, free to fund batches. */
  REQUESTER_BALANCE = 'REQUESTER_BALANCE',
  /** A published batch's reserve: every answer it may still pay, with fees. */
  BATCH_ESCROW = 'BATCH_ESCROW',
  /** A worker's accepted rewards in their hold period. */
  WORKER_PENDING = 'WORKER_PENDING',
  /** A worker's money they may withdraw. */
  WORKER_AVAILABLE = 'WORKER_AVAILABLE',
  /** A worker's payouts sent to the provider and not yet settled. */
  PAYOUTS_IN_FLIGHT = 'PAYOUTS_IN_FLIGHT',
  PLATFORM_FEES = 'PLATFORM_FEES',
  /** Money outside the platform (at the provider): negative as money comes in. */
  PROVIDER_CLEARING = 'PROVIDER_CLEARING',
}

export interface AccountRef {
  ownerKind: OwnerKind;
  ownerId: string | null;
  type: AccountType;
  currency: string;
}

export const Accounts = {
  requester: (userId: string, currency: string): AccountRef => ({ ownerKind: 'USER', ownerId: userId, type: AccountType.REQUESTER_BALANCE, currency }),
  escrow: (batchId: string, currency: string): AccountRef => ({ ownerKind: 'BATCH', ownerId: batchId, type: AccountType.BATCH_ESCROW, currency }),
  workerPending: (userId: string, currency: string): AccountRef => ({ ownerKind: 'USER', ownerId: userId, type: AccountType.WORKER_PENDING, currency }),
  workerAvailable: (userId: string, currency: string): AccountRef => ({ ownerKind: 'USER', ownerId: userId, type: AccountType.WORKER_AVAILABLE, currency }),
  inFlight: (userId: string, currency: string): AccountRef => ({ ownerKind: 'USER', ownerId: userId, type: AccountType.PAYOUTS_IN_FLIGHT, currency }),
  platformFees: (currency: string): AccountRef => ({ ownerKind: 'PLATFORM', ownerId: null, type: AccountType.PLATFORM_FEES, currency }),
  clearing: (currency: string): AccountRef => ({ ownerKind: 'PLATFORM', ownerId: null, type: AccountType.PROVIDER_CLEARING, currency }),
};

export type LedgerKind =
  | 'TOP_UP'
  | 'ESCROW_RESERVE'
  | 'ESCROW_RELEASE'
  | 'ACCEPT'
  | 'BONUS'
  | 'HOLD_RELEASE'
  | 'PAYOUT_REQUEST'
  | 'PAYOUT_SETTLE'
  | 'PAYOUT_RETURN'
  | 'ADMIN_CREDIT'
  | 'ADMIN_REFUND';

export interface Posting {
  kind: LedgerKind;
  /** What it is about: `batch:<id>`, `payout:<id>`, `top-up:<id>`, ... */
  reference: string;
  /** The same key twice posts once: the second call is a no-op that reports `applied: false`. */
  idempotencyKey: string;
  /** Its English text is stored as `memo`; its key and params let the apps word it (ledgerMemo()). */
  memo: LedgerMemo;
  lines: { account: AccountRef; amount: number }[];
}

export interface HistoryLine {
  /** The ledger entry: later lines have greater ids (a history's cursor). */
  id: string;
  transactionId: string;
  kind: LedgerKind;
  account: AccountType;
  amountCents: number;
  currency: string;
  memo: string;
  /** Null on transactions written before memos kept their key. */
  memoKey: string | null;
  memoParams: Record<string, unknown> | null;
  createdAt: Date;
}

interface HistoryRow {
  id: string;
  transaction_id: string;
  kind: LedgerKind;
  type: AccountType;
  currency: string;
  amount: string;
  memo: string;
  memo_key: string | null;
  memo_params: Record<string, unknown> | null;
  created_at: Date;
}

const keyOf = (a: AccountRef) => `${a.ownerKind}|${a.ownerId ?? ''}|${a.type}|${a.currency}`;

/**
 * The double-entry ledger. Every change of money is one `post`: lines that sum to zero, applied once
 * per idempotency key, inside the caller's database transaction. The database checks it again
 * (balanced at commit, no negative user balance), so a bug here cannot create or lose money.
 */
@Injectable()
export class LedgerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async post(tx: EntityManager, posting: Posting): Promise<{ applied: boolean; transactionId: string | null }> {
    const sum = posting.lines.reduce((total, line) => total + cents(line.amount), 0);
    if (sum !== 0) throw new Error(`Unbalanced posting ${posting.idempotencyKey}: lines sum to ${sum}`);
    const currencies = new Set(posting.lines.map((l) => l.account.currency));
    if (currencies.size > 1) throw new Error(`Posting ${posting.idempotencyKey} mixes currencies`);
    const refs = new Map(posting.lines.map((l) => [keyOf(l.account), l.account]));
    const lines = netByKey(posting.lines.map((l) => ({ key: keyOf(l.account), amount: l.amount })));
    if (!lines.length) return { applied: false, transactionId: null };
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO ledger_transactions (kind, reference, idempotency_key, memo, memo_key, memo_params) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [posting.kind, posting.reference, posting.idempotencyKey, posting.memo.text, posting.memo.key, posting.memo.params],
    );
    if (!row) return { applied: false, transactionId: null };
    const locked = await this.lock(tx, lines.map((l) => refs.get(l.key)!));
    try {
      await tx.query(
        `INSERT INTO ledger_entries (transaction_id, account_id, amount) SELECT $1, account_id, amount FROM unnest($2::bigint[], $3::bigint[]) AS l(account_id, amount)`,
        [row.id, lines.map((l) => locked.get(l.key)!.id), lines.map((l) => l.amount)],
      );
    } catch (error) {
      if (constraintOf(error) === 'ledger_accounts_balance_check') throw new LedgerError('INSUFFICIENT_FUNDS', 'There is not enough money in the account for this', [], { key: 'balance.notEnough', params: {} });
      throw error;
    }
    return { applied: true, transactionId: row.id };
  }

  /**
   * Creates the accounts if needed and locks them (`FOR UPDATE`, in id order so two postings never
   * deadlock), returning their balances. Callers that check a balance before posting lock it first.
   */
  async lock(tx: EntityManager, accounts: AccountRef[]): Promise<Map<string, { id: string; balance: number }>> {
    const unique = [...new Map(accounts.map((a) => [keyOf(a), a])).values()];
    const columns = [unique.map((a) => a.ownerKind), unique.map((a) => a.ownerId), unique.map((a) => a.type), unique.map((a) => a.currency)];
    await tx.query(
      `INSERT INTO ledger_accounts (owner_kind, owner_id, type, currency)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      columns,
    );
    const rows: { id: string; owner_kind: OwnerKind; owner_id: string | null; type: AccountType; currency: string; balance: string }[] = await tx.query(
      `SELECT a.id, a.owner_kind, a.owner_id, a.type, a.currency, a.balance
         FROM ledger_accounts a JOIN unnest($1::text[], $2::uuid[], $3::text[], $4::text[]) AS r(owner_kind, owner_id, type, currency)
           ON a.owner_kind = r.owner_kind AND a.owner_id IS NOT DISTINCT FROM r.owner_id AND a.type = r.type AND a.currency = r.currency
        ORDER BY a.id FOR UPDATE OF a`,
      columns,
    );
    return new Map(
      rows.map((r) => [
        keyOf({ ownerKind: r.owner_kind, ownerId: r.owner_id, type: r.type, currency: r.currency }),
        { id: r.id, balance: cents(r.balance) },
      ]),
    );
  }

  /** Whether a posting with this key exists (ask after locking the accounts it would touch). */
  async isPosted(tx: EntityManager, idempotencyKey: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM ledger_transactions WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows.length > 0;
  }

  /** Locks one account and returns its balance. */
  async lockBalance(tx: EntityManager, account: AccountRef): Promise<number> {
    return (await this.lock(tx, [account])).get(keyOf(account))!.balance;
  }

  /**
   * Throws INSUFFICIENT_FUNDS naming the missing amount unless the (locked) account holds `needed`: `what`
   * says in English whose money, `key` the same for the apps (its params: `shortCents`, `currency`).
   */
  async requireBalance(tx: EntityManager, account: AccountRef, needed: number, what: string, key: RefusalKey): Promise<void> {
    const balance = await this.lockBalance(tx, account);
    if (balance < needed) {
      const params = { shortCents: needed - balance, currency: account.currency };
      throw new LedgerError('INSUFFICIENT_FUNDS', `${what} is short by ${formatMoney(needed - balance, account.currency)}`, [
        fieldProblem('amountCents', `Short by ${formatMoney(needed - balance, account.currency)}`, 'field.shortBy', params),
      ], { key, params });
    }
  }

  /** Balances of a user's accounts by type (0 for accounts not opened yet). */
  async userBalances(userIds: readonly string[], currency: string): Promise<Map<string, Record<AccountType, number>>> {
    const rows: { owner_id: string; type: AccountType; balance: string }[] = await this.db.query(
      `SELECT owner_id, type, balance FROM ledger_accounts WHERE owner_kind = 'USER' AND owner_id = ANY($1::uuid[]) AND currency = $2`,
      [userIds, currency],
    );
    const result = new Map<string, Record<AccountType, number>>();
    for (const id of userIds) result.set(id, Object.fromEntries(Object.values(AccountType).map((t) => [t, 0])) as Record<AccountType, number>);
    for (const r of rows) result.get(r.owner_id)![r.type] = cents(r.balance);
    return result;
  }

  /** The latest lines on a user's accounts of the given types, newest first, `limit` of them before the entry `before`. */
  async history(userId: string, types: AccountType[], limit: number, before: string | null = null): Promise<HistoryLine[]> {
    const rows: HistoryRow[] = await this.db.query(LEDGER_HISTORY_SQL, [userId, types, limit, before]);
    return rows.map(toHistoryLine);
  }

  /** A requester's balance and batch escrow lines, newest first, `limit` of them before the entry `before`. */
  async requesterHistory(userId: string, limit: number, before: string | null): Promise<HistoryLine[]> {
    const rows: HistoryRow[] = await this.db.query(REQUESTER_HISTORY_SQL, [userId, limit, before]);
    return rows.map(toHistoryLine);
  }
}

function toHistoryLine(r: HistoryRow): HistoryLine {
  return {
    id: String(r.id),
    transactionId: r.transaction_id,
    kind: r.kind,
    account: r.type,
    amountCents: cents(r.amount),
    currency: r.currency,
    memo: r.memo,
    memoKey: r.memo_key,
    memoParams: r.memo_params,
    createdAt: r.created_at,
  };
}

export function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: string; driverError?: { constraint?: string } };
  return e?.driverError?.constraint ?? e?.constraint;
}
