import { levelSql } from '../quality/worker-levels.sql';

/**
 * The statements of a person's own data file (my-data.ts), one per kind of record, each reading another
 * module's tables read only (as the people directory does). $1 is always the person. The long lists are
 * read in keyset pages on an index that starts with the person, so a page costs the same at any depth;
 * the others are a handful of rows read on an index of the person. What other people wrote about them
 * (a reason, a decision) is theirs to read; who those people are (ids, emails) is not included.
 */

export const ACCOUNT_SQL = `
SELECT u.id, u.email, u.display_name, u.roles, u.locale, u.languages, u.created_at, u.status, u.suspended_at, u.suspension_reason
  FROM users u WHERE u.id = $1`;

/** The level (libs/quality levelOf, as WorkerLevels says it) and the reviewed answers it is made of. */
export const LEVEL_SQL = `
SELECT CASE WHEN w.worker_id IS NULL THEN 1 ELSE ${levelSql('w')} END AS level,
       coalesce(w.accepted, 0) AS accepted, coalesce(w.rejected, 0) AS rejected
  FROM (SELECT 1) one LEFT JOIN worker_review_totals w ON w.worker_id = $1`;

/** Skills on worker_skills_pkey (worker_id, skill); a project's skill names its project. */
export const SKILLS_SQL = `
SELECT s.skill, s.correct, s.total, s.value, s.updated_at, p.name AS project_name
  FROM worker_skills s LEFT JOIN projects p ON s.skill LIKE 'project:%' AND p.id::text = substr(s.skill, 9)
 WHERE s.worker_id = $1 ORDER BY s.skill`;

/**
 * One page of answers, on assignments_worker_task_key (worker_id, task_id): $2 the last task id of the
 * previous page ('0' at first), $3 the page size. Each with its task's input (the item as shown: never a
 * gold answer), its project's name, and by primary or unique key its review, appeal and gold contest.
 * A review's evidence (other answers to the item) and a contest's corrected gold answer are left out.
 */
export const ANSWERS_PAGE_SQL = `
SELECT a.id, a.task_id, a.project_id, p.name AS project_name, p.currency, t.input, a.answer, a.status, a.reward_cents,
       a.is_gold, a.created_at, a.submitted_at, a.duration_ms,
       r.decision AS review_decision, r.reason AS review_reason, r.decided_at AS reviewed_at,
       ap.id AS appeal_id, ap.message AS appeal_message, ap.status AS appeal_status, ap.decision_note AS appeal_note,
       ap.created_at AS appealed_at, ap.decided_at AS appeal_decided_at,
       gc.id AS contest_id, gc.message AS contest_message, gc.status AS contest_status, gc.decision_note AS contest_note,
       gc.created_at AS contested_at, gc.decided_at AS contest_decided_at
  -- The page is cut first, then joined row by row: joined whole, the planner merge-joins tasks from
  -- their first id (330 ms for a page 100,000 answers deep, against 11 ms this way).
  FROM (SELECT * FROM assignments WHERE worker_id = $1 AND task_id > $2::bigint ORDER BY task_id LIMIT $3) a
  JOIN tasks t ON t.id = a.task_id
  JOIN projects p ON p.id = a.project_id
  LEFT JOIN assignment_reviews r ON r.assignment_id = a.id
  LEFT JOIN appeals ap ON ap.assignment_id = a.id
  LEFT JOIN gold_contests gc ON gc.assignment_id = a.id
 ORDER BY a.task_id`;

/** Bans, lifted ones too, on worker_bans_worker_idx (migration MyDataIndexes). Who banned is left out. */
export const BANS_SQL = `
SELECT b.id, b.project_id, p.name AS project_name, b.reason, b.reason_params, b.created_at, b.lifted_at
  FROM worker_bans b LEFT JOIN projects p ON p.id = b.project_id
 WHERE b.worker_id = $1 ORDER BY b.created_at, b.id`;

/** What the quality rules noted about their answers, on quality_flags_worker_idx (worker_id, project_id). */
export const QUALITY_FLAGS_SQL = `
SELECT f.id, f.project_id, f.assignment_id, f.kind, f.detail, f.detail_params, f.created_at
  FROM quality_flags f WHERE f.worker_id = $1 ORDER BY f.created_at, f.id`;

/** Their ledger accounts, on ledger_accounts_key (owner_kind, owner_id, ...). */
export const LEDGER_ACCOUNTS_SQL = `
SELECT a.id, a.type, a.currency, a.balance, a.created_at
  FROM ledger_accounts a WHERE a.owner_kind = 'USER' AND a.owner_id = $1 ORDER BY a.type, a.currency`;

/**
 * One page of one account's lines, oldest first, on ledger_entries_account_idx (account_id, id): $1 the
 * account (one of the person's, read above), $2 the last entry id of the previous page, $3 the page size.
 */
export const LEDGER_LINES_PAGE_SQL = `
SELECT e.id, e.transaction_id, e.amount, t.kind, t.memo, t.memo_key, t.memo_params, t.created_at
  FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
 WHERE e.account_id = $1 AND e.id > $2::bigint
 ORDER BY e.account_id, e.id
 LIMIT $3`;

/** Payouts on payouts_worker_idx (worker_id, created_at), and where they are paid (payout_accounts_pkey). */
export const PAYOUTS_SQL = `
SELECT id, amount_cents, currency, provider, destination, status, provider_reference, failure_reason, created_at, updated_at
  FROM payouts WHERE worker_id = $1 ORDER BY created_at, id`;

export const PAYOUT_ACCOUNT_SQL = `SELECT provider, provider_account_id, created_at FROM payout_accounts WHERE user_id = $1`;

/** A requester's top-ups, on top_ups_user_idx (user_id, created_at). */
export const TOP_UPS_SQL = `
SELECT id, amount_cents, currency, provider, status, created_at, paid_at
  FROM top_ups WHERE user_id = $1 ORDER BY created_at, id`;

/**
 * One page of the audit events about them or by them (audit_events_subject_idx and audit_events_actor_idx,
 * or'ed, as the audit trail reads them), oldest first: $2 the last event id of the previous page, $3 the
 * page size. Who acted is said as "you", "an admin" or "a rule", never by id; of what they did to another
 * account (an admin's action), neither that account nor the reason given is included.
 */
export const AUDIT_PAGE_SQL = `
SELECT e.id, e.created_at, e.action, e.subject_kind,
       CASE WHEN e.subject_kind = 'USER' AND e.subject_id <> $1::text THEN NULL ELSE e.subject_id END AS subject_id,
       CASE WHEN e.subject_kind = 'USER' AND e.subject_id <> $1::text THEN NULL ELSE e.reason END AS reason,
       CASE WHEN e.actor_id = $1::uuid THEN 'YOU' WHEN e.actor_id IS NULL THEN 'RULE' ELSE 'ADMIN' END AS by
  FROM audit_events e
 WHERE ((e.subject_kind = 'USER' AND e.subject_id = $1::text) OR e.actor_id = $1::uuid) AND e.id > $2::bigint
 ORDER BY e.id
 LIMIT $3`;
