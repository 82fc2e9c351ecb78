/**
 * A project's delivery log, newest first: each of its webhooks' latest on (webhook_id, id), merged.
 * Newest first across the table, a project whose deliveries are older walked every other project's.
 * "= ANY(ARRAY[webhook])" and ORDER BY (webhook_id, id), which only that index yields: with "= webhook"
 * the planner walks the primary key filtering by webhook (it assumes a webhook's deliveries are spread
 * evenly), 60,000 rows for a project's 20 (as in claim.sql.ts). $1 project, $2 how many.
 */
export const DELIVERY_LOG_SQL = `
SELECT d.id::text, d.webhook_id, d.event_id, d.event_type, d.status, d.attempts, d.last_status_code, d.last_error, d.created_at, d.delivered_at
  FROM project_webhooks w
 CROSS JOIN LATERAL (SELECT * FROM webhook_deliveries d WHERE d.webhook_id = ANY (ARRAY[w.id]) ORDER BY d.webhook_id DESC, d.id DESC LIMIT $2) d
 WHERE w.project_id = $1
 ORDER BY d.id DESC
 LIMIT $2`;

/** Deliveries recorded a minute ago or more and never attempted, by their partial index. */
export const UNSENT_DELIVERIES_SQL = `SELECT id::text FROM webhook_deliveries WHERE status = 'PENDING' AND attempts = 0 AND created_at < now() - interval '1 minute' LIMIT 1000`;
