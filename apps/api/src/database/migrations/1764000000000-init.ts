import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT users_email_key UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        roles text[] NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        status text NOT NULL DEFAULT 'ACTIVE',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        instructions text NOT NULL,
        kind text NOT NULL,
        config jsonb NOT NULL,
        reward_cents integer NOT NULL CONSTRAINT projects_reward_check CHECK (reward_cents >= 0),
        currency text NOT NULL DEFAULT 'EUR',
        overlap integer NOT NULL CONSTRAINT projects_overlap_check CHECK (overlap >= 1 AND overlap <= 100),
        lease_seconds integer NOT NULL CONSTRAINT projects_lease_check CHECK (lease_seconds >= 10),
        priority integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'ACTIVE',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX projects_owner_idx ON projects (owner_id)`);
    await db.query(`
      CREATE TABLE batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT',
        item_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await db.query(`CREATE INDEX batches_project_idx ON batches (project_id)`);
    await db.query(`
      CREATE TABLE tasks (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        batch_id uuid NOT NULL REFERENCES batches(id),
        input jsonb NOT NULL,
        target_overlap integer NOT NULL,
        live_count integer NOT NULL DEFAULT 0,
        submitted_count integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'DRAFT',
        consensus jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tasks_live_count_check CHECK (live_count >= 0 AND live_count <= target_overlap)
      )`);
    // The claim walks open tasks of one project in id order: this index is that walk.
    await db.query(`CREATE INDEX tasks_claim_idx ON tasks (project_id, id) WHERE status = 'OPEN'`);
    await db.query(`CREATE INDEX tasks_batch_idx ON tasks (batch_id)`);
    await db.query(`
      CREATE TABLE assignments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        task_id bigint NOT NULL REFERENCES tasks(id),
        project_id uuid NOT NULL REFERENCES projects(id),
        worker_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL,
        lease_expires_at timestamptz NOT NULL,
        answer jsonb,
        idempotency_key text,
        reward_cents integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        CONSTRAINT assignments_worker_task_key UNIQUE (worker_id, task_id)
      )`);
    await db.query(`CREATE INDEX assignments_task_idx ON assignments (task_id)`);
    await db.query(`CREATE INDEX assignments_lease_idx ON assignments (lease_expires_at) WHERE status = 'LEASED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['assignments', 'tasks', 'batches', 'projects', 'users']) await db.query(`DROP TABLE ${table}`);
  }
}
