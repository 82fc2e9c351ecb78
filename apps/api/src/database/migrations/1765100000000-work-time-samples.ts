import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each project's latest 1,000 working times, kept as a ring by the event relay (ledger/work-times.ts).
 * Fair pay and the feed's hourly rates read the median of these rows: taken from `assignments` (latest
 * answers of the project), it scanned the table, 3.3–3.7 s for 10 projects at 1.5 million answers
 * (docs/benchmarks.md), and an index to avoid the scan cost every answer 8–15 % more PostgreSQL CPU.
 * Slot `written % 1000` of a project holds its answer number `written`, counted from 0.
 */
export class WorkTimeSamples1765100000000 implements MigrationInterface {
  name = 'WorkTimeSamples1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE work_time_cursors (project_id uuid PRIMARY KEY REFERENCES projects(id), written bigint NOT NULL)`);
    await db.query(`
      CREATE TABLE work_time_samples (
        project_id uuid NOT NULL,
        slot smallint NOT NULL,
        assignment_id bigint NOT NULL,
        work_ms double precision NOT NULL,
        is_gold boolean NOT NULL,
        PRIMARY KEY (project_id, slot)
      )`);
    // The answers so far: each project's latest 1,000, the oldest of them in slot 0.
    await db.query(`
      INSERT INTO work_time_samples (project_id, slot, assignment_id, work_ms, is_gold)
      SELECT project_id, kept - latest, id, work_ms, is_gold
        FROM (SELECT a.project_id, a.id, a.is_gold, extract(epoch FROM a.submitted_at - a.created_at) * 1000 AS work_ms,
                     row_number() OVER (PARTITION BY a.project_id ORDER BY a.submitted_at DESC, a.id DESC) AS latest,
                     least(count(*) OVER (PARTITION BY a.project_id), 1000) AS kept
                FROM assignments a
               WHERE a.submitted_at IS NOT NULL) x
       WHERE latest <= 1000`);
    await db.query(`INSERT INTO work_time_cursors (project_id, written) SELECT project_id, count(*) FROM work_time_samples GROUP BY project_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE work_time_samples`);
    await db.query(`DROP TABLE work_time_cursors`);
  }
}
