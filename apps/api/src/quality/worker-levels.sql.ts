import { WORKER_LEVELS } from '@fourmi/quality';

/**
 * What an answer's event changes in its worker's reviewed answers: accepted +1 when accepted (on appeal
 * too, when it also takes back the rejection), rejected +1 when rejected or returned after a ban.
 * `e` is the event's JSON.
 */
const ACCEPTED_DELTA = `CASE WHEN e->>'type' = 'assignment.accepted' THEN 1 ELSE 0 END`;
const REJECTED_DELTA = `CASE e->>'type'
  WHEN 'assignment.rejected' THEN 1
  WHEN 'assignment.returned' THEN 1
  WHEN 'assignment.accepted' THEN CASE WHEN (e->>'overturned')::boolean THEN -1 ELSE 0 END
  ELSE 0 END`;

/** The event types that move a worker's reviewed answers. */
export const REVIEW_EVENTS = new Set(['assignment.accepted', 'assignment.rejected', 'assignment.returned']);

/**
 * Adds the events $1 (a JSON array) times $2 (1, or −1 to take them back) to their workers' reviewed
 * answers, workers in id order. Only the relay writes these rows (one pass at a time); each answer's
 * worker is read by primary key.
 */
export const ADD_TO_REVIEW_TOTALS_SQL = `
WITH moves AS (
  SELECT (e->>'assignmentId')::bigint AS id, (${ACCEPTED_DELTA}) * $2::int AS accepted, (${REJECTED_DELTA}) * $2::int AS rejected
    FROM jsonb_array_elements($1::jsonb) AS x(e)
), per_worker AS (
  SELECT a.worker_id, sum(m.accepted)::int AS accepted, sum(m.rejected)::int AS rejected
    FROM moves m JOIN assignments a ON a.id = m.id WHERE m.accepted <> 0 OR m.rejected <> 0 GROUP BY a.worker_id
)
INSERT INTO worker_review_totals AS w (worker_id, accepted, rejected)
SELECT worker_id, accepted, rejected FROM per_worker ORDER BY worker_id
ON CONFLICT (worker_id) DO UPDATE SET accepted = w.accepted + EXCLUDED.accepted, rejected = w.rejected + EXCLUDED.rejected`;

/**
 * The level of the worker_review_totals row `w` (libs/quality levelOf, in SQL: the same whole-number
 * comparisons), highest rule first.
 */
export function levelSql(w: string): string {
  const reviewed = `(${w}.accepted + ${w}.rejected)`;
  const rules = [...WORKER_LEVELS].reverse().filter((rule) => rule.minReviewed > 0);
  const whens = rules.map((r) => `WHEN ${reviewed} >= ${r.minReviewed} AND ${w}.accepted * 100 >= ${r.minAcceptedPercent} * ${reviewed} THEN ${r.level}`);
  return `CASE ${whens.join(' ')} ELSE 1 END`;
}

/** The level of worker `worker` (a SQL expression), 1 for a worker with no reviewed answer yet. */
export const workerLevelSql = (worker: string) => `coalesce((SELECT ${levelSql('w')} FROM worker_review_totals w WHERE w.worker_id = ${worker}), 1)`;
