import { workerLevelSql } from '../quality/worker-levels.sql';
import type { Prepared } from './dispatch-pools';

/**
 * How much of a project's eligibility a claim checks: `full` (eligibleSql), or `bans` for a project with
 * no languages, daily cap, required skills or minimum level (eligibilityOf). A claim statement's plan holds every check
 * it could make, and PostgreSQL initializes the whole plan at each call (a quarter of the answer with
 * the next lease's PostgreSQL time): without those checks (three then), that statement cost 3.5 % less
 * (raw SQL, docs/benchmarks.md, twelfth session). The `bans` check verifies that the project still has
 * none of them: used for a project that has one, it leases nothing, and never what `full` refuses.
 */
export type Eligibility = 'full' | 'bans';

/** The rules that need eligibleSql's `full` check; stored as keys of the project's quality_rules. */
const FULL_ONLY_RULES = ['dailyCap', 'requiredSkills', 'minLevel'] as const;

export function eligibilityOf(project: { languages: string[]; qualityRules: object }): Eligibility {
  const rules = FULL_ONLY_RULES.some((rule) => Object.hasOwn(project.qualityRules, rule));
  return project.languages.length > 0 || rules ? 'full' : 'bans';
}

/**
 * Whether worker `worker` may work on project `p` (a projects row): the project is active, the worker
 * speaks one of its languages, is not banned, is under its daily cap, has its required skills and its
 * minimum level.
 * Shared by the claim and by the feed so the two never disagree; `bans` as above.
 */
export function eligibleSql(p: string, worker: string, eligibility: Eligibility = 'full'): string {
  const notBanned = `NOT EXISTS (SELECT 1 FROM worker_bans b
                      WHERE b.worker_id = ${worker} AND b.lifted_at IS NULL AND (b.project_id IS NULL OR b.project_id = ${p}.id))`;
  if (eligibility === 'bans') {
    return `${p}.status = 'ACTIVE' AND cardinality(${p}.languages) = 0
     AND NOT ${p}.quality_rules ?| ARRAY[${FULL_ONLY_RULES.map((rule) => `'${rule}'`).join(', ')}]
     AND ${notBanned}`;
  }
  return `${p}.status = 'ACTIVE'
     AND (cardinality(${p}.languages) = 0 OR ${p}.languages && (SELECT u.languages FROM users u WHERE u.id = ${worker}))
     AND ${notBanned}
     AND CASE WHEN ${p}.quality_rules ? 'dailyCap'
              THEN (SELECT count(*) FROM assignments a WHERE a.worker_id = ${worker} AND a.project_id = ${p}.id
                       AND a.created_at >= date_trunc('day', now(), 'UTC')) < (${p}.quality_rules->>'dailyCap')::int
              ELSE true END
     AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(${p}.quality_rules->'requiredSkills', '[]')) r
                      WHERE coalesce((SELECT s.value FROM worker_skills s WHERE s.worker_id = ${worker} AND s.skill = r->>'skill'), 0)
                            < (r->>'min')::real)
     AND CASE WHEN ${p}.quality_rules ? 'minLevel' THEN ${workerLevelSql(worker)} >= (${p}.quality_rules->>'minLevel')::int ELSE true END`;
}

/** The placeholders a claim's steps read (see claimSteps). */
export interface ClaimPlaceholders {
  project: string;
  worker: string;
  leaseSeconds: string;
  rewardCents: string;
  /** The last task this worker claimed in the project; '0': from the start. */
  cursor: string;
}

/**
 * The claim's steps, as CTEs: check the worker may work on the project (see eligibleSql), pick the
 * oldest open task that still has a free slot and that this worker never had, lock it (SKIP LOCKED:
 * concurrent claimers take the next task instead of queueing), take a slot, lease it. `leased` and
 * `slot` hold the lease. `gate`: one more condition before a task is taken (an answer stored first).
 * The walk starts after the cursor, the last task this worker claimed in the project (claim-cursors.ts):
 * the tasks before it that they answered and that still have free slots would otherwise be walked, and
 * refused, at every claim (600 of them, 2 ms, for a worker 600 answers ahead of the others).
 * Gold and regular items are walked by separate partial indexes, hence two variants, each with the
 * project's eligibility check (Eligibility).
 */
export function claimSteps(gold: boolean, $: ClaimPlaceholders, eligibility: Eligibility, gate = 'true'): string {
  return `eligible AS (
  SELECT p.id FROM projects p WHERE p.id = ${$.project} AND ${eligibleSql('p', $.worker, eligibility)}
), candidate AS (
  -- "= ANY(ARRAY[project])" and ORDER BY (project_id, id): only the partial claim index yields that order.
  -- With a plain "= project" the planner walks the primary key filtering by project (it assumes a
  -- project's tasks are spread evenly), crossing every other project's rows: 90,000 rows for the last of ten.
  SELECT t.id
    FROM tasks t
   WHERE t.project_id = ANY (ARRAY[${$.project}::uuid]) AND t.id > ${$.cursor} AND t.status = 'OPEN' AND ${gold ? 't.is_gold' : 'NOT t.is_gold'}
     AND t.live_count < t.target_overlap
     AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = ${$.worker} AND a.task_id = t.id)
     AND EXISTS (SELECT 1 FROM eligible) AND ${gate}
   ORDER BY t.project_id, t.id
   LIMIT 1
   FOR UPDATE OF t SKIP LOCKED
), slot AS (
  UPDATE tasks t SET live_count = t.live_count + 1
    FROM candidate c WHERE t.id = c.id
  RETURNING t.id, t.input
), leased AS (
  INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, reward_cents, is_gold)
  SELECT s.id, ${$.project}, ${$.worker}, 'LEASED', now() + make_interval(secs => ${$.leaseSeconds}), ${$.rewardCents}, ${gold} FROM slot s
  RETURNING id, task_id, lease_expires_at
)`;
}

