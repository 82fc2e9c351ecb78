import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProjectsService } from '../projects/projects.service';
import type { GoldItemsArgs } from './dto/gold-items.args';
import type { GoldItemPageModel } from './models/gold-item.model';

/**
 * One page of the project's gold batch along tasks_batch_idx (batch_id, id); each item's scored answers
 * counted along assignments_task_idx, only for the items of the page.
 */
const PAGE_SQL = `
SELECT t.id::text, t.input, t.gold_answer, t.gold_explanation, t.created_at, s.answers, s.right_share
  FROM tasks t
 CROSS JOIN LATERAL (
   SELECT count(*)::int AS answers, avg(a.gold_score)::float8 AS right_share
     FROM assignments a WHERE a.task_id = t.id AND a.gold_score IS NOT NULL) s
 WHERE t.batch_id = $1 AND t.is_gold
 ORDER BY t.id
 LIMIT $2 OFFSET $3`;

@Injectable()
export class GoldItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** The owner's gold items of a project, a page at a time; a project not theirs is not found. */
  async page(ownerId: string, { projectId, offset, limit }: GoldItemsArgs): Promise<GoldItemPageModel> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const [batch] = await this.db.query(`SELECT id, item_count FROM batches WHERE project_id = $1 AND is_gold`, [project.id]);
    if (!batch) return { total: 0, items: [] };
    const rows = await this.db.query(PAGE_SQL, [batch.id, limit, offset]);
    return {
      total: batch.item_count,
      items: rows.map((r: GoldRow) => ({
        id: r.id,
        input: r.input,
        goldAnswer: r.gold_answer,
        explanation: r.gold_explanation,
        answers: r.answers,
        rightShare: r.right_share,
        createdAt: r.created_at,
      })),
    };
  }
}

interface GoldRow {
  id: string;
  input: unknown;
  gold_answer: unknown;
  gold_explanation: string | null;
  created_at: Date;
  answers: number;
  right_share: number | null;
}
