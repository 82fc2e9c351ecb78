import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { HOT_PATH_SETTINGS } from './hot-path-plans';

/**
 * Connections of each hot-path pool of an API process, at most. Each connection plans its statements,
 * and plans them again after every ANALYZE or VACUUM of the hot tables (autovacuum's among them): the
 * answer's statement takes about 9 ms to plan, and 70 ms each when 40 connections of a loaded
 * bench:dispatch replanned at once after autovacuum, which stalled every answer of that second. Six
 * connections serve what one Node process can send (a statement holds its connection for about 1 ms,
 * with the commit's flush); pools of 6 made 12 plans of the answer's statement per capacity probe
 * where pools of 20 made 40.
 */
const HOT_POOL_MAX = 6;

/** A hot-path statement, prepared once per connection under its name. */
export interface Prepared {
  name: string;
  text: string;
}

/**
 * Raw pg pools for the hot path (claim, submit), sending named statements: PostgreSQL parses and plans
 * each once per connection instead of at every call, where planning cost more than running (0.9 ms
 * against 0.4 ms for a claim). Plans still follow the data: PostgreSQL replans a prepared statement
 * once ANALYZE (autovacuum's, the one at publish, or the minute job's at each doubling of the hot
 * tables: hot-path-plans.ts) has updated its tables' statistics (dispatch-pools.int-spec.ts), so a plan
 * made on an almost empty `assignments` does not outlive its growth. Connections are therefore kept for
 * good, neither renewed nor closed when idle (a pool of fixed size once grown, bounded by `max`, as
 * TypeORM's pool: data-source.ts): connections opened in one burst of load were otherwise
 * closed together 10 s after it (pg's default idle timeout) or renewed together by a timer, and many
 * PostgreSQL backends exiting at once stalled every request in flight (bench:dispatch, whose own
 * pools did it first); each reopening also pays its authentication and the first plans of each statement.
 *
 * `lease` runs on connections committed asynchronously (synchronous_commit=off): a lease is cheap to
 * lose (if PostgreSQL itself crashed in the next instant, the worker would just claim again) and not
 * waiting for the WAL flush halves the flushes of a claim → submit cycle. Reads go there too. `commit`
 * runs on durable connections: answers wait for their WAL flush. Both pools are the hot path's own
 * (HOT_PATH_SETTINGS): TypeORM's pool sends unnamed statements, for which a generic plan would mean
 * ignoring each call's values.
 */
@Injectable()
export class DispatchPools implements OnApplicationShutdown {
  private readonly leasing: pg.Pool;
  private readonly durable: pg.Pool;

  constructor(@InjectDataSource() db: DataSource) {
    // The idle rule of TypeORM's pool (data-source.ts), its size up to HOT_POOL_MAX, and the hot path's own settings.
    const options = db.options as { url: string; extra: pg.PoolConfig };
    const max = Math.min(options.extra.max ?? HOT_POOL_MAX, HOT_POOL_MAX);
    const pool = (settings: string) => new pg.Pool({ connectionString: options.url, ...options.extra, max, options: `${HOT_PATH_SETTINGS} ${settings}`.trim() });
    this.leasing = pool('-c synchronous_commit=off');
    this.durable = pool('');
  }

  async lease<R>(statement: Prepared, values: unknown[]): Promise<R[]> {
    return (await this.leasing.query({ ...statement, values })).rows as R[];
  }

  async commit<R>(statement: Prepared, values: unknown[]): Promise<R[]> {
    return (await this.durable.query({ ...statement, values })).rows as R[];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.leasing.end(), this.durable.end()]);
  }
}
