import { ACCURACY_FLOOR } from '@fourmi/quality';

/**
 * consensusOf (consensus.ts) as SQL steps, for the answer written in one statement (submit.sql.ts
 * fastAnswerOf): the one-coin posterior of @fourmi/quality's oneCoinPosterior over a CTE `votes`
 * (ord bigint: the votes' order, which breaks ties, the task's assignments by id and the answer being
 * written last, as READ_ASSIGNMENT lists the voters; key text; accuracy float8), with `choices` the number
 * of labels the project lists (0: free answers, then one more than the votes). Defines `consensus`: no
 * row without votes, else one row with `value` (the TaskConsensus JSON) and `confidence`.
 * consensus.sql.int-spec.ts checks it against consensusOf.
 */
export function consensusSteps(choices: string): string {
  const p = `least(${1 - ACCURACY_FLOOR}::float8, greatest(${ACCURACY_FLOOR}::float8, v.accuracy))`;
  return `label_count AS (
  SELECT CASE WHEN ${choices} > 0 THEN greatest(${choices}, 2) ELSE greatest((SELECT count(*) FROM votes) + 1, 2) END::float8 AS k
), keyed AS (
  -- Each key's one-coin score: the sum of its voters' log-odds weights (weighted-vote.ts oneCoinWeight).
  SELECT v.key, min(v.ord) AS first, count(*)::int AS n, sum(ln((l.k - 1) * ${p} / (1 - ${p}))) AS score
    FROM votes v CROSS JOIN label_count l GROUP BY v.key, l.k
), scale AS (
  -- Keys nobody voted for have score 0 and share the rest of the mass.
  SELECT greatest(0, max(score)) AS top, greatest((SELECT k FROM label_count) - count(*), 0) AS unvoted FROM keyed
), ranked AS (
  SELECT k.key, k.n, exp(k.score - s.top) / (s.unvoted * exp(-s.top) + (SELECT sum(exp(o.score - s.top)) FROM keyed o)) AS confidence
    FROM keyed k CROSS JOIN scale s
   ORDER BY k.score DESC, k.first -- ties go to the key voted first
   LIMIT 1
), consensus AS (
  SELECT jsonb_build_object('voteKey', key, 'votes', n, 'confidence', confidence) AS value, confidence FROM ranked
)`;
}

/**
 * A task's consensus counted again from its submitted and accepted answers (a review rejected one, or an
 * appeal brought one back), with consensusSteps over the same votes the answers' statement weighs: each
 * answer's stored vote key, by assignment id, weighted by its worker's skill on the project (the prior
 * when unknown); the choices are the labels or categories the project lists (consensus.ts listedChoices).
 * Returns what deciding whether the task wants one more answer needs (dynamic overlap): its counts and
 * status, the new confidence, the project's overlap and rules, and its batch's status.
 * $1 task, $2 prior skill, $3 the project skill's prefix (quality-rules.ts `projectSkill('')`).
 */
export const RECOUNT_CONSENSUS_SQL = `
WITH task AS (
  SELECT t.id, CASE WHEN jsonb_typeof(p.config->'labels') = 'array' THEN jsonb_array_length(p.config->'labels')
                    WHEN jsonb_typeof(p.config->'categories') = 'array' THEN jsonb_array_length(p.config->'categories')
                    ELSE 0 END AS choices,
         p.overlap AS max_overlap, p.quality_rules, b.status AS batch_status
    FROM tasks t JOIN projects p ON p.id = t.project_id JOIN batches b ON b.id = t.batch_id WHERE t.id = $1
), votes AS (
  SELECT a.id AS ord, a.vote_key AS key, coalesce(s.value::float8, $2::float8) AS accuracy
    FROM assignments a LEFT JOIN worker_skills s ON s.worker_id = a.worker_id AND s.skill = $3 || a.project_id
   WHERE a.task_id = $1 AND a.status IN ('SUBMITTED', 'ACCEPTED') AND a.vote_key IS NOT NULL
), ${consensusSteps('(SELECT choices FROM task)')}
UPDATE tasks t SET consensus = (SELECT value FROM consensus) FROM task WHERE t.id = task.id
RETURNING t.id::text, t.batch_id, t.project_id, t.status, t.submitted_count, t.target_overlap, (SELECT confidence FROM consensus) AS confidence,
          task.max_overlap, task.quality_rules, task.batch_status`;
