import { claimSteps, type Eligibility, eligibilityOf } from './claim.sql';
import { consensusSteps } from './consensus.sql';
import type { Prepared } from './dispatch-pools';

/** How long the answer took since its lease, in ms (as the assignment's integer column holds it). */
const DURATION_MS = 'least(extract(epoch FROM now() - created_at) * 1000, 2147483647)::int';

/**
 * The fast-answer rule: the answer `stored` returned, flagged when quicker than `minSeconds` (a
 * placeholder; null: no rule). The detail's two values also go as params, for the apps to word; from
 * the same row, so the hot path reads nothing more.
 */
function flaggedStep(minSeconds: string): string {
  return `flagged AS (
  INSERT INTO quality_flags (worker_id, project_id, assignment_id, kind, detail, detail_params)
  SELECT worker_id, project_id, id, 'FAST_ANSWER',
         format('Answered in %s s; this project expects at least %s s', round(duration_ms / 1000.0, 1), ${minSeconds}::numeric),
         jsonb_build_object('seconds', round(duration_ms / 1000.0, 1), 'minSeconds', ${minSeconds}::numeric)
    FROM stored WHERE duration_ms < ${minSeconds}::numeric * 1000
)`;
}

/**
 * The events' step: the answer's events (`events`, a query of one jsonb column) written through
 * emit_event() (migration 1764900000000), not by an INSERT of the statement: a prepared statement is
 * planned again after each VACUUM or ANALYZE of a table it names, on every connection at once (5–9 ms
 * each for the answer's), and autovacuum visits event_outbox, a queue, every minute under load. The
 * statement's result must read this step (EVENTS_WRITTEN): a CTE that modifies nothing runs only when read.
 */
function emittedStep(events: string): string {
  return `emitted AS (
  SELECT emit_event(e) FROM (${events}) AS events(e)
)`;
}

/** The column that makes the statement run emittedStep. */
const EVENTS_WRITTEN = '(SELECT count(*) FROM emitted) AS events_written';

/**
 * The submit's two statements (the hot path, in explicit SQL; the benchmark replays these same strings).
 * An answer is read, checked and scored in JavaScript, then written by one statement that applies only
 * if nothing it read has moved since (optimistic): no transaction stays open across round trips, and a
 * task's row is locked only for the instant of that statement.
 */

/**
 * The assignment with its task, its project's settings, the task's other answers by assignment id
 * (the order that breaks a tie in the consensus, as in the fast answer) with their workers' skill on the
 * project (the prior when unknown) and the submitting worker's skill.
 * $1 assignment, $2 prior skill, $3 the project skill's prefix (quality-rules.ts `projectSkill('')`).
 */
export const READ_ASSIGNMENT: Prepared = { name: 'fourmi_read_assignment', text: `
SELECT a.id, a.worker_id, a.task_id, t.batch_id, a.project_id, a.status, a.idempotency_key, a.is_gold,
       t.gold_answer, t.gold_explanation, t.input, t.status AS task_status, t.target_overlap, t.submitted_count, t.live_count,
       t.consensus::text AS consensus_read, p.kind, p.config, p.overlap AS max_overlap, p.quality_rules, p.languages,
       CASE WHEN a.is_gold THEN '[]'::json ELSE
         (SELECT coalesce(json_agg(json_build_object('answer', o.answer, 'accuracy', coalesce(s.value, $2)) ORDER BY o.id), '[]'::json)
            FROM assignments o LEFT JOIN worker_skills s ON s.worker_id = o.worker_id AND s.skill = $3 || a.project_id
           WHERE o.task_id = a.task_id AND o.id <> a.id AND o.status IN ('SUBMITTED', 'ACCEPTED')) END AS voters,
       coalesce((SELECT s.value FROM worker_skills s WHERE s.worker_id = a.worker_id AND s.skill = $3 || a.project_id), $2) AS accuracy
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
 WHERE a.id = $1` };

