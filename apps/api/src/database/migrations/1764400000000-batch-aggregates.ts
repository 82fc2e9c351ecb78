import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BatchAggregates1764400000000 implements MigrationInterface {
  name = 'BatchAggregates1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // The batch-wide Dawid-Skene answer of each item, beside the incremental consensus.
    await db.query(`ALTER TABLE tasks ADD COLUMN aggregate jsonb`);
    // The answer's vote key (the task kind's), kept for agreement statistics in SQL.
    await db.query(`ALTER TABLE assignments ADD COLUMN vote_key text`);
    // When measured pay falls below the platform minimum: TOP_UP pays the difference on acceptance, WARN only warns.
    await db.query(`ALTER TABLE projects ADD COLUMN fair_pay_policy text NOT NULL DEFAULT 'TOP_UP' CONSTRAINT projects_fair_pay_policy_check CHECK (fair_pay_policy IN ('TOP_UP', 'WARN'))`);
    // A worker who believes a gold item is wrong contests it; the requester or an admin settles it.
    await db.query(`
      CREATE TABLE gold_contests (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        assignment_id bigint NOT NULL CONSTRAINT gold_contests_assignment_key UNIQUE REFERENCES assignments(id),
        task_id bigint NOT NULL REFERENCES tasks(id),
        project_id uuid NOT NULL REFERENCES projects(id),
        worker_id uuid NOT NULL REFERENCES users(id),
        message text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CONSTRAINT gold_contests_status_check CHECK (status IN ('OPEN', 'KEPT', 'CORRECTED')),
        corrected_answer jsonb,
        decided_by uuid REFERENCES users(id),
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projects DROP COLUMN fair_pay_policy`);
    await db.query(`DROP TABLE gold_contests`);
    await db.query(`ALTER TABLE assignments DROP COLUMN vote_key`);
    await db.query(`ALTER TABLE tasks DROP COLUMN aggregate`);
  }
}
