import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, lockWaiters, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const RETURN = `mutation($p: ID!, $w: ID!, $r: String!) { returnWorkerAnswers(projectId: $p, workerId: $w, reason: $r) }`;

/**
 * Answers sent back (redo.service.ts) and a review's rejection both lock an item's batch and its task:
 * a rejection takes the batch when it decides, then the task when it counts the consensus again. Sent-
 * back answers take them in the same order, so the two wait for each other instead of deadlocking.
 */
describe('answers sent back while a rejection holds their batch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('wait for the batch before taking the task, so the rejection can finish', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 2, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    expect((await submit(t, worker.token, lease.id, 'positive')).errors).toBeUndefined();
    const [{ task_id: taskId }] = await t.sql(`SELECT task_id::text FROM assignments WHERE id = $1`, [lease.id]);

    // A rejection's transaction, as far as its decision: it holds the batch.
    const review = new pg.Client({ connectionString: t.databaseUrl });
    await review.connect();
    try {
      await review.query(`BEGIN`);
      await review.query(`SET LOCAL lock_timeout = '5s'`);
      await review.query(`SELECT 1 FROM batches WHERE id = $1 FOR UPDATE`, [batchId]);
      const sentBack = t.gql(RETURN, { p: projectId, w: worker.id, r: 'Answered at random' }, requester.token);
      await lockWaiters(t);
      // Its recount now takes the task: the answers sent back must not be holding it.
      await review.query(`SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
      await review.query(`COMMIT`);
      const result = await sentBack;
      expect(result.errors).toBeUndefined();
      expect(result.data?.returnWorkerAnswers).toBe(1);
    } finally {
      await review.end();
    }
  });
});