/**
 * Stores the answer, counts it on its task with the new consensus, flags a too-fast answer and writes
 * the events to the outbox, all or nothing, and only if the assignment still has the status read ($2)
 * and the task still has the answer count ($8) and consensus ($16) read; otherwise nothing is written
 * and no row returns, and the caller reads again. The consensus check catches a review that rejected
 * (or an appeal that restored) one of the votes read: the count of answers stays, the votes change. The assignment is locked before the task, as in the lease sweep.
 * A gold answer ($11) is stored and scored but not counted: gold measures the worker, it is not the
 * item's data. With dynamic overlap ($10) the task asks for one more answer instead of completing.
 * A late answer ($12) retakes a slot, only if one is free.
 * $1 assignment, $2 status read, $3 answer, $4 idempotency key, $5 gold score, $6 vote key, $7 task,
 * $8 answer count read, $9 consensus, $10 extend, $11 is gold, $12 late, $13 the fast-answer rule's
 * minimum seconds (null: none), $14 the assignment.submitted event, $15 the task.completed event,
 * $16 the task's consensus read (READ_ASSIGNMENT consensus_read).
 */
const WRITE_STEPS = `mine AS (
  -- Locked by id alone, its status checked after (FOR UPDATE returns the row's latest version): with
  -- "status = 'LEASED'" beside the id the planner walked the partial lease index (9,000 buffers, not 4).
  SELECT id, status FROM assignments WHERE id = $1 FOR UPDATE
), still AS (
  SELECT id FROM mine WHERE status = $2
), counted AS (
  UPDATE tasks SET submitted_count = submitted_count + 1,
         live_count = live_count + CASE WHEN $12 THEN 1 ELSE 0 END,
         target_overlap = target_overlap + CASE WHEN $10 THEN 1 ELSE 0 END,
         status = CASE WHEN submitted_count + 1 >= target_overlap + CASE WHEN $10 THEN 1 ELSE 0 END THEN 'COMPLETED' ELSE status END,
         consensus = $9
   WHERE id = $7 AND NOT $11 AND submitted_count = $8 AND consensus IS NOT DISTINCT FROM $16::jsonb AND EXISTS (SELECT 1 FROM still)
     AND (NOT $12 OR (status = 'OPEN' AND live_count < target_overlap))
  RETURNING status
), stored AS (
  UPDATE assignments SET status = 'SUBMITTED', answer = $3, idempotency_key = $4, submitted_at = now(), gold_score = $5, vote_key = $6,
         duration_ms = ${DURATION_MS}
   WHERE id = (SELECT id FROM still) AND ($11 OR EXISTS (SELECT 1 FROM counted))
  RETURNING id, worker_id, project_id, duration_ms
), ${flaggedStep('$13')}, ${emittedStep(`
  SELECT $14::jsonb FROM stored
  UNION ALL
  SELECT $15::jsonb FROM counted WHERE status = 'COMPLETED'`)}`;

export const WRITE_ANSWER: Prepared = { name: 'fourmi_write_answer', text: `
WITH ${WRITE_STEPS}
SELECT (SELECT duration_ms FROM stored) AS duration_ms, (SELECT status FROM counted) AS task_status, ${EVENTS_WRITTEN}` };

/**
 * WRITE_ANSWER, then, once the answer is stored, the claim of the worker's next task in the project
 * (claim.sql.ts), in the same statement: one round trip and one commit for the answer and the next
 * lease, where the worker app asks for both (submitAnswer { next }). The next task cannot be the one
 * answered: the worker already holds an assignment for it. No lease row when the answer was not stored
 * or no task was found after the cursor (the caller then claims on its own).
 * $1–$16 as in WRITE_ANSWER; $17 project, $18 worker, $19 lease seconds, $20 reward cents, $21 cursor.
 */
export const WRITE_ANSWER_AND_CLAIM: Prepared = { name: 'fourmi_write_answer_claim', text: `
WITH ${WRITE_STEPS},
${claimSteps(false, { project: '$17', worker: '$18', leaseSeconds: '$19', rewardCents: '$20', cursor: '$21' }, 'full', 'EXISTS (SELECT 1 FROM stored)')}
SELECT (SELECT duration_ms FROM stored) AS duration_ms, (SELECT status FROM counted) AS task_status, ${EVENTS_WRITTEN},
       l.id AS lease_id, l.task_id AS lease_task_id, l.lease_expires_at, s.input AS lease_input
  FROM (SELECT 1) AS answer LEFT JOIN (leased l JOIN slot s ON s.id = l.task_id) ON true` };

