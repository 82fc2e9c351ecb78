import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventsService } from '../events/events.service';
import { needsAnotherAnswer, projectSkill, type QualityRules } from '../quality/quality-rules';
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
  constructor(private readonly events: EventsService) {}

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
   * counted them (null once none is left). Under dynamic overlap, a completed task left unsure opens
   * again for one more answer, as it would have asked for one when it was answered.
   * The tasks' rows are locked first, in id order: an answer holds its task's row until it commits,
   * so each recount, a statement begun after the lock, sees every answer to its task. One recount per
   * task: a review holds few.
   */
  async recountConsensus(tx: EntityManager, assignmentIds: string[]): Promise<void> {
    const tasks: { id: string }[] = await tx.query(
      `SELECT t.id::text FROM tasks t WHERE t.id IN (SELECT task_id FROM assignments WHERE id = ANY($1::bigint[]) AND NOT is_gold)
        ORDER BY t.id FOR UPDATE OF t`,
      [assignmentIds],
    );
    for (const { id } of tasks) {
      const [[recounted]]: [RecountedTask[]] = await tx.query(RECOUNT_CONSENSUS_SQL, [id, SKILL_PRIOR_MEAN, projectSkill('')]);
      if (wantsAnotherAnswer(recounted)) await this.reopenForOneMore(tx, recounted);
    }
  }

  /** One more slot on a completed task, which opens again. */
  private async reopenForOneMore(tx: EntityManager, task: RecountedTask): Promise<void> {
    await tx.query(`UPDATE tasks SET target_overlap = target_overlap + 1, status = 'OPEN' WHERE id = $1`, [task.id]);
    await this.completedItemReopened(tx, { projectId: task.project_id, batchId: task.batch_id, taskId: task.id });
  }

  /**
   * A completed item open again (more answers wanted, or answers returned: `answersWithdrawn`): its batch
   * counts it no longer, now rather than through the relay, since a relay pass counting the batch's last
   * completions before this would complete the batch, and release its escrow, with this item open.
   * task.reopened has the relay withdraw its votes from the agreement tallies; the requester's progress
   * moves back at once.
   */
  async completedItemReopened(tx: EntityManager, item: { projectId: string; batchId: string; taskId: string }, answersWithdrawn = 0): Promise<void> {
    const { projectId, batchId } = item;
    const [[batch]]: [{ item_count: number; completed_count: number; status: string }[]] = await tx.query(
      `UPDATE batches SET completed_count = completed_count - 1, answer_count = answer_count - $2 WHERE id = $1 RETURNING item_count, completed_count, status`,
      [batchId, answersWithdrawn],
    );
    await this.events.emitMany(tx, [
      { type: 'task.reopened', ...item },
      // Below zero while completions are still on their way to the relay.
      { type: 'batch.progress', projectId, batchId, itemCount: batch.item_count, completedCount: Math.max(0, batch.completed_count), status: batch.status },
    ]);
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

/** A task as RECOUNT_CONSENSUS_SQL leaves it. */
interface RecountedTask {
  id: string;
  batch_id: string;
  project_id: string;
  status: string;
  submitted_count: number;
  target_overlap: number;
  confidence: number | null;
  max_overlap: number;
  quality_rules: QualityRules;
  batch_status: string;
}

/**
 * Whether a recounted task should collect one more answer: completed, unsure under dynamic overlap
 * (needsAnotherAnswer, as its answers' statement asks), and in a batch still running (a batch that
 * ended has settled its escrow).
 */
function wantsAnotherAnswer(task: RecountedTask): boolean {
  if (task.status !== 'COMPLETED' || !['PUBLISHED', 'PAUSED'].includes(task.batch_status)) return false;
  return needsAnotherAnswer(task.quality_rules, task.submitted_count, task.target_overlap, task.max_overlap, task.confidence);
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
