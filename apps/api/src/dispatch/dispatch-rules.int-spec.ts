import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { DispatchService } from './dispatch.service';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishBatch(batchId: $id) { status } }`;
const GOLD = `mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id isGold itemCount } }`;
const CLAIM_ANY = `mutation { claimNext { id input project { id } } }`;

describe('dispatch rules: eligibility, gold, give-backs, batch lifecycle', () => {
  let t: TestApp;
  let requester: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
  });
  afterAll(() => t.close());

  async function project(extra: Record<string, unknown>, items: number) {
    const input = { name: 'P', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2, ...extra };
    const created = await t.gql(CREATE, { input }, requester.token);
    const projectId = created.data?.createProject.id;
    const batch = await t.gql(BATCH, { input: { projectId, items: Array.from({ length: items }, (_, i) => ({ text: `item ${i + 1}` })) } }, requester.token);
    await t.gql(`mutation($c: Int!) { createTopUp(amountCents: $c) { status } }`, { c: 1000 }, requester.token);
    const published = await t.gql(PUBLISH, { id: batch.data?.createBatch.id }, requester.token);
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    return { projectId: projectId as string, batchId: batch.data?.createBatch.id as string };
  }

  it('keeps banned workers and workers without the language away, saying why', async () => {
    const { projectId } = await project({ languages: ['fr'] }, 2);
    const english = await t.user(Role.WORKER);
    const french = await t.user(Role.WORKER);
    await t.gql(`mutation { updateProfile(input: { languages: ["fr", "en"] }) { languages } }`, {}, french.token);

    const refused = await t.gql(CLAIM, { projectId }, english.token);
    // The reason comes as a key and its values too, for the worker app to say it in the worker's language.
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('fr'),
      extensions: { code: 'FORBIDDEN', reason: { key: 'claim.language', params: { languages: ['fr'] } } },
    });
    expect((await t.gql(`{ availableProjects { id } }`, {}, english.token)).data?.availableProjects).not.toContainEqual({ id: projectId });
    expect((await t.gql(CLAIM, { projectId }, french.token)).data?.claimNext.input).toEqual({ text: 'item 1' });

    await t.sql(`INSERT INTO worker_bans (worker_id, project_id, reason) VALUES ($1, $2, 'gold accuracy below 50 %')`, [french.id, projectId]);
    const banned = await t.gql(CLAIM, { projectId }, french.token);
    expect(banned.errors?.[0].message).toContain('gold accuracy below 50 %');
    expect(banned.errors?.[0].extensions?.reason).toEqual({ key: 'claim.banned', params: { reason: 'gold accuracy below 50 %' } });
    expect((await t.gql(`{ availableProjects { id } }`, {}, french.token)).data?.availableProjects).not.toContainEqual({ id: projectId });
  });

  it('mixes gold at the project ratio, never twice to a worker, without its answer, outside the consensus', async () => {
    const { projectId } = await project({ goldRatio: 0.5 }, 3);
    const gold = await t.gql(GOLD, { input: { projectId, items: [{ input: { text: 'gold one' }, answer: { label: 'negative' }, explanation: 'It says broken' }] } }, requester.token);
    expect(gold.data?.addGoldItems).toMatchObject({ isGold: true, itemCount: 1 });
    const badGold = await t.gql(GOLD, { input: { projectId, items: [{ input: { text: 'x' }, answer: { label: 'furious' } }] } }, requester.token);
    expect(badGold.errors?.[0].extensions?.fields?.[0].path).toBe('items[0].answer.label');

    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0; // every claim tries gold first
    try {
      const worker = await t.user(Role.WORKER);
      const first = await t.gql(CLAIM, { projectId }, worker.token);
      expect(first.data?.claimNext.input).toEqual({ text: 'gold one' });
      expect(JSON.stringify(first.data)).not.toContain('negative');
      const after = await submit(t, worker.token, first.data?.claimNext.id, 'positive');
      expect(after.data?.submitAnswer.next.input).toEqual({ text: 'item 1' });
      const [scored] = await t.sql(`SELECT is_gold, gold_score FROM assignments WHERE id = $1`, [first.data?.claimNext.id]);
      expect(scored).toEqual({ is_gold: true, gold_score: 0 });
      const [goldTask] = await t.sql(`SELECT submitted_count, consensus FROM tasks WHERE is_gold AND project_id = $1`, [projectId]);
      expect(goldTask).toEqual({ submitted_count: 0, consensus: null });
    } finally {
      dispatch.random = Math.random;
    }
  });

  it('leases the next task with an answer: gold at its turn, none once the worker is banned, the answer kept', async () => {
    const { projectId } = await project({ goldRatio: 0.2 }, 4);
    await t.gql(GOLD, { input: { projectId, items: [{ input: { text: 'gold two' }, answer: { label: 'positive' } }] } }, requester.token);
    const dispatch = t.app.get(DispatchService);
    const worker = await t.user(Role.WORKER);
    try {
      dispatch.random = () => 0.99; // no gold
      const first = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect(first.input).toEqual({ text: 'item 1' });
      const second = (await submit(t, worker.token, first.id, 'positive')).data?.submitAnswer.next;
      expect(second.input).toEqual({ text: 'item 2' });
      dispatch.random = () => 0; // gold's turn: drawn once, for the lease handed over with the answer
      const third = (await submit(t, worker.token, second.id, 'neutral')).data?.submitAnswer.next;
      expect(third.input).toEqual({ text: 'gold two' });
      dispatch.random = () => 0.99;
      const fourth = (await submit(t, worker.token, third.id, 'positive')).data?.submitAnswer.next;
      expect(fourth.input).toEqual({ text: 'item 3' });

      await t.sql(`INSERT INTO worker_bans (worker_id, project_id, reason) VALUES ($1, $2, 'too fast')`, [worker.id, projectId]);
      const last = await submit(t, worker.token, fourth.id, 'negative');
      expect(last.errors).toBeUndefined();
      expect(last.data?.submitAnswer).toMatchObject({ status: 'SUBMITTED', next: null });
      const rows = await t.sql(`SELECT t.input->>'text' AS text, a.status FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.worker_id = $1 ORDER BY a.id`, [worker.id]);
      expect(rows).toEqual(['item 1', 'item 2', 'gold two', 'item 3'].map((text) => ({ text, status: 'SUBMITTED' })));
    } finally {
      dispatch.random = Math.random;
    }
  });

  it('serves an exam’s gold after its regular items, each once, so the exam can be finished; ordinary projects do not', async () => {
    const rules = { examGoldAnswers: 2, examPassAccuracy: 0.5, examGrantsSkill: 'sentiment-exam' };
    const { projectId } = await project({ goldRatio: 0, overlap: 1, qualityRules: rules }, 1);
    const { projectId: ordinary } = await project({ goldRatio: 0.5, overlap: 1 }, 1);
    for (const id of [projectId, ordinary]) {
      const items = ['gold a', 'gold b'].map((text) => ({ input: { text }, answer: { label: 'positive' } }));
      expect((await t.gql(GOLD, { input: { projectId: id, items } }, requester.token)).errors).toBeUndefined();
    }
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0.99; // no gold drawn: the regular item comes first in both
    const worker = await t.user(Role.WORKER);
    const feed = async () => (await t.gql(`{ availableProjects { id availableTasks } }`, {}, worker.token)).data?.availableProjects;
    try {
      const answered: string[] = [];
      for (let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext; lease; ) {
        answered.push(lease.input.text);
        if (answered.length === 1) expect(await feed()).toContainEqual({ id: projectId, availableTasks: 3 });
        lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
      }
      expect(answered).toEqual(['item 1', 'gold a', 'gold b']);
      expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext).toBeNull();
      const [skill] = await t.sql(`SELECT value FROM worker_skills WHERE worker_id = $1 AND skill = 'sentiment-exam'`, [worker.id]);
      expect(skill.value).toBeGreaterThanOrEqual(0.5);

      // Elsewhere gold stays hidden among the work: none once the regular items are gone.
      const first = (await t.gql(CLAIM, { projectId: ordinary }, worker.token)).data?.claimNext;
      expect(first.input).toEqual({ text: 'item 1' });
      expect((await submit(t, worker.token, first.id, 'positive')).data?.submitAnswer.next).toBeNull();
      expect((await t.gql(CLAIM, { projectId: ordinary }, worker.token)).data?.claimNext).toBeNull();
      const ids = (await feed()).map((p: { id: string }) => p.id);
      expect(ids).not.toContain(ordinary);
      expect(ids).not.toContain(projectId);
    } finally {
      dispatch.random = Math.random;
    }
  });

  it('lets a worker skip or release a task: the slot reopens, and they never get that item again', async () => {
    const { projectId } = await project({ overlap: 1 }, 2);
    const [alice, bob] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const first = (await t.gql(CLAIM, { projectId }, alice.token)).data?.claimNext;
    const skipped = await t.gql(`mutation($id: ID!) { skipAssignment(assignmentId: $id) { input } }`, { id: first.id }, alice.token);
    expect(skipped.data?.skipAssignment.input).toEqual({ text: 'item 2' });
    expect((await t.gql(CLAIM, { projectId }, bob.token)).data?.claimNext.input).toEqual({ text: 'item 1' });
    const released = await t.gql(`mutation($id: ID!) { releaseAssignment(assignmentId: $id) }`, { id: first.id }, alice.token);
    expect(released.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('claims from any project when none is named, higher priority first', async () => {
    const worker = await t.user(Role.WORKER);
    const { projectId: low } = await project({}, 1);
    const { projectId: high } = await project({}, 1);
    await t.sql(`UPDATE projects SET priority = 10 WHERE id = $1`, [high]);
    await t.sql(`UPDATE projects SET status = 'ARCHIVED' WHERE id <> ALL($1::uuid[])`, [[low, high]]);
    const first = (await t.gql(CLAIM_ANY, {}, worker.token)).data?.claimNext;
    expect(first.project.id).toBe(high);
    // Until answered, the task is the worker's, and claiming again hands it back rather than leaving it held.
    expect((await t.gql(CLAIM_ANY, {}, worker.token)).data?.claimNext.id).toBe(first.id);
    await submit(t, worker.token, first.id, 'positive');
    const second = await t.gql(CLAIM_ANY, {}, worker.token);
    expect(second.data?.claimNext.project.id).toBe(low);
    await t.sql(`UPDATE projects SET status = 'ACTIVE'`);
  });

  it('pauses, resumes, completes by itself with its last item, and cancels with leases returned', async () => {
    const { projectId, batchId } = await project({ overlap: 1 }, 2);
    const worker = await t.user(Role.WORKER);
    const pause = await t.gql(`mutation($id: ID!) { pauseBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    expect(pause.data?.pauseBatch.status).toBe('PAUSED');
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext).toBeNull();
    await t.gql(`mutation($id: ID!) { resumeBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    let next = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (next) next = (await submit(t, worker.token, next.id, 'neutral')).data?.submitAnswer.next;
    await t.settle();
    const [done] = await t.sql(`SELECT status, completed_count FROM batches WHERE id = $1`, [batchId]);
    expect(done).toEqual({ status: 'COMPLETED', completed_count: 2 });

    const other = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const lease = (await t.gql(CLAIM, { projectId: other.projectId }, worker.token)).data?.claimNext;
    const cancelled = await t.gql(`mutation($id: ID!) { cancelBatch(batchId: $id) { status } }`, { id: other.batchId }, requester.token);
    expect(cancelled.data?.cancelBatch.status).toBe('CANCELLED');
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [lease.id])).toEqual([{ status: 'RETURNED' }]);
    expect((await submit(t, worker.token, lease.id, 'neutral')).errors?.[0].extensions?.code).toBe('CONFLICT');
    const again = await t.gql(`mutation($id: ID!) { cancelBatch(batchId: $id) { status } }`, { id: other.batchId }, requester.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
