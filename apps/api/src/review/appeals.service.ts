import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssignmentTransitions } from '../dispatch/assignment-transitions';
import { EarningsService } from '../ledger/earnings.service';
import { ReviewError } from './review.service';
import { isBigintId } from '../common/ids';
import { REJECTIONS_SQL, ROW_SQL } from './rejections.sql';
import { fieldProblem } from '../common/domain-error';

export interface RejectionRow {
  assignment_id: string;
  project_name: string;
  project_config: unknown;
  item: unknown;
  answer: unknown;
  reason: string | null;
  evidence: Record<string, unknown>;
  decided_at: Date;
  appeal_id: string | null;
  appeal_status: string | null;
  appeal_message: string | null;
  decision_note: string | null;
  worker_id: string;
  appealed_at: Date | null;
  worker_name: string;
  worker_email: string;
  instructions_edited_at: Date | null;
  instructions_then: string | null;
}

/**
 * Appeals: a worker may appeal each rejection once, with a message; an admin upholds or overturns it.
 * Overturning accepts and pays the answer (reserving it again from the requester if the batch ended).
 * Both outcomes are final and audited.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly earnings: EarningsService,
    private readonly assignments: AssignmentTransitions,
  ) {}

  /** A worker's rejected answers (and those overturned on appeal), newest first, with the evidence. */
  rejections(workerId: string): Promise<RejectionRow[]> {
    return this.db.query(REJECTIONS_SQL, [workerId]);
  }

  openAppeals(): Promise<RejectionRow[]> {
    return this.db.query(`${ROW_SQL} WHERE ap.status = 'OPEN' ORDER BY ap.created_at LIMIT 200`);
  }

  async appeal(workerId: string, assignmentId: string, message: string): Promise<RejectionRow> {
    const text = message.trim();
    if (text.length < 10 || text.length > 2000) throw ReviewError.invalid([fieldProblem('message', 'Explain your appeal in 10 to 2,000 characters', 'field.explainAppeal', { min: 10, max: 2000 })]);
    await this.db.transaction(async (tx) => {
      const [row] = isBigintId(assignmentId)
        ? await tx.query(`SELECT status FROM assignments WHERE id = $1 AND worker_id = $2 FOR UPDATE`, [assignmentId, workerId])
        : [];
      if (!row) throw ReviewError.notFound('No such assignment', 'assignment.notFound');
      if (row.status !== 'REJECTED') throw new ReviewError('CONFLICT', 'Only a rejected answer can be appealed', [], { key: 'appeal.notRejected', params: {} });
      const inserted = await tx.query(
        `INSERT INTO appeals (assignment_id, worker_id, message) VALUES ($1, $2, $3) ON CONFLICT (assignment_id) DO NOTHING RETURNING id`,
        [assignmentId, workerId, text],
      );
      if (!inserted.length) throw new ReviewError('CONFLICT', 'You already appealed this rejection; an appeal is possible once', [], { key: 'appeal.already', params: {} });
    });
    const [row] = await this.db.query(`${ROW_SQL} WHERE a.id = $1`, [assignmentId]);
    return row;
  }

  async decide(adminId: string, appealId: string, overturn: boolean, note: string): Promise<RejectionRow> {
    const assignmentId = await this.db.transaction(async (tx) => {
      const [appeal] = isBigintId(appealId) ? await tx.query(`SELECT assignment_id::text, status FROM appeals WHERE id = $1 FOR UPDATE`, [appealId]) : [];
      if (!appeal) throw ReviewError.notFound('No such appeal', 'appeal.notFound');
      if (appeal.status !== 'OPEN') throw new ReviewError('CONFLICT', `This appeal was already decided (${appeal.status.toLowerCase()})`, [], { key: 'appeal.decided', params: { decision: appeal.status } });
      if (overturn) await this.accept(tx, appeal.assignment_id);
      await tx.query(`UPDATE appeals SET status = $2, decided_by = $3, decision_note = $4, decided_at = now() WHERE id = $1`, [appealId, overturn ? 'OVERTURNED' : 'UPHELD', adminId, note]);
      const [subject] = await tx.query(`SELECT worker_id FROM assignments WHERE id = $1`, [appeal.assignment_id]);
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'USER', $3, $4, $5)`,
        [adminId, overturn ? 'APPEAL_OVERTURNED' : 'APPEAL_UPHELD', subject.worker_id, note, JSON.stringify({ appealId, assignmentId: appeal.assignment_id })],
      );
      return appeal.assignment_id as string;
    });
    const [row] = await this.db.query(`${ROW_SQL} WHERE a.id = $1`, [assignmentId]);
    return row;
  }

  private async accept(tx: EntityManager, assignmentId: string): Promise<void> {
    const [a] = await tx.query(
      `SELECT a.id::text, a.worker_id, a.reward_cents, t.batch_id, p.name AS project_name
         FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [assignmentId],
    );
    const batchStatus = await this.assignments.overturnRejection(tx, assignmentId);
    if (!batchStatus) throw new ReviewError('CONFLICT', 'This answer is no longer rejected', [], { key: 'appeal.noLongerRejected', params: {} });
    const answer = { assignmentId: a.id, workerId: a.worker_id, rewardCents: a.reward_cents, batchId: a.batch_id, batchStatus, projectName: a.project_name };
    // decided_at stays the rejection's time, which the worker still sees; the appeal holds the overturn's.
    await tx.query(`UPDATE assignment_reviews SET decision = 'ACCEPTED' WHERE assignment_id = $1`, [assignmentId]);
    await this.earnings.reEscrowOverturned(tx, [answer]);
    await this.earnings.payAccepted(tx, [answer]);
  }
}
