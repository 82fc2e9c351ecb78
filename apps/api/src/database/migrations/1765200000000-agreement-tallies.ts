import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each worker's agreement with the consensus in a project with an agreement rule, kept as counts
 * (quality/agreement-tally.sql.ts). Counting it afresh read all of the worker's answers in the
 * project at every completed item: 39–77 ms per item for 30 workers of 3,000 answers each, where a
 * busy project completes hundreds of items a second (docs/benchmarks.md). `agreement_votes` holds
 * what each completed item counted, so that an item completed again or reopened moves the tallies by
 * the difference only.
 */
export class AgreementTallies1765200000000 implements MigrationInterface {
  name = 'AgreementTallies1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreement_votes (
        task_id bigint NOT NULL,
        worker_id uuid NOT NULL,
        project_id uuid NOT NULL,
        agreed boolean NOT NULL,
        PRIMARY KEY (task_id, worker_id)
      )`);
    await db.query(`
      CREATE TABLE worker_agreement (
        project_id uuid NOT NULL,
        worker_id uuid NOT NULL,
        items integer NOT NULL,
        agreed integer NOT NULL,
        PRIMARY KEY (project_id, worker_id)
      )`);
    // The items completed so far, in the projects with the rule.
    await db.query(`
      INSERT INTO agreement_votes (task_id, worker_id, project_id, agreed)
      SELECT a.task_id, a.worker_id, t.project_id, coalesce(a.vote_key = t.consensus->>'voteKey', false)
        FROM projects p
        JOIN tasks t ON t.project_id = p.id AND t.status = 'COMPLETED'
        JOIN assignments a ON a.task_id = t.id AND NOT a.is_gold AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')
       WHERE p.quality_rules->>'flagBelowAgreement' IS NOT NULL`);
    await db.query(`
      INSERT INTO worker_agreement (project_id, worker_id, items, agreed)
      SELECT project_id, worker_id, count(*), count(*) FILTER (WHERE agreed) FROM agreement_votes GROUP BY 1, 2`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE worker_agreement`);
    await db.query(`DROP TABLE agreement_votes`);
  }
}
