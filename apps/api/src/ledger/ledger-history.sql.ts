/**
 * A user's latest ledger lines on some of their accounts, newest first: each account's latest on
 * (account_id, id), merged. Newest first across the ledger, a user whose lines are older walked every
 * other user's: 0.88–0.99 s at 1 million transactions, 1.0–3.4 ms this way (docs/benchmarks.md).
 * "= ANY(ARRAY[account])" and ORDER BY (account_id, id), which only that index yields (as in claim.sql.ts).
 * $1 user, $2 account types, $3 how many, $4 older than this entry id (null: the newest).
 */
export const LEDGER_HISTORY_SQL = `
SELECT e.id, e.transaction_id, t.kind, a.type, a.currency, e.amount, t.memo, t.memo_key, t.memo_params, t.created_at
  FROM ledger_accounts a
 CROSS JOIN LATERAL (
   SELECT e.id, e.transaction_id, e.amount FROM ledger_entries e
    WHERE e.account_id = ANY (ARRAY[a.id]) AND e.id < coalesce($4::bigint, 9223372036854775807)
    ORDER BY e.account_id DESC, e.id DESC LIMIT $3) e
  JOIN ledger_transactions t ON t.id = e.transaction_id
 WHERE a.owner_kind = 'USER' AND a.owner_id = $1 AND a.type = ANY($2::text[])
 ORDER BY e.id DESC
 LIMIT $3`;
