import type { DataSource } from 'typeorm';

/**
 * The hot path's connections plan each statement once, generically, and keep that plan until ANALYZE:
 * left to choose, PostgreSQL judged the claim's generic plan costlier than plans made for each call's
 * values once the tables had real statistics, and planned every claim again (0.8 ms of planning for
 * 0.56 ms of work, 10,693 plans for 10,661 claims in bench:dispatch's raw phase). The statistics it
 * plans on follow the tables' growth (analyzeGrownTables below).
 */
export const HOT_PATH_SETTINGS = '-c plan_cache_mode=force_generic_plan';

/** The tables the hot path's prepared statements walk. */
const HOT_TABLES = ['tasks', 'assignments'];

/**
 * ANALYZEs each hot table that has changed by more rows than it had at its last ANALYZE (at least 1,000):
 * while a table is young, every doubling. The hot path's statements are planned once per connection and
 * kept until their tables are analyzed; planned on the statistics of an empty `assignments` (a new
 * deployment), they read whole tables at every call as it grew (1,400 buffers for an answer's read in
 * bench:dispatch). Autovacuum analyzes too, but its first visit to a new database can take minutes.
 * Returns the tables analyzed.
 */
export async function analyzeGrownTables(db: Pick<DataSource, 'query'>): Promise<string[]> {
  const rows: { relname: string }[] = await db.query(
    `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
      WHERE s.schemaname = current_schema() AND s.relname = ANY ($1) AND s.n_mod_since_analyze > greatest(1000, c.reltuples)`,
    [HOT_TABLES],
  );
  const grown = HOT_TABLES.filter((table) => rows.some((r) => r.relname === table));
  for (const table of grown) await db.query(`ANALYZE ${table}`);
  return grown;
}
