/**
 * The items of batch $1[i], $2[i] in, $3[i] of them, in that order, each with its answers. "= ANY(ARRAY[batch])"
 * and ORDER BY (batch_id, id), which only the (batch_id, id) index yields: with "= batch" the planner may
 * walk the primary key filtering by batch, as it does for a webhook's deliveries (webhooks.sql.ts).
 */
export const RESULTS_PAGE_SQL = `
SELECT t.id, t.batch_id, t.input, t.consensus, t.aggregate,
       coalesce((SELECT json_agg(json_build_object(
                  'assignmentId', a.id::text,
                  'workerId', 'W-' || substr(md5(a.worker_id::text || a.project_id::text), 1, 8),
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
