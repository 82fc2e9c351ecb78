import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { projectSkill } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { RECOUNT_CONSENSUS_SQL } from './consensus.sql';

/** An answer of a task whose gold answer changed, re-scored. */
export interface RegradedAnswer {
  id: string;
  worker_id: string;
}

/**
 * The changes other modules make to assignments, in their own transactions (`tx`): dispatch owns the
 * table (ARCHITECTURE.md, "A module owns its tables"), and every status an assignment can take is
 * written here or in dispatch's own hot path. Kept apart from DispatchModule, which needs batches and
 * quality, so that batches, quality and review can use it without a cycle.
 */
@Injectable()
export class AssignmentTransitions {
  /**
   * Review: submitted answers accepted or rejected. Answers already decided are left as they are.
   * Decisions are counted on their batches (the mass-rejection guard and the project's quality read
   * them there). Returns the status of each decided answer's batch, read under the batch's lock: the
   * relay may have completed it (and returned its unused escrow) since the caller last read it.
   */
  async decide(tx: EntityManager, ids: string[], decision: 'ACCEPTED' | 'REJECTED'): Promise<Map<string, string>> {
    const [row]: DecisionRow[] = await tx.query(countDecisions(`UPDATE assignments SET status = '${decision}' WHERE id = ANY($1::bigint[]) AND status = 'SUBMITTED' RETURNING id, task_id, project_id, is_gold, status, reward_cents`, 'SUBMITTED'), [ids]);
    return new Map(Object.entries(row.batch_statuses));
  }

  /**
   * Appeals: a rejected answer accepted after all. Returns its batch's status, read under the batch's
   * lock as for `decide`, or null when the answer is not rejected (nothing changed).
   */
  async overturnRejection(tx: EntityManager, id: string): Promise<string | null> {
    const [row]: DecisionRow[] = await tx.query(countDecisions(`UPDATE assignments SET status = 'ACCEPTED' WHERE id = $1 AND status = 'REJECTED' RETURNING id, task_id, project_id, is_gold, status, reward_cents`, 'REJECTED'), [id]);
    await this.recountConsensus(tx, [id]);
    return row.changed > 0 ? Object.values(row.batch_statuses)[0] : null;
  }

  /**
   * A rejected answer is no vote: the consensus of the tasks of these answers, rejected (after their
   * evidence is recorded, which keeps the consensus they were judged by) or overturned on appeal, is
   * counted again from the submitted and accepted answers, as the answer that completed each task
   * counted them (null once none is left). One statement per task, in id order: a review holds few.
   */
  async recountConsensus(tx: EntityManager, assignmentIds: string[]): Promise<void> {
    const tasks: { task_id: string }[] = await tx.query(
      `SELECT task_id::text FROM assignments WHERE id = ANY($1::bigint[]) AND NOT is_gold GROUP BY task_id ORDER BY task_id`,
      [assignmentIds],
    );
    for (const { task_id } of tasks) {
      await tx.query(RECOUNT_CONSENSUS_SQL, [task_id, SKILL_PRIOR_MEAN, projectSkill('')]);
    }
  }

  /** A batch ended early: its running leases are returned (their workers can no longer answer). */
  async returnLeasesOfBatch(tx: EntityManager, batchId: string): Promise<void> {
    await tx.query(
      `UPDATE assignments a SET status = 'RETURNED' FROM tasks t
        WHERE t.id = a.task_id AND t.batch_id = $1 AND a.status = 'LEASED'`,
      [batchId],
    );
  }

  /** A gold item's answer corrected: each answer to it scored again (locked until the transaction ends). */
  async regrade(tx: EntityManager, taskId: string, score: (answer: unknown) => number): Promise<RegradedAnswer[]> {
    const answers: (RegradedAnswer & { answer: unknown })[] = await tx.query(
      `SELECT id::text, worker_id, answer FROM assignments WHERE task_id = $1 AND answer IS NOT NULL FOR UPDATE`,
      [taskId],
    );
    // One statement for all of them: a gold item is answered by many workers.
    await tx.query(
      `UPDATE assignments a SET gold_score = s.score FROM unnest($1::bigint[], $2::real[]) AS s(id, score) WHERE a.id = s.id`,
      [answers.map((a) => a.id), answers.map((a) => score(a.answer))],
    );
    return answers.map(({ id, worker_id }) => ({ id, worker_id }));
  }
}

interface DecisionRow {
  changed: number;
  batch_statuses: Record<string, string>;
}

/**
 * `changed` (the assignments the UPDATE changed, all of them from status `from`), their batches'
 * decision counts moved to match (gold answers are not counted), and an `assignment.accepted` or
 * `assignment.rejected` event each (webhooks and the project's event stream), written to the outbox in
 * the same statement. The batch rows are locked in id order, before any ledger posting of the caller,
 * as the relay locks them (batches.service.ts COUNT_COMPLETIONS_SQL) before releasing escrow; their
 * statuses (`batch_statuses`) are read by that lock, so a completion committed while it waited is seen.
 */
function countDecisions(update: string, from: 'SUBMITTED' | 'REJECTED'): string {
  return `
WITH changed AS (${update}),
per_batch AS (
  SELECT t.batch_id,
         count(*) FILTER (WHERE c.status = 'ACCEPTED' AND NOT c.is_gold)::int AS accepted,
         coalesce(sum(c.reward_cents) FILTER (WHERE c.status = 'ACCEPTED' AND NOT c.is_gold), 0)::bigint AS accepted_reward,
         (count(*) FILTER (WHERE c.status = 'REJECTED' AND NOT c.is_gold) - ${from === 'REJECTED' ? 'count(*) FILTER (WHERE NOT c.is_gold)' : '0'})::int AS rejected
    FROM changed c JOIN tasks t ON t.id = c.task_id GROUP BY t.batch_id
), locked AS (
  SELECT b.id, b.status FROM batches b JOIN per_batch p ON p.batch_id = b.id ORDER BY b.id FOR UPDATE OF b
), counted AS (
  UPDATE batches b SET accepted_count = b.accepted_count + p.accepted, accepted_reward_cents = b.accepted_reward_cents + p.accepted_reward,
         rejected_count = b.rejected_count + p.rejected
    FROM locked l JOIN per_batch p ON p.batch_id = l.id WHERE b.id = l.id
), emitted AS (
  INSERT INTO event_outbox (event)
  SELECT jsonb_build_object('type', 'assignment.' || lower(c.status), 'projectId', c.project_id, 'batchId', t.batch_id, 'taskId', c.task_id::text,
                            'assignmentId', c.id::text, 'overturned', ${from === 'REJECTED'}, 'id', gen_random_uuid(), 'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    FROM changed c JOIN tasks t ON t.id = c.task_id ORDER BY c.id
)
SELECT (SELECT count(*)::int FROM changed) AS changed, (SELECT coalesce(jsonb_object_agg(id, status), '{}') FROM locked) AS batch_statuses`;
}

@Module({ providers: [AssignmentTransitions], exports: [AssignmentTransitions] })
export class AssignmentTransitionsModule {}
