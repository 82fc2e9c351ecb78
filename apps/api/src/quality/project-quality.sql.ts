/** Completed items the project's agreement, confidence and savings are measured on: its latest. */
export const QUALITY_SAMPLE_ITEMS = 2000;

/** Lower bounds of the confidence buckets. */
export const CONFIDENCE_BUCKETS = [0, 0.5, 0.7, 0.9, 0.99];

/**
 * Project $1's decisions, from its batches' counts (AssignmentTransitions keeps them): counting the
 * project's answers took 298–311 ms for 150,000 of them, at each refresh of the console's card.
 */
export const DECISIONS_SQL = `
SELECT coalesce(sum(b.accepted_count), 0)::int AS accepted,
       coalesce(sum(b.rejected_count), 0)::int AS rejected,
       coalesce(sum(b.accepted_reward_cents + b.accepted_count::bigint * coalesce(e.fee_cents, 0)), 0)::bigint AS paid
  FROM batches b LEFT JOIN batch_escrows e ON e.batch_id = b.id
 WHERE b.project_id = $1`;

/**
 * Project $1's latest $2 completed items, newest first, along tasks_completed_idx. `= ANY(ARRAY[$1])`
 * keeps the planner from treating the project as a constant and so from walking the primary key
 * backwards through the newer projects' items instead (19 ms, 82,000 rows skipped for 2,000).
 */
const LATEST_ITEMS = `SELECT id, submitted_count, consensus FROM tasks
 WHERE project_id = ANY(ARRAY[$1::uuid]) AND status = 'COMPLETED' AND NOT is_gold ORDER BY project_id DESC, id DESC LIMIT $2`;

/** Of those items: how many, the answers overlap $3 did not need to buy, and the items per confidence bucket ($4). */
export const LATEST_ITEMS_SQL = `
WITH latest AS (${LATEST_ITEMS})
SELECT count(*)::int AS items,
       coalesce(sum(greatest($3 - submitted_count, 0)), 0)::int AS saved,
       coalesce(array_agg(bucket) FILTER (WHERE bucket IS NOT NULL), '{}') AS buckets
  FROM (SELECT submitted_count, width_bucket((consensus->>'confidence')::float8, $4::float8[]) AS bucket FROM latest) l`;

/**
 * The answers to those items (for the agreement), each item's read on assignments_task_idx. The
 * `OFFSET 0` fence keeps it so: joined freely, the planner scanned all 300,000 answers of a small
 * platform for the 6,000 it needed (78 ms, where the probes take 9).
 */
export const LATEST_ANSWERS_SQL = `
WITH latest AS (${LATEST_ITEMS})
SELECT a.task_id::text, a.worker_id, a.answer
  FROM latest CROSS JOIN LATERAL (
    SELECT task_id, worker_id, answer FROM assignments
     WHERE task_id = latest.id AND NOT is_gold AND status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED') OFFSET 0) a`;