/**
 * The worker's open lease in the project, when their latest assignment there is one: a worker who
 * reloads the page, or comes back on another device, is handed the task they were given rather than a
 * new one, which would leave the first holding its slot until the lease expired, and lost to the
 * worker for good (nobody gets a task twice). Through the (worker, project, created_at) index, newest
 * first: one entry read. `open` holds it.
 */
function openLeaseStep(project: string, worker: string): string {
  return `open AS (
  SELECT a.id, a.task_id, a.lease_expires_at, a.is_gold, t.input
    FROM (SELECT id, task_id, status, lease_expires_at, is_gold FROM assignments
           WHERE worker_id = ${worker} AND project_id = ${project} ORDER BY created_at DESC LIMIT 1) a
    JOIN tasks t ON t.id = a.task_id
   WHERE a.status = 'LEASED' AND a.lease_expires_at > now() AND t.status = 'OPEN'
)`;
}

/**
 * The claim, in one statement and one round trip (claimSteps). An ORM transaction here would hold the
 * row lock across five round trips. A worker who holds a lease in the project gets it back instead
 * (openLeaseStep; `resumed` true), if they may still work on it.
 * $1 project, $2 worker, $3 lease seconds, $4 reward cents, $5 cursor (0: from the start).
 */
function claimSql(gold: boolean, eligibility: Eligibility): Prepared {
  return {
    name: `fourmi_claim${gold ? '_gold' : ''}${eligibility === 'full' ? '' : `_${eligibility}`}`,
    text: `
WITH ${openLeaseStep('$1', '$2')},
${claimSteps(gold, { project: '$1', worker: '$2', leaseSeconds: '$3', rewardCents: '$4', cursor: '$5' }, eligibility, 'NOT EXISTS (SELECT 1 FROM open)')}
SELECT l.id, l.task_id, l.lease_expires_at, s.input, ${gold} AS is_gold, false AS resumed
  FROM leased l JOIN slot s ON s.id = l.task_id
UNION ALL
SELECT o.id, o.task_id, o.lease_expires_at, o.input, o.is_gold, true FROM open o WHERE EXISTS (SELECT 1 FROM eligible)`,
  };
}

/** A project's claims, of regular and of gold items, by its Eligibility. */
export const CLAIMS: Record<Eligibility, { regular: Prepared; gold: Prepared }> = {
  full: { regular: claimSql(false, 'full'), gold: claimSql(true, 'full') },
  bans: { regular: claimSql(false, 'bans'), gold: claimSql(true, 'bans') },
};

/**
 * After an empty claim: is there a task this worker could take that was only locked at that moment
 * (another claim or a sweep)? Then the claim is worth retrying; otherwise the project has no work left.
 */
export const CLAIM_PROBE: Prepared = { name: 'fourmi_claim_probe', text: `
SELECT EXISTS (
  SELECT 1 FROM tasks t
   WHERE t.project_id = ANY (ARRAY[$1::uuid]) AND t.status = 'OPEN' AND NOT t.is_gold AND t.live_count < t.target_overlap
     AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = $2 AND a.task_id = t.id)
) AS busy` };

/**
 * Ends now the running leases of suspended accounts (users.status, read only): a suspended worker can
 * no longer answer, so the sweep that follows frees their slots instead of waiting up to a lease's day.
 * Served by the partial index of suspended users and the assignments' (worker_id, status) index.
 */
export const END_SUSPENDED_LEASES_SQL = `
UPDATE assignments SET lease_expires_at = now() - interval '1 millisecond'
 WHERE status = 'LEASED' AND lease_expires_at >= now()
   AND worker_id IN (SELECT id FROM users WHERE status = 'BANNED')`;

/**
 * Frees the slots of up to $2 expired leases (of project $1, or of all); returns each freed task with
 * its number of slots freed. Assignments are locked before tasks, as in submit, so the two never
 * deadlock; SKIP LOCKED lets several replicas sweep at once.
 */
export const SWEEP_SQL = `
WITH expired AS (
  UPDATE assignments SET status = 'EXPIRED'
   WHERE id IN (SELECT id FROM assignments
                 WHERE status = 'LEASED' AND lease_expires_at < now() AND ($1::uuid IS NULL OR project_id = $1)
                 ORDER BY lease_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  RETURNING task_id
), freed AS (
  SELECT task_id, count(*)::int AS n FROM expired GROUP BY task_id
)
UPDATE tasks t SET live_count = t.live_count - f.n FROM freed f WHERE t.id = f.task_id
RETURNING t.id, f.n`;
