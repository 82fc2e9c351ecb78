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
