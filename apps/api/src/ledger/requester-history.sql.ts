/**
 * A requester's money lines, newest first, one page before a cursor: their balance's, and their batches'
 * escrow (reserved at publish, answers paid with their fee, escrow returned). Each account's latest on
 * (account_id, id), merged, as in ledger-history.sql.ts, so a page reads about `limit` lines per account
 * whatever the size of the ledger; the batches are found by batch_escrows (owner_id) (its index).
 * $1 requester, $2 how many, $3 the entry id to read before (null: the newest).
 */
export const REQUESTER_HISTORY_SQL = `
WITH accounts AS (
  SELECT a.id, a.type, a.currency FROM ledger_accounts a
   WHERE a.owner_kind = 'USER' AND a.owner_id = $1 AND a.type = 'REQUESTER_BALANCE'
  UNION ALL
  SELECT a.id, a.type, a.currency FROM batch_escrows be
    JOIN ledger_accounts a ON a.owner_kind = 'BATCH' AND a.owner_id = be.batch_id AND a.type = 'BATCH_ESCROW'
   WHERE be.owner_id = $1)
SELECT e.id, e.transaction_id, t.kind, a.type, a.currency, e.amount, t.memo, t.memo_key, t.memo_params, t.created_at
  FROM accounts a
 CROSS JOIN LATERAL (
   SELECT e.id, e.transaction_id, e.amount FROM ledger_entries e
    WHERE e.account_id = ANY (ARRAY[a.id]) AND e.id < coalesce($3::bigint, 9223372036854775807)
    ORDER BY e.account_id DESC, e.id DESC LIMIT $2) e
  JOIN ledger_transactions t ON t.id = e.transaction_id
 ORDER BY e.id DESC
 LIMIT $2`;
