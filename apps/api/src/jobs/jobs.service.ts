import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';

export interface QueueSpec<T> {
  name: string;
  retryLimit?: number;
  /** Seconds before the first retry; doubled at each retry when backoff is on. */
  retryDelay?: number;
  retryBackoff?: boolean;
  handle(data: T): Promise<void>;
}

/**
 * Background work on pg-boss, in PostgreSQL itself: jobs survive a crash of the API and are safe
 * with many replicas (each job is fetched by one worker, with SKIP LOCKED).
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private boss?: PgBoss;
  private starting?: Promise<PgBoss>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async started(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: (this.db.options as { url: string }).url, schema: 'pgboss', max: 3 });
      boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
      await this.serialized(() => boss.start());
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  async register<T extends object>(queue: QueueSpec<T>): Promise<void> {
    const boss = await this.started();
    await this.serialized(() => boss.createQueue(queue.name, {
      name: queue.name,
      retryLimit: queue.retryLimit ?? 3,
      retryDelay: queue.retryDelay ?? 5,
      retryBackoff: queue.retryBackoff ?? true,
    }));
    await boss.work<T>(queue.name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => queue.handle(job.data));
  }

  /**
   * Replicas booting together would create pg-boss's schema and queues at once and deadlock; an
   * advisory lock held by a transaction of ours makes them take turns.
   */
  private serialized<T>(action: () => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('fourmi:job-queue-setup'))`);
      return action();
    });
  }

  /** Enqueues once per key: a second send with the same key while the first is queued is a no-op. */
  async send<T extends object>(name: string, data: T, key?: string): Promise<void> {
    const boss = await this.started();
    await boss.send(name, data, key ? { singletonKey: key } : {});
  }

  /** Runs `name` on a cron schedule, once across all replicas. */
  async schedule(name: string, cron: string): Promise<void> {
    const boss = await this.started();
    await boss.schedule(name, cron);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
  }
}
