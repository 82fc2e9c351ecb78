/**
 * Counts the relayed completed items ($1, task ids) of projects with an agreement rule into their
 * workers' tallies, and returns the tallies that moved. Each item's votes are kept: an item completed
 * again (a late answer added) counts only what changed. Items no longer completed are skipped: their
 * reopening withdrew their votes (WITHDRAW_AGREEMENT_SQL). FOR SHARE, in id order as the reopening
 * locks them, orders this with a reopening under way.
 */
export const TALLY_AGREEMENT_SQL = `
WITH done AS (
  SELECT t.id, t.project_id, t.consensus->>'voteKey' AS key
    FROM tasks t
   WHERE t.id = ANY($1::bigint[]) AND t.status = 'COMPLETED'
   ORDER BY t.id
   FOR SHARE
), fresh AS (
  SELECT a.task_id, a.worker_id, d.project_id, coalesce(a.vote_key = d.key, false) AS agreed
    FROM done d JOIN assignments a ON a.task_id = d.id
   WHERE NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')
), counted AS (
  SELECT v.task_id, v.worker_id, v.agreed FROM agreement_votes v WHERE v.task_id IN (SELECT id FROM done)
), kept AS (
  INSERT INTO agreement_votes AS v (task_id, worker_id, project_id, agreed)
  SELECT task_id, worker_id, project_id, agreed FROM fresh
  ON CONFLICT (task_id, worker_id) DO UPDATE SET agreed = EXCLUDED.agreed
)
INSERT INTO worker_agreement AS w (project_id, worker_id, items, agreed)
SELECT f.project_id, f.worker_id, count(*) FILTER (WHERE c.task_id IS NULL), sum(f.agreed::int - coalesce(c.agreed::int, 0))
  FROM fresh f LEFT JOIN counted c USING (task_id, worker_id)
 GROUP BY f.project_id, f.worker_id
ON CONFLICT (project_id, worker_id) DO UPDATE SET items = w.items + EXCLUDED.items, agreed = w.agreed + EXCLUDED.agreed
RETURNING w.project_id, w.worker_id, w.items, w.agreed`;

/** An item reopens ($1, its task id, locked FOR UPDATE): what it counted leaves its workers' tallies. */
export const WITHDRAW_AGREEMENT_SQL = `
WITH gone AS (
  DELETE FROM agreement_votes WHERE task_id = $1 RETURNING project_id, worker_id, agreed
)
UPDATE worker_agreement w SET items = w.items - g.items, agreed = w.agreed - g.agreed
  FROM (SELECT project_id, worker_id, count(*)::int AS items, count(*) FILTER (WHERE agreed)::int AS agreed FROM gone GROUP BY 1, 2) g
 WHERE w.project_id = g.project_id AND w.worker_id = g.worker_id`;
