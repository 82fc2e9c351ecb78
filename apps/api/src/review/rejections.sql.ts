/**
 * A decided answer as the rejections pages show it: the task it answered (its input, never its gold
 * answer), the answer, the decision and its appeal if any.
 */
export const ROW_SQL = `
SELECT a.id::text AS assignment_id, p.name AS project_name, p.config AS project_config, t.input AS item, a.answer, r.reason, r.evidence, r.decided_at, a.worker_id,
       ap.id::text AS appeal_id, ap.status AS appeal_status, ap.message AS appeal_message, ap.decision_note, ap.created_at AS appealed_at,
       u.display_name AS worker_name, u.email AS worker_email
  FROM assignments a
  JOIN users u ON u.id = a.worker_id
  JOIN assignment_reviews r ON r.assignment_id = a.id
  JOIN projects p ON p.id = a.project_id
  LEFT JOIN tasks t ON t.id = a.task_id
  LEFT JOIN appeals ap ON ap.assignment_id = a.id`;

/**
 * Worker $1's 200 latest rejections, and answers overturned on appeal, newest first. Each set is read
 * along its own partial index: joining every answer the worker gave to its decision took 216–251 ms
 * for a worker with 30,000 answers (docs/benchmarks.md). All are listed by the time of the rejection
 * (an overturn keeps it on the decision; the appeal's `decided_at` is the overturn's).
 */
export const REJECTIONS_SQL = `
WITH shown AS (
  (SELECT assignment_id FROM assignment_reviews WHERE worker_id = $1 AND decision = 'REJECTED' ORDER BY decided_at DESC LIMIT 200)
  UNION
  (SELECT assignment_id FROM appeals WHERE worker_id = $1 AND status = 'OVERTURNED' ORDER BY decided_at DESC LIMIT 200)
)
${ROW_SQL}
 WHERE a.id IN (SELECT assignment_id FROM shown)
 ORDER BY r.decided_at DESC LIMIT 200`;
