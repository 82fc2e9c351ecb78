import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The connections claims run on, committed asynchronously (synchronous_commit=off): a lease is
 * cheap to lose (if PostgreSQL itself crashed in the next instant, the worker would just claim again)
 * and not waiting for the WAL flush halves the fsyncs of a claim → submit cycle. Answers, money and
 * everything else stay on the durable connections.
 */
@Injectable()
export class ClaimPool implements OnApplicationShutdown {
  readonly pool: pg.Pool;

  constructor(@InjectDataSource() db: DataSource) {
    const options = db.options as { url: string; extra?: { max?: number } };
    this.pool = new pg.Pool({ connectionString: options.url, max: options.extra?.max ?? 20, options: '-c synchronous_commit=off' });
  }

  async query<R>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query(sql, params)).rows as R[];
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
