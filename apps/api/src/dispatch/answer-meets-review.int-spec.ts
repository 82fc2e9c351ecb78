import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, lockWaiters, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { AssignmentTransitions } from './assignment-transitions';
import { LeaseHints } from './lease-hints';

/**
 * An answer written while a review rejects other answers to the same item: the answer's statement saw
 * the rejected votes as submitted, and the rejection leaves the task's answer count as it was. The
 * answer must not write a consensus that still counts them.
 */
describe('an answer racing a rejection of the same item’s other answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Two workers answer "positive" to the first item; a third holds a lease on it. */
  async function twoAnswersAndALease() {
    const requester = await t.user(Role.REQUESTER);
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 2, overlap: 3 });
    const answered: string[] = [];
    for (let i = 0; i < 2; i++) {
      const worker = await t.user(Role.WORKER);
      const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, lease.id, 'positive')).errors).toBeUndefined();
      answered.push(lease.id);
    }
    const third = await t.user(Role.WORKER);
    const lease = (await t.gql(CLAIM, { projectId }, third.token)).data?.claimNext;
    expect(lease.input).toEqual({ text: 'Review number 1' });
    const [{ task_id: taskId }] = await t.sql(`SELECT task_id::text FROM assignments WHERE id = $1`, [lease.id]);
    return { batchId, taskId, answered, third, leaseId: lease.id as string };
  }

  /**
   * Rejects `ids` in one transaction that holds their task's row while `answer` starts: the answer
   * takes its snapshot (the votes still submitted) and waits on the row until the rejection commits.
   */
  async function rejectDuring(taskId: string, ids: string[], answer: () => Promise<unknown>): Promise<unknown> {
    const transitions = t.app.get(AssignmentTransitions);
    let answering!: Promise<unknown>;
    await t.app.get(DataSource).transaction(async (tx) => {
      await transitions.decide(tx, ids, 'REJECTED');
      await tx.query(`SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
      answering = answer();
      await lockWaiters(t);
      await transitions.recountConsensus(tx, ids);
    });
    return answering;
  }

  const consensusOf = async (taskId: string) => (await t.sql(`SELECT consensus, submitted_count FROM tasks WHERE id = $1`, [taskId]))[0];

  it('counts only the votes left, when written in one statement (the lease of this replica)', async () => {
    const { taskId, answered, third, leaseId } = await twoAnswersAndALease();
    const result = (await rejectDuring(taskId, answered, () => submit(t, third.token, leaseId, 'negative'))) as { errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(await consensusOf(taskId)).toMatchObject({ consensus: { voteKey: 'negative', votes: 1 }, submitted_count: 3 });
  });

  it('counts only the votes left, when read then written (a lease of another replica)', async () => {
    const { taskId, answered, third, leaseId } = await twoAnswersAndALease();
    t.app.get(LeaseHints).take(leaseId); // as if another replica had handed the lease out
    const result = (await rejectDuring(taskId, answered, () => submit(t, third.token, leaseId, 'negative'))) as { errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(await consensusOf(taskId)).toMatchObject({ consensus: { voteKey: 'negative', votes: 1 }, submitted_count: 3 });
  });
});
