import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Quality1764200000000 implements MigrationInterface {
  name = 'Quality1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // Per-project quality rules and dynamic overlap settings, validated by quality/quality-rules.ts.
    await db.query(`ALTER TABLE projects ADD COLUMN quality_rules jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE assignments ADD COLUMN duration_ms integer`);
    await db.query(`CREATE INDEX assignments_worker_project_idx ON assignments (worker_id, project_id, created_at)`);
    await db.query(`
      CREATE TABLE worker_skills (
        worker_id uuid NOT NULL REFERENCES users(id),
        skill text NOT NULL,
        correct real NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        value real NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (worker_id, skill)
      )`);
    await db.query(`
      CREATE TABLE quality_flags (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        worker_id uuid NOT NULL REFERENCES users(id),
        project_id uuid NOT NULL REFERENCES projects(id),
        assignment_id bigint REFERENCES assignments(id),
        kind text NOT NULL,
        detail text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX quality_flags_worker_idx ON quality_flags (worker_id, project_id)`);
    // Actions taken by the platform's own rules have no human actor.
    await db.query(`ALTER TABLE audit_events ALTER COLUMN actor_id DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_events ALTER COLUMN actor_id SET NOT NULL`);
    await db.query(`DROP TABLE quality_flags`);
    await db.query(`DROP TABLE worker_skills`);
    await db.query(`DROP INDEX assignments_worker_project_idx`);
    await db.query(`ALTER TABLE assignments DROP COLUMN duration_ms`);
    await db.query(`ALTER TABLE projects DROP COLUMN quality_rules`);
  }
}
