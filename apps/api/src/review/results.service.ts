import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssignmentStatus } from '../dispatch/assignment.entity';
import { ProjectsService } from '../projects/projects.service';
import type { ResultPageModel } from './models/task-result.model';

interface ResultRow {
  id: string;
  batch_id: string;
  input: unknown;
  consensus: ResultPageModel['items'][number]['consensus'];
  aggregate: ResultPageModel['items'][number]['aggregate'];
  answers: { assignmentId: string; workerId: string; answer: unknown; status: AssignmentStatus; submittedAt: string }[];
  total: number;
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** One page of a project's published items with their answers and consensus, in one query. */
  async page(ownerId: string, projectId: string, offset: number, limit: number): Promise<ResultPageModel> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const rows: ResultRow[] = await this.db.query(
      `SELECT t.id, t.batch_id, t.input, t.consensus, t.aggregate, count(*) OVER ()::int AS total,
              coalesce((SELECT json_agg(json_build_object(
                         'assignmentId', a.id::text,
                         'workerId', 'W-' || substr(md5(a.worker_id::text || a.project_id::text), 1, 8),
                         'answer', a.answer,
                         'status', a.status,
                         'submittedAt', a.submitted_at) ORDER BY a.submitted_at)
                          FROM assignments a
                         WHERE a.task_id = t.id AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')), '[]') AS answers
         FROM tasks t
        WHERE t.project_id = $1 AND t.status <> 'DRAFT' AND NOT t.is_gold
        ORDER BY t.id
        OFFSET $2 LIMIT $3`,
      [project.id, offset, limit],
    );
    return {
      total: rows[0]?.total ?? (await this.countPublished(project.id)),
      items: rows.map((r) => ({
        taskId: r.id,
        batchId: r.batch_id,
        input: r.input,
        consensus: r.consensus,
        aggregate: r.aggregate,
        answers: r.answers.map((a) => ({ ...a, submittedAt: new Date(a.submittedAt) })),
      })),
    };
  }

  private async countPublished(projectId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND status <> 'DRAFT' AND NOT is_gold`, [projectId]);
    return row.n;
  }
}
