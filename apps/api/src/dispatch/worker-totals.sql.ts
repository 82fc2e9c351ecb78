/**
 * What an answer's event changes in its worker's totals (answers sent and not rejected or returned, and
 * their rewards): +1 when submitted or accepted on appeal, −1 when rejected or returned after a ban.
 * A gold answer counts as sent but brings no reward: gold is never paid. `e` is the event's JSON.
 */
const SIGN_OF_EVENT = `CASE e->>'type'
  WHEN 'assignment.submitted' THEN 1
  WHEN 'assignment.rejected' THEN -1
  WHEN 'assignment.returned' THEN -1
  WHEN 'assignment.accepted' THEN CASE WHEN (e->>'overturned')::boolean THEN 1 ELSE 0 END
  ELSE 0 END`;

/**
 * Adds the events $1 (a JSON array) times $2 (1, or −1 to take them back) to their workers' totals,
 * workers in id order. Only the relay writes these rows (one pass at a time), so nothing else waits on
 * them; each answer's worker and reward are read by primary key.
 */
export const ADD_TO_WORKER_TOTALS_SQL = `
WITH moves AS (
  SELECT (e->>'assignmentId')::bigint AS id, (${SIGN_OF_EVENT}) * $2::int AS sign FROM jsonb_array_elements($1::jsonb) AS x(e)
), per_worker AS (
  SELECT a.worker_id, sum(m.sign)::int AS answers, sum(CASE WHEN a.is_gold THEN 0 ELSE m.sign * a.reward_cents END)::bigint AS reward
    FROM moves m JOIN assignments a ON a.id = m.id WHERE m.sign <> 0 GROUP BY a.worker_id
)
INSERT INTO worker_answer_totals AS w (worker_id, answers, reward_cents)
SELECT worker_id, answers, reward FROM per_worker ORDER BY worker_id
ON CONFLICT (worker_id) DO UPDATE SET answers = w.answers + EXCLUDED.answers, reward_cents = w.reward_cents + EXCLUDED.reward_cents`;

/** The event types that move a worker's totals. */
export const WORKER_TOTALS_EVENTS = new Set(['assignment.submitted', 'assignment.rejected', 'assignment.returned', 'assignment.accepted']);
