import { encodeAnswers, krippendorffAlpha } from '@fourmi/quality';
import { taskKinds, type TaskKind } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProjectsService } from '../projects/projects.service';
import type { ProjectQualityModel } from './models/project-quality.model';

const BUCKETS = [0, 0.5, 0.7, 0.9, 0.99];

@Injectable()
export class ProjectQualityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  async summary(ownerId: string, projectId: string): Promise<ProjectQualityModel> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const answers: { task_id: string; worker_id: string; answer: unknown }[] = await this.db.query(
      `SELECT task_id::text, worker_id, answer FROM assignments WHERE project_id = $1 AND NOT is_gold AND status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED') LIMIT 200000`,
      [project.id],
    );
    const kind = taskKinds[project.kind as TaskKind];
    const votes = answers.flatMap((a) => {
      const key = kind.voteKey(a.answer, project.config);
      return key === null ? [] : [{ item: a.task_id, worker: a.worker_id, label: key }];
    });
    const alpha = votes.length ? krippendorffAlpha(encodeAnswers(votes)) : Number.NaN;
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected,
              coalesce(sum(a.reward_cents + coalesce(e.fee_cents, 0)) FILTER (WHERE a.status = 'ACCEPTED'), 0)::int AS paid
         FROM assignments a JOIN tasks t ON t.id = a.task_id LEFT JOIN batch_escrows e ON e.batch_id = t.batch_id
        WHERE a.project_id = $1 AND NOT a.is_gold`,
      [project.id],
    );
    const [saved] = await this.db.query(
      `SELECT coalesce(sum(greatest($2 - submitted_count, 0)), 0)::int AS saved FROM tasks WHERE project_id = $1 AND status = 'COMPLETED' AND NOT is_gold`,
      [project.id, project.overlap],
    );
    const buckets: { bucket: number; items: number }[] = await this.db.query(
      `SELECT width_bucket((consensus->>'confidence')::float8, $2::float8[]) AS bucket, count(*)::int AS items
         FROM tasks WHERE project_id = $1 AND status = 'COMPLETED' AND consensus IS NOT NULL GROUP BY 1`,
      [project.id, BUCKETS],
    );
    return {
      alpha: Number.isNaN(alpha) ? null : alpha,
      confidence: BUCKETS.map((from, i) => ({ from, items: buckets.find((b) => b.bucket === i + 1)?.items ?? 0 })),
      acceptedAnswers: row.accepted,
      rejectedAnswers: row.rejected,
      answersSaved: saved.saved,
      costPerAcceptedCents: row.accepted ? Math.round(row.paid / row.accepted) : null,
    };
  }
}
