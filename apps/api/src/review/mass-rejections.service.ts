import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HeldWorkerModel, MassRejectionModel } from './models/appeal.model';
import type { HeldRejectionModel } from './models/held-rejection.model';
import { ReviewError, ReviewService } from './review.service';
import { isBigintId } from '../common/ids';

/** A held request, with the workers whose answers it would reject (name and email, for the admins). */
const ROW_SQL = `
SELECT m.id::text, m.project_id, p.name AS project_name, m.assignment_ids::text[] AS ids, m.reason, m.why, m.why_key, m.why_params, m.status, m.created_at,
       (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name, 'email', u.email, 'answers', w.answers) ORDER BY w.answers DESC, u.display_name), '[]')
          FROM (SELECT a.worker_id, count(*)::int AS answers FROM assignments a WHERE a.id = ANY(m.assignment_ids) GROUP BY a.worker_id) w
          JOIN users u ON u.id = w.worker_id) AS workers
  FROM mass_rejections m JOIN projects p ON p.id = m.project_id`;

/** The admins' side of the mass-rejection guard: approve (the rejection happens) or decline it. */
@Injectable()
export class MassRejectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly review: ReviewService,
  ) {}

  async pending(): Promise<MassRejectionModel[]> {
    const rows = await this.db.query(
`${ROW_SQL} WHERE m.status = 'PENDING' ORDER BY m.id`,
    );
    return rows.map(toModel);
  }

  /**
   * A project's held rejections for its requester: the pending ones, then the latest decided ones, so a
   * requester learns what the admins decided and why (their answers stay out of review until then).
   */
  async ofProject(projectId: string): Promise<HeldRejectionModel[]> {
    const rows: HeldRow[] = await this.db.query(
      `(SELECT ${HELD_COLUMNS} FROM mass_rejections WHERE project_id = $1 AND status = 'PENDING' ORDER BY id DESC)
       UNION ALL
       (SELECT ${HELD_COLUMNS} FROM mass_rejections WHERE project_id = $1 AND status <> 'PENDING' ORDER BY decided_at DESC, id DESC LIMIT $2)`,
      [projectId, DECIDED_SHOWN],
    );
    return rows.map((r) => ({
      id: r.id,
      assignmentIds: r.ids,
      reason: r.reason,
      why: r.why,
      whyKey: r.why_key,
      whyParams: r.why_params,
      status: r.status,
      decisionNote: r.decision_note,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
    }));
  }

  /**
   * One transaction holding the request's row: two admins deciding it at once take turns (the second is
   * told it was decided), and an approval's rejection commits with the decision or not at all.
   */
  async decide(adminId: string, id: string, approve: boolean, note: string): Promise<MassRejectionModel> {
    await this.db.transaction(async (tx) => {
      const [held] = isBigintId(id)
        ? await tx.query(`SELECT requester_id, assignment_ids::text[] AS ids, reason, status FROM mass_rejections WHERE id = $1 FOR UPDATE`, [id])
        : [];
      if (!held) throw ReviewError.notFound('No such rejection request', 'massRejection.notFound');
      if (held.status !== 'PENDING') throw new ReviewError('CONFLICT', `This request was already ${held.status.toLowerCase()}`, [], { key: 'massRejection.decided', params: { decision: held.status } });
      if (approve) {
        // Answers decided since (accepted by hand, say) are left as they are; locked in the order the
        // rejection locks them, so one a requester is accepting right now is read once accepted, and left out.
        const open: { id: string }[] = await tx.query(`SELECT id::text FROM assignments WHERE id = ANY($1::bigint[]) AND status = 'SUBMITTED' ORDER BY id FOR UPDATE`, [held.ids]);
        if (open.length) await this.review.rejectConfirmed(tx, held.requester_id, open.map((o) => o.id), held.reason, adminId);
      }
      const action = approve ? 'MASS_REJECTION_APPROVED' : 'MASS_REJECTION_DECLINED';
      await tx.query(`UPDATE mass_rejections SET status = $2, decided_by = $3, decision_note = $4, decided_at = now() WHERE id = $1`, [id, approve ? 'APPROVED' : 'DECLINED', adminId, note]);
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'USER', $3, $4, $5)`,
        [adminId, action, held.requester_id, note, JSON.stringify({ requestId: id, assignments: held.ids.length })],
      );
      // The decision is also about each worker whose answers it rejected (or spared): their own audit
      // trail shows it, with how many of their answers the request held.
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details)
         SELECT $1, $2, 'USER', a.worker_id::text, $3, jsonb_build_object('requestId', $4::text, 'assignments', count(*))
           FROM assignments a WHERE a.id = ANY($5::bigint[]) GROUP BY a.worker_id ORDER BY a.worker_id`,
        [adminId, action, note, id, held.ids],
      );
    });
    const [row] = await this.db.query(
`${ROW_SQL} WHERE m.id = $1`,
      [id],
    );
    return toModel(row);
  }
}

/** Decided requests a requester sees besides the pending ones: the latest, which they may not have read yet. */
const DECIDED_SHOWN = 20;

const HELD_COLUMNS = `id::text, assignment_ids::text[] AS ids, reason, why, why_key, why_params, status, decision_note, created_at, decided_at`;

interface HeldRow {
  id: string;
  ids: string[];
  reason: string;
  why: string;
  why_key: string | null;
  why_params: Record<string, unknown> | null;
  status: string;
  decision_note: string | null;
  created_at: Date;
  decided_at: Date | null;
}

function toModel(r: { id: string; project_id: string; project_name: string; ids: string[]; reason: string; why: string; why_key: string | null; why_params: Record<string, unknown> | null; workers: HeldWorkerModel[]; status: string; created_at: Date }): MassRejectionModel {
  return { id: r.id, projectId: r.project_id, projectName: r.project_name, assignmentIds: r.ids, workers: r.workers, reason: r.reason, why: r.why, whyKey: r.why_key, whyParams: r.why_params, status: r.status, createdAt: r.created_at };
}
