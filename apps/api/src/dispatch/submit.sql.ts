/**
 * The submit's statements (the hot path, in explicit SQL; the benchmark replays these same strings).
 * Locking the task as well serialises the answers of one task, so each consensus sees every answer.
 */
export const LOCK_ASSIGNMENT_SQL = `
SELECT a.id, a.worker_id, a.task_id, t.batch_id, a.project_id, a.status, a.idempotency_key, a.is_gold,
       t.gold_answer, t.input, p.kind, p.config
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
 WHERE a.id = $1
   FOR UPDATE OF a, t`;

/** The task's other answers, for its consensus. $1 task, $2 the assignment being submitted. */
export const OTHER_ANSWERS_SQL = `
SELECT answer FROM assignments WHERE task_id = $1 AND id <> $2 AND status IN ('SUBMITTED', 'ACCEPTED')`;

/**
 * Stores the answer and counts it on its task in one round trip. A gold answer ($7) is stored and
 * scored but not counted: gold measures the worker, it is not the item's data.
 * $1 assignment, $2 answer, $3 idempotency key, $4 gold score, $5 task, $6 consensus, $7 is gold.
 */
export const STORE_ANSWER_SQL = `
WITH stored AS (
  UPDATE assignments SET status = 'SUBMITTED', answer = $2, idempotency_key = $3, submitted_at = now(), gold_score = $4
   WHERE id = $1
)
UPDATE tasks SET submitted_count = submitted_count + 1,
       status = CASE WHEN submitted_count + 1 >= target_overlap THEN 'COMPLETED' ELSE status END,
       consensus = $6
 WHERE id = $5 AND NOT $7
RETURNING status`;
