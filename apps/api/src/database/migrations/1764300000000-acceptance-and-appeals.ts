import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AcceptanceAndAppeals1764300000000 implements MigrationInterface {
  name = 'AcceptanceAndAppeals1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // Null: the requester accepts by hand; a number: answers left unreviewed that long are accepted.
    await db.query(`ALTER TABLE projects ADD COLUMN auto_accept_hours integer CONSTRAINT projects_auto_accept_check CHECK (auto_accept_hours >= 0)`);
    await db.query(`CREATE INDEX assignments_submitted_idx ON assignments (project_id, submitted_at) WHERE status = 'SUBMITTED'`);
    // What a rejection rests on, shown to the worker and to the admin deciding an appeal.
    await db.query(`ALTER TABLE assignment_reviews ADD COLUMN evidence jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE TABLE appeals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        assignment_id bigint NOT NULL CONSTRAINT appeals_assignment_key UNIQUE REFERENCES assignments(id),
        worker_id uuid NOT NULL REFERENCES users(id),
        message text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CONSTRAINT appeals_status_check CHECK (status IN ('OPEN', 'UPHELD', 'OVERTURNED')),
        decided_by uuid REFERENCES users(id),
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await db.query(`CREATE INDEX appeals_open_idx ON appeals (created_at) WHERE status = 'OPEN'`);
    // Rejections past the mass-rejection guard wait here for an admin.
    await db.query(`
      CREATE TABLE mass_rejections (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        requester_id uuid NOT NULL REFERENCES users(id),
        project_id uuid NOT NULL REFERENCES projects(id),
        assignment_ids bigint[] NOT NULL,
        reason text NOT NULL,
        why text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CONSTRAINT mass_rejections_status_check CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
        decided_by uuid REFERENCES users(id),
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mass_rejections`);
    await db.query(`DROP TABLE appeals`);
    await db.query(`ALTER TABLE assignment_reviews DROP COLUMN evidence`);
    await db.query(`DROP INDEX assignments_submitted_idx`);
    await db.query(`ALTER TABLE projects DROP COLUMN auto_accept_hours`);
  }
}
