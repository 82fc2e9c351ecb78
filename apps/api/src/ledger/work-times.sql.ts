/** How many of a project's latest answers its working time is measured on. */
export const WORK_TIME_WINDOW = 1000;

/**
 * Writes the relayed answers into their projects' rings (migration 1765100000000): the cursor moves by
 * the number of answers, and each answer overwrites the slot of the one 1,000 answers older. Only the
 * latest 1,000 answers of a pass are written (a pass carries 500 events), so no slot is written twice.
 */
export const RECORD_WORK_TIMES_SQL = `
WITH answered AS (
  SELECT a.project_id, a.id, a.worker_id, a.is_gold, extract(epoch FROM a.submitted_at - a.created_at) * 1000 AS work_ms,
         row_number() OVER (PARTITION BY a.project_id ORDER BY a.submitted_at, a.id) AS n,
         count(*) OVER (PARTITION BY a.project_id) AS k
    FROM assignments a
   WHERE a.id = ANY($1::bigint[]) AND a.submitted_at IS NOT NULL
), moved AS (
  INSERT INTO work_time_cursors AS c (project_id, written)
  SELECT DISTINCT project_id, k FROM answered
  ON CONFLICT (project_id) DO UPDATE SET written = c.written + EXCLUDED.written
  RETURNING c.project_id, c.written
)
INSERT INTO work_time_samples AS s (project_id, slot, assignment_id, worker_id, work_ms, is_gold)
SELECT a.project_id, ((m.written - a.k + a.n - 1) % ${WORK_TIME_WINDOW})::smallint, a.id, a.worker_id, a.work_ms, a.is_gold
  FROM answered a JOIN moved m USING (project_id)
 WHERE a.n > a.k - ${WORK_TIME_WINDOW}
ON CONFLICT (project_id, slot) DO UPDATE SET assignment_id = EXCLUDED.assignment_id, worker_id = EXCLUDED.worker_id, work_ms = EXCLUDED.work_ms, is_gold = EXCLUDED.is_gold`;