/** needsAnotherAnswer (quality-rules.ts) on the task's row before this answer: the fast answer's $10, $11. */
const EXTEND = `($10::float8 IS NOT NULL AND t.submitted_count + 1 >= t.target_overlap AND t.target_overlap < $11::int
                AND coalesce((SELECT confidence FROM consensus) < $10::float8, true))`;

/**
 * A regular answer in one statement, with no read before it (a round trip and a statement of their own:
 * without them the API's closed loop of bench:dispatch went from 607–693 to 805–882 cycles/s): the
 * caller knows the assignment's project from its own lease (lease-hints.ts) and has checked the answer
 * with the project's settings. The statement then does what READ_ASSIGNMENT and WRITE_ANSWER do
 * together: it stores the answer, counts it on its task with the consensus of the task's answers
 * (consensus.sql.ts, as consensusOf computes it from READ_ASSIGNMENT's voters), asks for one more
 * answer under dynamic overlap (needsAnotherAnswer), flags a too-fast answer and writes the events.
 * It applies only to this worker's leased, regular assignment of that project, and only if the task's
 * answer count and consensus still agree with what this statement's snapshot saw (an answer to the same
 * task, or a review of one, committed in between): otherwise nothing is written, duration_ms is null, and the caller goes the
 * read-then-write way, which also answers repeats, late answers and gold.
 * $1 assignment, $2 worker, $3 project, $4 answer, $5 idempotency key, $6 vote key, $7 prior skill,
 * $8 the worker's skill name on the project, $9 labels listed (0: free answers), $10 dynamic overlap's
 * confidence target (null: off), $11 the project's overlap (dynamic overlap's ceiling), $12 the
 * fast-answer rule's minimum seconds (null: none), $13 the assignment.submitted event and $14 the
 * task.completed event, both without their task and batch.
 * `flags`: with the fast-answer rule's step. A project without that rule answers through a statement
 * without it, smaller for PostgreSQL to start at each call (twelfth session, docs/benchmarks.md); that
 * statement applies only with no minimum ($12 null), so it never leaves out a flag that was due.
 */
const fastSteps = (flags: boolean) => `mine AS (
  -- Locked by id alone and checked after, as in WRITE_STEPS.
  SELECT id, task_id, status, worker_id, project_id, is_gold FROM assignments WHERE id = $1 FOR UPDATE
), still AS (
  SELECT id, task_id FROM mine WHERE status = 'LEASED' AND worker_id = $2 AND project_id = $3::uuid AND NOT is_gold${flags ? '' : ' AND $12::numeric IS NULL'}
), answered AS (
  SELECT o.id, o.status, o.vote_key, o.worker_id FROM assignments o JOIN still m ON o.task_id = m.task_id
   WHERE o.id <> m.id AND o.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')
), votes AS (
  SELECT a.id AS ord, a.vote_key AS key, coalesce(s.value::float8, $7::float8) AS accuracy
    FROM answered a LEFT JOIN worker_skills s ON s.worker_id = a.worker_id AND s.skill = $8::text
   WHERE a.status IN ('SUBMITTED', 'ACCEPTED') AND a.vote_key IS NOT NULL
  UNION ALL
  SELECT 9223372036854775807, $6::text, coalesce((SELECT s.value::float8 FROM worker_skills s WHERE s.worker_id = $2 AND s.skill = $8::text), $7::float8)
   WHERE $6::text IS NOT NULL
), ${consensusSteps('$9::int')}, counted AS (
  UPDATE tasks t SET submitted_count = t.submitted_count + 1,
         target_overlap = t.target_overlap + CASE WHEN ${EXTEND} THEN 1 ELSE 0 END,
         status = CASE WHEN t.submitted_count + 1 >= t.target_overlap + CASE WHEN ${EXTEND} THEN 1 ELSE 0 END THEN 'COMPLETED' ELSE t.status END,
         consensus = (SELECT value FROM consensus)
   WHERE t.id = (SELECT task_id FROM still) AND t.submitted_count = (SELECT count(*) FROM answered)
     -- The row as locked, against the snapshot's: a rejection leaves the count and moves the consensus.
     AND t.consensus IS NOT DISTINCT FROM (SELECT s.consensus FROM tasks s WHERE s.id = (SELECT task_id FROM still))
  RETURNING t.id, t.batch_id, t.status, t.consensus
), stored AS (
  UPDATE assignments SET status = 'SUBMITTED', answer = $4, idempotency_key = $5, submitted_at = now(), vote_key = $6::text,
         duration_ms = ${DURATION_MS}
   WHERE id = (SELECT id FROM still) AND EXISTS (SELECT 1 FROM counted)
  RETURNING id, worker_id, project_id, duration_ms
), ${flags ? `${flaggedStep('$12')}, ` : ''}${emittedStep(`
  SELECT $13::jsonb || jsonb_build_object('taskId', c.id::text, 'batchId', c.batch_id) FROM stored, counted c
  UNION ALL
  SELECT $14::jsonb || jsonb_build_object('taskId', c.id::text, 'batchId', c.batch_id, 'consensus', c.consensus) FROM counted c WHERE c.status = 'COMPLETED'`)}`;

