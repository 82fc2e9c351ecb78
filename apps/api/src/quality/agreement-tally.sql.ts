/**
 * Reconciles the agreement votes of the relayed items ($1, task ids: completed or reopened, of projects
 * with an agreement rule) with each item's state now, and moves its workers' tallies by the difference;
 * returns the tallies that moved. A completed item counts the answers it has; any other item counts
 * nothing (reopened after answers were returned). Working from the state rather than from the events
 * makes a pass right whatever its events' order and however often an item appears, and needs no lock:
 * the relay is the only writer of votes and tallies, and an item that changes after this read is
 * relayed again.
 */
export const TALLY_AGREEMENT_SQL = `
WITH items AS (
  SELECT DISTINCT unnest($1::bigint[]) AS id
), done AS (
  SELECT t.id, t.project_id, t.consensus->>'voteKey' AS key
    FROM tasks t JOIN items i ON i.id = t.id
   WHERE t.status = 'COMPLETED'
), fresh AS (
  SELECT a.task_id, a.worker_id, d.project_id, coalesce(a.vote_key = d.key, false) AS agreed
    FROM done d JOIN assignments a ON a.task_id = d.id
   WHERE NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')
), counted AS (
  SELECT v.task_id, v.worker_id, v.project_id, v.agreed FROM agreement_votes v JOIN items i ON i.id = v.task_id
), gone AS (
  DELETE FROM agreement_votes v USING counted c
   WHERE v.task_id = c.task_id AND v.worker_id = c.worker_id
     AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.task_id = c.task_id AND f.worker_id = c.worker_id)
), kept AS (
  INSERT INTO agreement_votes AS v (task_id, worker_id, project_id, agreed)
  SELECT task_id, worker_id, project_id, agreed FROM fresh
  ON CONFLICT (task_id, worker_id) DO UPDATE SET agreed = EXCLUDED.agreed
), moved AS (
  SELECT coalesce(f.project_id, c.project_id) AS project_id, coalesce(f.worker_id, c.worker_id) AS worker_id,
         sum((f.task_id IS NOT NULL)::int - (c.task_id IS NOT NULL)::int) AS items,
         sum(coalesce(f.agreed::int, 0) - coalesce(c.agreed::int, 0)) AS agreed
    FROM fresh f FULL JOIN counted c ON c.task_id = f.task_id AND c.worker_id = f.worker_id
   GROUP BY 1, 2
)
INSERT INTO worker_agreement AS w (project_id, worker_id, items, agreed)
SELECT project_id, worker_id, items, agreed FROM moved
ON CONFLICT (project_id, worker_id) DO UPDATE SET items = w.items + EXCLUDED.items, agreed = w.agreed + EXCLUDED.agreed
RETURNING w.project_id, w.worker_id, w.items, w.agreed`;
