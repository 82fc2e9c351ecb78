import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type HeldWhy, heldWhyText, massRejectionWhy, type RejectionCounts } from './rejection-guard';

/** The request holding these answers; `copy`: a different request holds `count` of them already. */
export type Held = { id: string; copy: false } | { id: string; copy: true; count: number };

/**
 * The mass-rejection guard: a requester rejecting too large a share of one worker's answers in a
 * batch, or of the whole batch, needs an admin's confirmation. Held requests wait in `mass_rejections`.
 */
@Injectable()
export class MassRejectionGuard {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Why the rejection of these answers (locked by the caller) needs an admin, or null. A batch's shares
   * come from its counts (answers as relayed, rejections as decided), and each worker's from their own
   * answers in the project: counting every answer of the batch took a join of all of them at each
   * rejection (docs/benchmarks.md); now only a request about to be held pays for it.
   */
  async check(tx: EntityManager, rejecting: { id: string; batch_id: string; worker_id: string; project_id: string }[]): Promise<HeldWhy | null> {
    const batchIds = [...new Set(rejecting.map((r) => r.batch_id))];
    const workerIds = [...new Set(rejecting.map((r) => r.worker_id))];
    const batches: { id: string; answers: number; rejected: number }[] = await tx.query(
      `SELECT id, answer_count AS answers, rejected_count AS rejected FROM batches WHERE id = ANY($1::uuid[])`,
      [batchIds],
    );
    const workers: { batch_id: string; worker_id: string; answers: number; rejected: number }[] = await tx.query(
      `SELECT t.batch_id, a.worker_id, count(*)::int AS answers, count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected
         FROM assignments a JOIN tasks t ON t.id = a.task_id
        WHERE a.worker_id = ANY($2::uuid[]) AND a.project_id = ANY($3::uuid[]) AND t.batch_id = ANY($1::uuid[])
          AND NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')
        GROUP BY t.batch_id, a.worker_id`,
      [batchIds, workerIds, [...new Set(rejecting.map((r) => r.project_id))]],
    );
    for (const batchId of batchIds) {
      const inBatch = workers.filter((r) => r.batch_id === batchId);
      const mine = rejecting.filter((r) => r.batch_id === batchId);
      const batch = batches.find((b) => b.id === batchId);
      const counts: RejectionCounts = {
        workers: inBatch.map((r) => ({ workerId: r.worker_id, answers: r.answers, rejected: r.rejected, rejecting: mine.filter((m) => m.worker_id === r.worker_id).length })),
        // The relay counts answers a moment after they are stored: never fewer than the workers' own.
        batch: { answers: Math.max(batch?.answers ?? 0, sum(inBatch, 'answers')), rejected: batch?.rejected ?? 0, rejecting: mine.length },
      };
      if (!massRejectionWhy(counts)) continue;
      // The relayed count can trail the answers by a poll or more under load: before holding a request
      // on it, count this batch's answers exactly (a join of all of them, paid only by requests held).
      counts.batch.answers = Math.max(counts.batch.answers, await this.answersOf(tx, batchId));
      const why = massRejectionWhy(counts);
      if (why) return why;
    }
    return null;
  }

  private async answersOf(tx: EntityManager, batchId: string): Promise<number> {
    const [row]: { answers: number }[] = await tx.query(
      `SELECT count(*)::int AS answers FROM assignments a JOIN tasks t ON t.id = a.task_id
        WHERE t.batch_id = $1 AND a.project_id = (SELECT project_id FROM batches WHERE id = $1)
          AND NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')`,
      [batchId],
    );
    return row.answers;
  }

  /**
   * Records the held request, once: the same answers sent again while a request for them is pending (a
   * second click, a retry, two at once) name that request instead of queueing a copy for the admins; a
   * request that holds some of them and not others is refused, so no answer waits in two requests.
   */
  hold(requesterId: string, projectId: string, ids: string[], reason: string, why: HeldWhy): Promise<Held> {
    return this.db.transaction(async (tx) => {
      // Two holds of the same answers take turns on their rows: the second one reads the first's request.
      await tx.query(`SELECT id FROM assignments WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`, [ids]);
      const pending: { id: string; ids: string[] }[] = await tx.query(
        `SELECT id::text, assignment_ids::text[] AS ids FROM mass_rejections
          WHERE requester_id = $1 AND project_id = $2 AND status = 'PENDING' AND assignment_ids && $3::bigint[] ORDER BY id`,
        [requesterId, projectId, ids],
      );
      const same = pending.find((p) => sameAnswers(p.ids, ids));
      if (same) return { id: same.id, copy: false };
      if (pending.length) return { id: pending[0].id, copy: true, count: ids.filter((id) => pending[0].ids.includes(id)).length };
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO mass_rejections (requester_id, project_id, assignment_ids, reason, why, why_key, why_params)
         VALUES ($1, $2, $3::bigint[], $4, $5, $6, $7) RETURNING id::text`,
        [requesterId, projectId, ids, reason, heldWhyText(why), why.key, why.params],
      );
      return { id: row.id, copy: false };
    });
  }
}

const sameAnswers = (a: string[], b: string[]) => a.length === new Set(b).size && b.every((id) => a.includes(id));

const sum = <K extends string>(rows: Record<K, number>[], key: K) => rows.reduce((total, r) => total + r[key], 0);
