/** A pseudonym of the worker of assignment `a`, stable within its project: requesters never see worker ids. */
const WORKER_PSEUDONYM = `'W-' || substr(md5(a.worker_id::text || a.project_id::text), 1, 8)`;

/**
 * The items of batch $1[i], $2[i] in, $3[i] of them, in that order, each with its answers. "= ANY(ARRAY[batch])"
 * and ORDER BY (batch_id, id), which only the (batch_id, id) index yields: with "= batch" the planner may
 * walk the primary key filtering by batch, as it does for a webhook's deliveries (webhooks.sql.ts).
 */
export const RESULTS_PAGE_SQL = `
SELECT t.id, t.batch_id, t.input, t.consensus, t.aggregate,
       coalesce((SELECT json_agg(json_build_object(
                  'assignmentId', a.id::text,
                  'workerId', ${WORKER_PSEUDONYM},
                  'answer', a.answer,
                  'status', a.status,
                  'submittedAt', a.submitted_at) ORDER BY a.submitted_at)
                   FROM assignments a
                  WHERE a.task_id = t.id AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')), '[]') AS answers
  FROM unnest($1::uuid[], $2::int[], $3::int[]) WITH ORDINALITY AS s(batch_id, skip, take, n)
 CROSS JOIN LATERAL (
   SELECT * FROM tasks t WHERE t.batch_id = ANY (ARRAY[s.batch_id]) AND NOT t.is_gold
    ORDER BY t.batch_id, t.id OFFSET s.skip LIMIT s.take) t
 ORDER BY s.n, t.id`;

/**
 * Project $1's regular answers awaiting review, oldest first, after answer $3 (null: from the first),
 * at most $4, only of batch $2 (null: any). Along the partial index of submitted answers by (project,
 * submitted_at), which holds only those: a project's history of decided answers is never walked.
 */
export const ANSWERS_TO_REVIEW_SQL = `
SELECT a.id::text AS "assignmentId", a.task_id::text AS "taskId", t.batch_id AS "batchId", ${WORKER_PSEUDONYM} AS "workerId",
       a.answer, a.submitted_at AS "submittedAt", t.input
  FROM assignments a JOIN tasks t ON t.id = a.task_id
 WHERE a.project_id = $1 AND a.status = 'SUBMITTED' AND NOT a.is_gold
   AND ($2::uuid IS NULL OR t.batch_id = $2::uuid)
   AND ($3::bigint IS NULL OR (a.submitted_at, a.id) > (SELECT submitted_at, id FROM assignments WHERE id = $3::bigint))
 ORDER BY a.submitted_at, a.id
 LIMIT $4`;
