/**
 * A decided answer as the rejections pages show it: the task it answered (its input, never its gold
 * answer), the answer, the decision and its appeal if any, and the project's instructions as they were
 * when the answer was leased, if they were edited since (the `before` of the first instructions edit
 * after the lease, from the audit trail).
 */
export const ROW_SQL = `
SELECT a.id::text AS assignment_id, p.name AS project_name, p.config AS project_config, t.input AS item, a.answer, r.reason, r.evidence, r.decided_at, a.worker_id,
       ap.id::text AS appeal_id, ap.status AS appeal_status, ap.message AS appeal_message, ap.decision_note, ap.created_at AS appealed_at,
       u.display_name AS worker_name, u.email AS worker_email, edit.at AS instructions_edited_at, edit.before AS instructions_then
  FROM assignments a
  JOIN users u ON u.id = a.worker_id
  JOIN assignment_reviews r ON r.assignment_id = a.id
  JOIN projects p ON p.id = a.project_id
  LEFT JOIN tasks t ON t.id = a.task_id
  LEFT JOIN appeals ap ON ap.assignment_id = a.id
  LEFT JOIN LATERAL (
    SELECT e.created_at AS at, c->>'before' AS before
      FROM audit_events e CROSS JOIN jsonb_array_elements(e.details->'changes') c
     WHERE e.subject_kind = 'PROJECT' AND e.subject_id = a.project_id::text AND e.action = 'PROJECT_EDITED'
       AND e.created_at > a.created_at AND c->>'field' = 'instructions'
     ORDER BY e.id LIMIT 1) edit ON true`;

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
