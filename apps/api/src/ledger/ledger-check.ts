/**
 * Every money invariant, checked from the tables alone (no Nest, no ORM): used by
 * `npm run check:ledger` on any database and by the tests after each scenario. Returns one line per
 * problem; an empty list means the ledger is sound.
 */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

interface Check {
  name: string;
  sql: string;
  describe: (row: Record<string, unknown>) => string;
}

const CHECKS: Check[] = [
  {
    name: 'balanced transactions',
    sql: `SELECT t.id, t.kind, t.idempotency_key, coalesce(sum(e.amount), 0)::text AS total, count(e.id)::int AS lines, count(DISTINCT a.currency)::int AS currencies
            FROM ledger_transactions t
            LEFT JOIN ledger_entries e ON e.transaction_id = t.id
            LEFT JOIN ledger_accounts a ON a.id = e.account_id
           GROUP BY t.id
          HAVING coalesce(sum(e.amount), 0) <> 0 OR count(e.id) < 2 OR count(DISTINCT a.currency) > 1`,
    describe: (r) => `transaction ${r.id} (${r.kind}, ${r.idempotency_key}) sums to ${r.total} over ${r.lines} lines in ${r.currencies} currencies`,
  },
  {
    name: 'balances equal their entries',
    sql: `SELECT a.id, a.type, a.owner_id, a.balance::text, coalesce(s.total, 0)::text AS total
            FROM ledger_accounts a
            LEFT JOIN (SELECT account_id, sum(amount) AS total FROM ledger_entries GROUP BY account_id) s ON s.account_id = a.id
           WHERE a.balance <> coalesce(s.total, 0)`,
    describe: (r) => `account ${r.id} (${r.type} of ${r.owner_id ?? 'the platform'}) holds ${r.balance} but its entries sum to ${r.total}`,
  },
  {
    name: 'no negative user balance',
    sql: `SELECT id, type, owner_id, balance::text FROM ledger_accounts WHERE type <> 'PROVIDER_CLEARING' AND balance < 0`,
    describe: (r) => `account ${r.id} (${r.type} of ${r.owner_id ?? 'the platform'}) is negative: ${r.balance}`,
  },
  {
    name: 'escrow covers answers awaiting review, and only that once the batch ended',
    sql: `SELECT b.id, b.status, coalesce(a.balance, 0)::text AS balance, coalesce(h.held, 0)::text AS held
            FROM batch_escrows be
            JOIN batches b ON b.id = be.batch_id
            LEFT JOIN ledger_accounts a ON a.owner_kind = 'BATCH' AND a.owner_id = b.id
            LEFT JOIN LATERAL (SELECT sum(x.reward_cents + be.fee_cents) AS held
                                 FROM assignments x JOIN tasks t ON t.id = x.task_id
                                WHERE t.batch_id = b.id AND x.status = 'SUBMITTED') h ON true
           WHERE coalesce(a.balance, 0) < coalesce(h.held, 0)
              OR (b.status IN ('COMPLETED', 'CANCELLED') AND coalesce(a.balance, 0) <> coalesce(h.held, 0))`,
    describe: (r) => `batch ${r.id} (${r.status}) has ${r.balance} in escrow for ${r.held} of answers awaiting review`,
  },
  {
    name: 'payouts in flight match pending payouts',
    sql: `SELECT coalesce(p.worker_id, a.owner_id) AS worker_id, coalesce(p.pending, 0)::text AS pending, coalesce(a.balance, 0)::text AS balance
            FROM (SELECT worker_id, currency, sum(amount_cents) AS pending FROM payouts WHERE status = 'PENDING' GROUP BY worker_id, currency) p
            FULL JOIN (SELECT owner_id, currency, balance FROM ledger_accounts WHERE type = 'PAYOUTS_IN_FLIGHT') a
              ON a.owner_id = p.worker_id AND a.currency = p.currency
           WHERE coalesce(p.pending, 0) <> coalesce(a.balance, 0)`,
    describe: (r) => `worker ${r.worker_id} has ${r.pending} in pending payouts but ${r.balance} in flight`,
  },
  {
    name: 'each payout posted according to its status, once',
    sql: `SELECT p.id, p.status, p.provider_reference,
                 count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':request')::int AS requested,
                 count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':settle')::int AS settled,
                 count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':return')::int AS returned
            FROM payouts p LEFT JOIN ledger_transactions t ON t.reference = 'payout:' || p.id
           GROUP BY p.id
          HAVING count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':request') <> 1
              OR count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':settle') <> (CASE WHEN p.status IN ('PAID', 'REVERSED') THEN 1 ELSE 0 END)
              OR count(*) FILTER (WHERE t.idempotency_key = 'payout:' || p.id || ':return') <> (CASE WHEN p.status IN ('FAILED', 'REVERSED') THEN 1 ELSE 0 END)
              OR (p.status IN ('PAID', 'REVERSED') AND p.provider_reference IS NULL)`,
    describe: (r) => `payout ${r.id} is ${r.status} (reference ${r.provider_reference ?? 'none'}) with ${r.requested} request, ${r.settled} settlement and ${r.returned} return postings`,
  },
  {
    name: 'each paid top-up credited once',
    sql: `SELECT u.id, u.status, count(t.id)::int AS credits
            FROM top_ups u LEFT JOIN ledger_transactions t ON t.idempotency_key = 'topup:' || u.id
           GROUP BY u.id HAVING count(t.id) <> (CASE WHEN u.status = 'PAID' THEN 1 ELSE 0 END)`,
    describe: (r) => `top-up ${r.id} is ${r.status} but was credited ${r.credits} times`,
  },
  {
    name: 'each decided answer has its status',
    sql: `SELECT r.assignment_id, r.decision, a.status FROM assignment_reviews r JOIN assignments a ON a.id = r.assignment_id WHERE a.status <> r.decision`,
    describe: (r) => `assignment ${r.assignment_id} was ${r.decision} but is ${r.status}`,
  },
];

export interface LedgerReport {
  problems: string[];
  transactions: number;
  accounts: number;
}

export async function checkLedger(sql: Sql): Promise<LedgerReport> {
  const problems: string[] = [];
  for (const check of CHECKS) {
    const rows = await sql(check.sql);
    problems.push(...rows.slice(0, 50).map((r) => `${check.name}: ${check.describe(r)}`));
    if (rows.length > 50) problems.push(`${check.name}: ... and ${rows.length - 50} more`);
  }
  const [counts] = await sql(`SELECT (SELECT count(*)::int FROM ledger_transactions) AS transactions, (SELECT count(*)::int FROM ledger_accounts) AS accounts`);
  return { problems, transactions: Number(counts.transactions), accounts: Number(counts.accounts) };
}
