import { dawidSkene, encodeAnswers, krippendorffAlpha } from '@fourmi/quality';
import { taskKinds, type TaskKind } from '@fourmi/task-kinds';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';

const QUEUE = 'aggregate-batch';

export interface BatchAggregation {
  batchId: string;
  items: number;
  answers: number;
  iterations: number;
  /** Krippendorff's alpha of the batch's answers (nominal); null when undefined. */
  alpha: number | null;
}

/**
 * The full pass: Dawid-Skene over every answer of a batch (workers' confusion matrices learned from
 * the whole batch), stored per item as `aggregate` with its posterior. Runs as a job when a batch
 * completes, and on demand.
 */
@Injectable()
export class BatchAggregationService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BatchAggregationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly bus: EventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register<{ batchId: string }>({ name: QUEUE, retryLimit: 3, handle: async ({ batchId }) => void (await this.aggregate(batchId)) });
    this.bus.onEvent((event) => {
      if (event.type !== 'batch.completed') return;
      this.jobs.send(QUEUE, { batchId: event.batchId }, `aggregate-${event.batchId}`).catch((e: unknown) => this.logger.warn(`Could not queue aggregation: ${String(e)}`));
    });
  }

  async aggregate(batchId: string): Promise<BatchAggregation> {
    const rows: { task_id: string; worker_id: string; answer: unknown; kind: TaskKind; config: unknown }[] = await this.db.query(
      `SELECT a.task_id::text, a.worker_id, a.answer, p.kind, p.config
         FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
        WHERE t.batch_id = $1 AND NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED')`,
      [batchId],
    );
    const votes = rows.flatMap((r) => {
      const key = taskKinds[r.kind].voteKey(r.answer, r.config);
      return key === null ? [] : [{ item: r.task_id, worker: r.worker_id, label: key }];
    });
    if (!votes.length) return { batchId, items: 0, answers: 0, iterations: 0, alpha: null };
    const encoded = encodeAnswers(votes);
    const result = dawidSkene(encoded, { maxIterations: 50 });
    const ids = encoded.itemNames;
    const aggregates = ids.map((_, i) =>
      JSON.stringify({ method: 'DAWID_SKENE', voteKey: encoded.labelNames[result.labels[i]], confidence: result.confidence[i] }),
    );
    await this.db.query(`UPDATE tasks t SET aggregate = u.aggregate FROM unnest($1::bigint[], $2::jsonb[]) AS u(id, aggregate) WHERE t.id = u.id`, [ids, aggregates]);
    const alpha = krippendorffAlpha(encoded);
    return { batchId, items: ids.length, answers: votes.length, iterations: result.iterations, alpha: Number.isNaN(alpha) ? null : alpha };
  }
}