/**
 * A project's fast answer: `alone`, and `withClaim`, with the claim of the worker's next task (as
 * WRITE_ANSWER_AND_CLAIM), whose eligibility check is the project's (claim.sql.ts Eligibility).
 * `alone` takes $1–$14 as above; `withClaim` also $15 lease seconds, $16 reward cents, $17 cursor.
 */
export interface FastAnswer {
  alone: Prepared;
  withClaim: Prepared;
}

const variantOf = (flags: boolean) => (flags ? '' : '_noflag');

/** The fast answer alone, which has no claim and so no eligibility check: one per `flags`. */
const fastAnswerAlone = (flags: boolean): Prepared => ({ name: `fourmi_fast_answer${variantOf(flags)}`, text: `
WITH ${fastSteps(flags)}
SELECT (SELECT duration_ms FROM stored) AS duration_ms, ${EVENTS_WRITTEN}` });

function fastAnswer(flags: boolean, alone: Prepared, eligibility: Eligibility): FastAnswer {
  return {
    alone,
    withClaim: { name: `fourmi_fast_answer_claim${variantOf(flags)}${eligibility === 'full' ? '' : `_${eligibility}`}`, text: `
WITH ${fastSteps(flags)},
${claimSteps(false, { project: '$3::uuid', worker: '$2', leaseSeconds: '$15', rewardCents: '$16', cursor: '$17' }, eligibility, 'EXISTS (SELECT 1 FROM stored)')}
SELECT (SELECT duration_ms FROM stored) AS duration_ms, ${EVENTS_WRITTEN},
       l.id AS lease_id, l.task_id AS lease_task_id, l.lease_expires_at, s.input AS lease_input
  FROM (SELECT 1) AS answer LEFT JOIN (leased l JOIN slot s ON s.id = l.task_id) ON true` },
  };
}

/** The fast answer's variants: with or without the fast-answer step, then by the claims' Eligibility. */
const FAST_ANSWER_VARIANTS: Record<'flags' | 'noFlags', Record<Eligibility, FastAnswer>> = {
  flags: fastAnswersWith(true),
  noFlags: fastAnswersWith(false),
};

function fastAnswersWith(flags: boolean): Record<Eligibility, FastAnswer> {
  const alone = fastAnswerAlone(flags);
  return { full: fastAnswer(flags, alone, 'full'), bans: fastAnswer(flags, alone, 'bans') };
}

/** Every variant of the fast answer, the fullest first (the two of a `flags` share their `alone`). */
export const FAST_ANSWERS: FastAnswer[] = Object.values(FAST_ANSWER_VARIANTS).flatMap((byEligibility) => Object.values(byEligibility));

/** A project's fast answer: with the fast-answer step if it has that rule, and its claims' eligibility check. */
export function fastAnswerOf(project: { languages: string[]; qualityRules: { minAnswerSeconds?: number } }): FastAnswer {
  const flags = (project.qualityRules.minAnswerSeconds ?? null) !== null;
  return FAST_ANSWER_VARIANTS[flags ? 'flags' : 'noFlags'][eligibilityOf(project)];
}
