import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DispatchAtScale1764010000000 implements MigrationInterface {
  name = 'DispatchAtScale1764010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN languages text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE projects
        ADD COLUMN gold_ratio real NOT NULL DEFAULT 0 CONSTRAINT projects_gold_ratio_check CHECK (gold_ratio >= 0 AND gold_ratio <= 0.5),
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE tasks
        ADD COLUMN is_gold boolean NOT NULL DEFAULT false,
        ADD COLUMN gold_answer jsonb,
        ADD COLUMN gold_explanation text`);
    // Gold is served from its own walk, so regular claims never step over gold rows.
    await db.query(`DROP INDEX tasks_claim_idx`);
    await db.query(`CREATE INDEX tasks_claim_idx ON tasks (project_id, id) WHERE status = 'OPEN' AND NOT is_gold`);
    await db.query(`CREATE INDEX tasks_gold_idx ON tasks (project_id, id) WHERE status = 'OPEN' AND is_gold`);
    await db.query(`ALTER TABLE batches ADD COLUMN completed_count integer NOT NULL DEFAULT 0, ADD COLUMN is_gold boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE assignments ADD COLUMN is_gold boolean NOT NULL DEFAULT false, ADD COLUMN gold_score real`);
    await db.query(`CREATE INDEX assignments_worker_status_idx ON assignments (worker_id, status)`);
    await db.query(`
      CREATE TABLE worker_bans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worker_id uuid NOT NULL REFERENCES users(id),
        project_id uuid REFERENCES projects(id),
        reason text NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz
      )`);
    await db.query(`CREATE INDEX worker_bans_active_idx ON worker_bans (worker_id) WHERE lifted_at IS NULL`);
    await db.query(`
      CREATE TABLE project_webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        url text NOT NULL,
        secret text NOT NULL,
        events text[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX project_webhooks_project_idx ON project_webhooks (project_id) WHERE active`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES project_webhooks(id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT webhook_deliveries_event_key UNIQUE (webhook_id, event_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE project_webhooks`);
    await db.query(`DROP TABLE worker_bans`);
    await db.query(`DROP INDEX assignments_worker_status_idx`);
    await db.query(`ALTER TABLE assignments DROP COLUMN is_gold, DROP COLUMN gold_score`);
    await db.query(`ALTER TABLE batches DROP COLUMN completed_count, DROP COLUMN is_gold`);
    await db.query(`DROP INDEX tasks_gold_idx`);
    await db.query(`DROP INDEX tasks_claim_idx`);
    await db.query(`CREATE INDEX tasks_claim_idx ON tasks (project_id, id) WHERE status = 'OPEN'`);
    await db.query(`ALTER TABLE tasks DROP COLUMN is_gold, DROP COLUMN gold_answer, DROP COLUMN gold_explanation`);
    await db.query(`ALTER TABLE projects DROP COLUMN gold_ratio, DROP COLUMN languages`);
    await db.query(`ALTER TABLE users DROP COLUMN languages`);
  }
}
