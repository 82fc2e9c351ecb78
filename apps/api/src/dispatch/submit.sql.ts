/**
 * The submit's statements (the hot path, in explicit SQL; the benchmark replays these same strings).
 * The assignment row is locked; the answers of one task are serialised by an advisory lock on the
 * task (so each consensus sees every answer) rather than by its row lock, which claims would skip.
 */
export const LOCK_ASSIGNMENT_SQL = `
SELECT a.id, a.worker_id, a.task_id, t.batch_id, a.project_id, a.status, a.idempotency_key, a.is_gold,
       t.gold_answer, t.gold_explanation, t.input, t.target_overlap, t.submitted_count, p.kind, p.config, p.overlap AS max_overlap, p.quality_rules, p.languages
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
 WHERE a.id = $1
   FOR UPDATE OF a`;

/** Taken before LOCK_ASSIGNMENT_SQL's read of the task's counts. $1 assignment. */
export const LOCK_TASK_ANSWERS_SQL = `
SELECT pg_advisory_xact_lock(task_id) FROM assignments WHERE id = $1`;

/**
 * The task's other answers with their workers' skill on the project (the prior when unknown), and
 * last, with a null answer, the submitting worker's skill. $1 task, $2 assignment, $3 prior, $4 skill,
 * $5 submitting worker.
 */
export const VOTERS_SQL = `
SELECT o.answer, coalesce(s.value, $3) AS accuracy
  FROM assignments o LEFT JOIN worker_skills s ON s.worker_id = o.worker_id AND s.skill = $4
 WHERE o.task_id = $1 AND o.id <> $2 AND o.status IN ('SUBMITTED', 'ACCEPTED')
UNION ALL
SELECT NULL, coalesce((SELECT value FROM worker_skills WHERE worker_id = $5 AND skill = $4), $3)`;

/**
 * Stores the answer and counts it on its task in one round trip. A gold answer ($7) is stored and
 * scored but not counted: gold measures the worker, it is not the item's data. With dynamic overlap
 * ($8) the task asks for one more answer instead of completing.
 * $1 assignment, $2 answer, $3 idempotency key, $4 gold score, $5 task, $6 consensus, $7 is gold, $8 extend,
 * $9 the answer's vote key.
 */
export const STORE_ANSWER_SQL = `
WITH stored AS (
  UPDATE assignments SET status = 'SUBMITTED', answer = $2, idempotency_key = $3, submitted_at = now(), gold_score = $4, vote_key = $9,
         duration_ms = least(extract(epoch FROM now() - created_at) * 1000, 2147483647)::int
   WHERE id = $1
  RETURNING duration_ms
), counted AS (
  UPDATE tasks SET submitted_count = submitted_count + 1,
         target_overlap = target_overlap + CASE WHEN $8 THEN 1 ELSE 0 END,
         status = CASE WHEN submitted_count + 1 >= target_overlap + CASE WHEN $8 THEN 1 ELSE 0 END THEN 'COMPLETED' ELSE status END,
         consensus = $6
   WHERE id = $5 AND NOT $7
  RETURNING status
)
SELECT (SELECT duration_ms FROM stored) AS duration_ms, (SELECT status FROM counted) AS status`;
