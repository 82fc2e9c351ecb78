/**
 * The dispatch design, bare: the claim as one CTE with FOR UPDATE SKIP LOCKED and the "had this
 * task" check on the (worker, task) key, and the submit as one statement that stores the answer and counts
 * it on its task. No eligibility, gold, consensus, events or quality rules. bench:dispatch runs it on the
 * same tables, indexes, settings and connections as the raw SQL phase, to tell how this machine compares
 * with the one the issue measured its raw-SQL ceiling on (about 2,900 cycles/s at 32 connections).
 */

/** $1 project, $2 worker, $3 the worker's last task in the project ('0': from the start), as claim.sql.ts walks. */
export const BARE_CLAIM = { name: 'bench_bare_claim', text: `
WITH candidate AS (
  SELECT t.id FROM tasks t
   WHERE t.project_id = ANY (ARRAY[$1::uuid]) AND t.id > $3 AND t.status = 'OPEN' AND NOT t.is_gold AND t.live_count < t.target_overlap
     AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = $2 AND a.task_id = t.id)
   ORDER BY t.project_id, t.id LIMIT 1 FOR UPDATE OF t SKIP LOCKED
), slot AS (
  UPDATE tasks t SET live_count = t.live_count + 1 FROM candidate c WHERE t.id = c.id RETURNING t.id
)
INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, reward_cents)
SELECT s.id, $1, $2, 'LEASED', now() + interval '600 seconds', 1 FROM slot s
RETURNING id, task_id` };

/** $1 assignment, $2 worker, $3 answer. */
export const BARE_SUBMIT = { name: 'bench_bare_submit', text: `
WITH answered AS (
  UPDATE assignments SET status = 'SUBMITTED', answer = $3, submitted_at = now()
   WHERE id = $1 AND worker_id = $2 AND status = 'LEASED' RETURNING task_id
)
UPDATE tasks t SET submitted_count = t.submitted_count + 1 FROM answered a WHERE t.id = a.task_id RETURNING t.id` };
