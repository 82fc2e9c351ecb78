import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { EventBus } from '../events/event-bus';
import type { FourmiEvent } from '../events/event.types';
import { projectSkill } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { consensusOf } from './consensus';
import { DispatchPools, type Prepared } from './dispatch-pools';
import { fastAnswerOf } from './submit.sql';

/** The answer with the next lease of these projects, which have no languages and no quality rules. */
const LEAN_ANSWER = fastAnswerOf({ languages: [], qualityRules: {} }).withClaim.name;

/**
 * An answer to a lease of the same replica is written by one statement (submit.sql.ts fastAnswerOf),
 * without the read before it; what it stores, counts and emits must be what the read-then-write way gives.
 */
describe('submit: an answer in one statement', () => {
  let t: TestApp;
  let requester: { token: string };
  const sent: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    // Every hot-path statement the API sends, by name.
    const pools = t.app.get(DispatchPools);
    for (const method of ['lease', 'commit'] as const) {
      const original = pools[method].bind(pools);
      pools[method] = ((statement: Prepared, values: unknown[]) => (sent.push(statement.name), original(statement, values))) as typeof original;
    }
  });
  afterAll(() => t.close());

  it('stores, counts and completes with the skill-weighted consensus and its events, reading nothing first', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 3 });
    const workers = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    // One expert against two workers of unknown skill (the prior): the expert's answer wins. (127/128: a
    // skill is a real, and this one converts to float8 exactly.)
    await t.sql(`INSERT INTO worker_skills (worker_id, skill, value) VALUES ($1, $2, 0.9921875)`, [workers[0].id, projectSkill(projectId)]);
    const events: FourmiEvent[] = [];
    t.app.get(EventBus).onEvent((e) => e.projectId === projectId && events.push(e));
    const leases = [];
    for (const worker of workers) leases.push((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.id);
    const labels = ['negative', 'positive', 'positive'];

    sent.length = 0;
    for (const [i, worker] of workers.entries()) expect((await submit(t, worker.token, leases[i], labels[i])).errors).toBeUndefined();
    // With `next` asked for, the answer's statement also claims; here there is no other task to lease.
    expect(sent.filter((name) => name.startsWith('fourmi_fast_answer'))).toHaveLength(3);
    expect(sent).not.toContain('fourmi_read_assignment');

    const [task] = await t.sql(`SELECT id::text, batch_id, status, submitted_count, consensus FROM tasks WHERE project_id = $1`, [projectId]);
    const expected = consensusOf('CLASSIFICATION', { labels: LABELS }, [
      { answer: { label: 'negative' }, accuracy: 0.9921875 },
      { answer: { label: 'positive' }, accuracy: SKILL_PRIOR_MEAN },
      { answer: { label: 'positive' }, accuracy: SKILL_PRIOR_MEAN },
    ]);
    expect(task).toMatchObject({ status: 'COMPLETED', submitted_count: 3, consensus: { voteKey: 'negative', votes: 1, confidence: expect.closeTo(expected?.confidence ?? NaN, 9) } });
    expect(await t.sql(`SELECT status, vote_key, answer FROM assignments WHERE task_id = $1 ORDER BY id`, [task.id])).toEqual(
      labels.map((label) => ({ status: 'SUBMITTED', vote_key: label, answer: { label } })),
    );

    await t.settle();
    await expect.poll(() => events.filter((e) => e.type === 'task.completed')).toHaveLength(1);
    const about = { projectId, batchId: task.batch_id, taskId: task.id };
    expect(events.filter((e) => e.type === 'assignment.submitted')).toEqual(leases.map((assignmentId) => expect.objectContaining({ type: 'assignment.submitted', ...about, assignmentId, id: expect.any(String), at: expect.any(String) })));
    expect(events.find((e) => e.type === 'task.completed')).toMatchObject({ ...about, consensus: task.consensus });
  });

  it('leaves repeats, answers it cannot check and answers to leases it did not hand out to the read-then-write way', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const first = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.id;

    sent.length = 0;
    const bad = await submit(t, worker.token, first, 'furious');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'answer.label' }] });
    expect(sent).toContain('fourmi_read_assignment');

    // The lease's hint was spent on the invalid answer: the valid one is read, then written.
    sent.length = 0;
    const good = await submit(t, worker.token, first, 'neutral', 'key-fast-0001');
    expect(good.data?.submitAnswer).toMatchObject({ status: 'SUBMITTED', next: { id: expect.any(String) } });
    expect(sent.slice(0, 2)).toEqual(['fourmi_read_assignment', 'fourmi_write_answer_claim']);

    // The next lease came with the answer: its answer goes in one statement; a repeat is read (and,
    // as it carries no next task, the next one is claimed apart).
    const second = good.data?.submitAnswer.next.id;
    sent.length = 0;
    expect((await submit(t, worker.token, second, 'neutral', 'key-fast-0002')).data?.submitAnswer.status).toBe('SUBMITTED');
    expect(sent[0]).toBe(LEAN_ANSWER);
    sent.length = 0;
    expect((await submit(t, worker.token, second, 'neutral', 'key-fast-0002')).data?.submitAnswer.status).toBe('SUBMITTED');
    expect(sent.filter((name) => /answer|assignment/.test(name))).toEqual(['fourmi_read_assignment']);
    expect(await t.sql(`SELECT count(*)::int AS answers FROM assignments WHERE project_id = $1 AND status = 'SUBMITTED'`, [projectId])).toEqual([{ answers: 2 }]);
  });

  it('breaks a tie as the read-then-write way does', async () => {
    // Two answers of equal weight disagree: the one already stored wins. The other is written in one
    // statement in the first project, read then written in the second (its hint spent on an invalid answer).
    const consensusAfter = async (slow: boolean) => {
      const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 2 });
      const [alice, bob] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
      const first = (await t.gql(CLAIM, { projectId }, alice.token)).data?.claimNext.id;
      const second = (await t.gql(CLAIM, { projectId }, bob.token)).data?.claimNext.id;
      expect((await submit(t, bob.token, second, 'negative')).errors).toBeUndefined();
      if (slow) await submit(t, alice.token, first, 'furious');
      sent.length = 0;
      expect((await submit(t, alice.token, first, 'positive')).errors).toBeUndefined();
      expect(sent.includes('fourmi_read_assignment')).toBe(slow);
      const [task] = await t.sql(`SELECT consensus FROM tasks WHERE project_id = $1`, [projectId]);
      return task.consensus;
    };
    const fast = await consensusAfter(false);
    expect(fast).toMatchObject({ voteKey: 'negative', votes: 1, confidence: expect.closeTo(0.4516, 4) });
    expect(await consensusAfter(true)).toEqual({ ...fast, confidence: expect.closeTo(fast.confidence, 9) });
  });

  it('writes nothing when another answer reached the task after its snapshot, and the answer is then read and written', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 2 });
    const [alice, bob] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const lease = (await t.gql(CLAIM, { projectId }, alice.token)).data?.claimNext.id;
    await t.gql(CLAIM, { projectId }, bob.token);
    // The task's count disagrees with its answers, as when an answer commits between the statement's
    // snapshot and its lock of the task.
    await t.sql(`UPDATE tasks SET submitted_count = 1 WHERE project_id = $1`, [projectId]);
    sent.length = 0;
    expect((await submit(t, alice.token, lease, 'positive')).errors).toBeUndefined();
    expect(sent.slice(0, 3)).toEqual([LEAN_ANSWER, 'fourmi_read_assignment', 'fourmi_write_answer_claim']);
    expect(await t.sql(`SELECT submitted_count, status FROM tasks WHERE project_id = $1`, [projectId])).toEqual([{ submitted_count: 2, status: 'COMPLETED' }]);
  });
});
