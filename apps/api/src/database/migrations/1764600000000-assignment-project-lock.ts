import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentProjectLock1764600000000 implements MigrationInterface {
  name = 'AssignmentProjectLock1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // Every lease inserted an assignment whose foreign key to projects share-locked its project's row:
    // all the leases of a project, from every worker at once, took turns on that one row (a lock record
    // in the WAL each time, a MultiXact whenever two overlapped), and dozens of projects share a heap page.
    // The key was redundant: an assignment's project is its task's (the claim locks a task of that
    // project), and the task's own key keeps that project alive as long as the assignment's task.
    await db.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_project_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignments ADD CONSTRAINT assignments_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects(id)`);
  }
}
