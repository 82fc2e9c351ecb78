import { validateItems } from '@fourmi/task-kinds';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { isUuid, ProjectsService } from '../projects/projects.service';
import { BatchEntity, BatchStatus } from './batch.entity';
import { BATCH_FUNDING, type BatchFunding } from './batch-funding';
import type { CreateBatchInput } from './dto/create-batch.input';
import { TaskStatus } from './task.entity';

export class BatchesError extends DomainError {}

export interface ProjectStats {
  items: number;
  openItems: number;
  completedItems: number;
  answers: number;
}

@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
    @Inject(BATCH_FUNDING) private readonly funding: BatchFunding,
  ) {}

  /** A draft batch with its items, all validated first: one bad row and nothing is written. */
  async create(ownerId: string, input: CreateBatchInput): Promise<BatchEntity> {
    const project = await this.projects.getOwned(input.projectId, ownerId);
    const checked = validateItems(project.kind, project.config as never, input.items);
    if (!checked.ok) {
      const fields = checked.errors.map((e) => ({
        path: `items[${e.row - 1}]${e.path ? `.${e.path}` : ''}`,
        message: `Row ${e.row}: ${e.message}`,
      }));
      throw BatchesError.invalid(fields, `${fields.length} rows are not valid; nothing was added`);
    }
    return this.db.transaction(async (tx) => {
      const batch = await tx.save(
        tx.create(BatchEntity, { projectId: project.id, name: input.name?.trim() || defaultBatchName(), itemCount: checked.value.length }),
      );
      // One statement for all rows (unnest), not one INSERT per item.
      await tx.query(
        `INSERT INTO tasks (project_id, batch_id, input, target_overlap)
         SELECT $1, $2, item, $3 FROM unnest($4::jsonb[]) AS item`,
        [project.id, batch.id, project.overlap, checked.value.map((v) => JSON.stringify(v))],
      );
      return batch;
    });
  }

  /** Opens a draft batch's items for work, with its escrow reserved in the same transaction. */
  async publish(ownerId: string, batchId: string): Promise<BatchEntity> {
    return this.db.transaction(async (tx) => {
      const batch = isUuid(batchId) ? await tx.findOne(BatchEntity, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!batch) throw new BatchesError('NOT_FOUND', 'No such batch');
      const project = await this.projects.getOwned(batch.projectId, ownerId);
      if (batch.status !== BatchStatus.DRAFT) throw new BatchesError('CONFLICT', `This batch is already ${batch.status.toLowerCase()}`);
      await this.funding.reserve(tx, {
        batchId: batch.id,
        projectId: project.id,
        ownerId,
        items: batch.itemCount,
        maxOverlap: project.overlap,
        rewardCents: project.rewardCents,
        currency: project.currency,
      });
      await tx.query(`UPDATE tasks SET status = $2 WHERE batch_id = $1 AND status = $3`, [batch.id, TaskStatus.OPEN, TaskStatus.DRAFT]);
      batch.status = BatchStatus.PUBLISHED;
      batch.publishedAt = new Date();
      const saved = await tx.save(batch);
      // Fresh statistics so the claim plan sees the real table, not an empty one.
      await tx.query('ANALYZE tasks');
      return saved;
    });
  }

  async batchesOf(projectIds: readonly string[]): Promise<BatchEntity[][]> {
    const rows = await this.db.getRepository(BatchEntity).find({ where: projectIds.map((projectId) => ({ projectId })), order: { createdAt: 'ASC' } });
    return projectIds.map((id) => rows.filter((b) => b.projectId === id));
  }

  async statsOf(projectIds: readonly string[]): Promise<ProjectStats[]> {
    const rows: { project_id: string; items: number; open_items: number; completed_items: number; answers: number }[] = await this.db.query(
      `SELECT project_id,
              count(*)::int AS items,
              count(*) FILTER (WHERE status = 'OPEN')::int AS open_items,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed_items,
              coalesce(sum(submitted_count), 0)::int AS answers
         FROM tasks WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
      [projectIds],
    );
    const byId = new Map(rows.map((r) => [r.project_id, r]));
    return projectIds.map((id) => {
      const r = byId.get(id);
      return { items: r?.items ?? 0, openItems: r?.open_items ?? 0, completedItems: r?.completed_items ?? 0, answers: r?.answers ?? 0 };
    });
  }
}

function defaultBatchName(): string {
  return `Batch of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
