import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { EventBus } from '../events/event-bus';
import { DispatchPools } from './dispatch-pools';
import { DispatchService } from './dispatch.service';

describe('dispatch: claim and submit', () => {
  let t: TestApp;
  let requester: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
  });
  afterAll(() => t.close());

  it('leases one task, validates the answer, stores it and hands over the next task', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const feed = await t.gql(`{ availableProjects { id availableTasks rewardCents } }`, {}, worker.token);
    expect(feed.data?.availableProjects).toContainEqual({ id: projectId, availableTasks: 3, rewardCents: 5 });

    const claim = await t.gql(CLAIM, { projectId }, worker.token);
    const assignment = claim.data?.claimNext;
    expect(assignment.input).toEqual({ text: 'Review number 1' });

    const bad = await submit(t, worker.token, assignment.id, 'furious');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'answer.label' }] });
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [assignment.id])).toEqual([{ status: 'LEASED' }]);

    const good = await submit(t, worker.token, assignment.id, 'positive', 'key-0001-abcd');
    expect(good.data?.submitAnswer).toMatchObject({ assignmentId: assignment.id, status: 'SUBMITTED', next: { input: { text: 'Review number 2' } } });

    const retry = await submit(t, worker.token, assignment.id, 'positive', 'key-0001-abcd');
    expect(retry.data?.submitAnswer.status).toBe('SUBMITTED');
    const other = await submit(t, worker.token, assignment.id, 'negative', 'key-0002-abcd');
    expect(other.errors?.[0].extensions).toEqual({ code: 'ALREADY_SUBMITTED', fields: [], reason: { key: 'task.alreadyAnswered', params: {} } });
    expect(await t.sql(`SELECT answer FROM assignments WHERE id = $1`, [assignment.id])).toEqual([{ answer: { label: 'positive' } }]);
  });

  it('hands each task over with its project as the worker app shows it, the next one included', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    // The worker app's own selection (apps/worker runner.graphql).
    const task = `id input leaseExpiresAt project { id name instructions kind config rewardCents currency }`;
    const project = { id: projectId, name: 'Sentiment', instructions: 'Choose the **sentiment**.', kind: 'CLASSIFICATION', rewardCents: 5, currency: 'EUR' };
    const claim = await t.gql(`mutation($p: ID!) { claimNext(projectId: $p) { ${task} } }`, { p: projectId }, worker.token);
    expect(claim.data?.claimNext.project).toMatchObject(project);
    expect(claim.data?.claimNext.project.config.labels.map((l: { value: string }) => l.value)).toEqual(['positive', 'neutral', 'negative']);
    const answered = await t.gql(
      `mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { status next { ${task} } } }`,
      { i: { assignmentId: claim.data?.claimNext.id, answer: { label: 'neutral' }, idempotencyKey: 'key-0003-abcd' } },
      worker.token,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.submitAnswer.next).toMatchObject({ input: { text: 'Review number 2' }, project });
  });

  it('keeps a project in the feed of the worker holding its last task, and gives them that task again', async () => {
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const [holder, other] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const feedOf = async (worker: { token: string }) =>
      (await t.gql(`{ availableProjects { id availableTasks } }`, {}, worker.token)).data?.availableProjects.find((p: { id: string }) => p.id === projectId);
    const lease = (await t.gql(CLAIM, { projectId }, holder.token)).data?.claimNext;
    expect(await feedOf(holder)).toEqual({ id: projectId, availableTasks: 1 });
    expect(await feedOf(other)).toBeUndefined(); // the only slot is taken
    expect((await t.gql(CLAIM, { projectId }, holder.token)).data?.claimNext.id).toBe(lease.id);

    await t.gql(`mutation($id: ID!) { pauseBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    expect(await feedOf(holder)).toBeUndefined();
    await t.gql(`mutation($id: ID!) { resumeBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    expect(await feedOf(holder)).toEqual({ id: projectId, availableTasks: 1 });

    // Once the lease has run out, the task is no longer the holder's (nobody gets an item twice).
    await t.sql(`UPDATE assignments SET lease_expires_at = now() - interval '1 second' WHERE id = $1`, [lease.id]);
    expect(await feedOf(holder)).toBeUndefined();
  });

  it('counts a project’s available tasks in the feed up to 1,000, and says when there are more', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const feed = async () => (await t.gql(`{ availableProjects { id availableTasks moreTasksAvailable } }`, {}, worker.token)).data?.availableProjects.find((p: { id: string }) => p.id === projectId);
    const more = (n: number) =>
      t.sql(
        `INSERT INTO tasks (project_id, batch_id, input, target_overlap, status)
         SELECT project_id, batch_id, jsonb_build_object('text', 'more ' || g), 1, 'OPEN' FROM (SELECT * FROM tasks WHERE project_id = $1 LIMIT 1) t, generate_series(1, $2::int) g`,
        [projectId, n],
      );
    expect(await feed()).toEqual({ id: projectId, availableTasks: 2, moreTasksAvailable: false });
    await more(998);
    expect(await feed()).toEqual({ id: projectId, availableTasks: 1000, moreTasksAvailable: false });
    await more(200);
    expect(await feed()).toEqual({ id: projectId, availableTasks: 1000, moreTasksAvailable: true });
  });

  it('lets nobody answer somebody else’s assignment', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 2 });
    const [alice, bob] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const claim = await t.gql(CLAIM, { projectId }, alice.token);
    const stolen = await submit(t, bob.token, claim.data?.claimNext.id, 'neutral');
    expect(stolen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('respects overlap and never gives a worker the same item twice, with many workers at once', async () => {
    const items = 20;
    const overlap = 3;
    const { projectId } = await publishedProject(t, requester.token, { items, overlap });
    const workers = await Promise.all(Array.from({ length: 12 }, () => t.user(Role.WORKER)));
    const labels = ['positive', 'neutral', 'negative'];
    await Promise.all(
      workers.map(async (worker, w) => {
        let next = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
        while (next) {
          const result = await submit(t, worker.token, next.id, labels[w % 3]);
          expect(result.errors).toBeUndefined();
          next = result.data?.submitAnswer.next;
        }
      }),
    );
    const perTask = await t.sql(
      `SELECT t.id, t.submitted_count, t.live_count, t.status, count(a.id)::int AS answers
         FROM tasks t LEFT JOIN assignments a ON a.task_id = t.id AND a.status = 'SUBMITTED'
        WHERE t.project_id = $1 GROUP BY t.id`,
      [projectId],
    );
    expect(perTask).toHaveLength(items);
    for (const task of perTask) expect(task).toMatchObject({ submitted_count: overlap, live_count: overlap, status: 'COMPLETED', answers: overlap });
    const pairs = await t.sql(`SELECT count(*)::int AS n, count(DISTINCT (worker_id, task_id))::int AS distinct_pairs FROM assignments WHERE project_id = $1`, [projectId]);
    expect(pairs[0].n).toBe(pairs[0].distinct_pairs);
    expect(await t.sql(`SELECT count(*)::int AS n FROM assignments WHERE project_id = $1 AND status = 'LEASED'`, [projectId])).toEqual([{ n: 0 }]);
    // Twelve workers at once, and the hot path's pools stayed small (dispatch-pools.ts HOT_POOL_MAX).
    const pools = t.app.get(DispatchPools);
    for (const pool of [pools['leasing'], pools['durable']]) expect(pool.totalCount).toBeLessThanOrEqual(6);
  });

  it('counts every one of many simultaneous answers to one item, and its consensus sees them all', async () => {
    const overlap = 8;
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap });
    const workers = await Promise.all(Array.from({ length: overlap }, () => t.user(Role.WORKER)));
    const leases = await Promise.all(workers.map(async (w) => (await t.gql(CLAIM, { projectId }, w.token)).data?.claimNext.id as string));
    const labels = ['positive', 'positive', 'positive', 'positive', 'positive', 'negative', 'negative', 'neutral'];
    await t.settle(); // batch.published is relayed before listening
    const heard: string[] = [];
    t.app.get(EventBus).onEvent((e) => e.projectId === projectId && heard.push(e.type));
    const results = await Promise.all(workers.map((w, i) => submit(t, w.token, leases[i]!, labels[i]!)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const [task] = await t.sql(`SELECT submitted_count, status, consensus->>'voteKey' AS answer, (consensus->>'votes')::int AS votes FROM tasks WHERE project_id = $1`, [projectId]);
    expect(task).toEqual({ submitted_count: overlap, status: 'COMPLETED', answer: 'positive', votes: 5 });
    // Each event relayed once: one per answer, one completion, and the batch's progress and end.
    await t.settle();
    await expect.poll(() => heard.length).toBe(overlap + 3);
    expect(heard.sort()).toEqual([...Array(overlap).fill('assignment.submitted'), 'batch.completed', 'batch.progress', 'task.completed']);
  });

  it('walks on from a worker’s last claim, and still serves a task reopened behind it', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const [ahead, other] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const held = (await t.gql(CLAIM, { projectId }, other.token)).data?.claimNext;
    expect(held.input).toEqual({ text: 'Review number 1' });
    let next = (await t.gql(CLAIM, { projectId }, ahead.token)).data?.claimNext;
    const seen: string[] = [];
    while (next) {
      seen.push(next.input.text);
      next = (await submit(t, ahead.token, next.id, 'neutral')).data?.submitAnswer.next;
    }
    expect(seen).toEqual(['Review number 2', 'Review number 3']);
    // Item 1 reopens behind the worker's cursor: their next claim finds it all the same.
    await t.gql(`mutation($id: ID!) { releaseAssignment(assignmentId: $id) }`, { id: held.id }, other.token);
    expect((await t.gql(CLAIM, { projectId }, ahead.token)).data?.claimNext.input).toEqual({ text: 'Review number 1' });
  });

  it('serves simultaneous claims of one worker without an error, each a task of theirs', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 10, overlap: 2 });
    const worker = await t.user(Role.WORKER);
    // Claims that start together race to the same task (the unique key refuses all but one), and may
    // each lease a task before any sees another's lease to hand over again.
    const claims = await Promise.all(Array.from({ length: 8 }, () => t.gql(CLAIM, { projectId }, worker.token)));
    expect(claims.flatMap((c) => c.errors ?? [])).toEqual([]);
    const leases = await t.sql(`SELECT id::text, task_id FROM assignments WHERE worker_id = (SELECT worker_id FROM assignments WHERE id = $1) AND status = 'LEASED'`, [claims[0]?.data?.claimNext.id]);
    expect(new Set(leases.map((l) => l.task_id)).size).toBe(leases.length);
    for (const claim of claims) expect(leases.map((l) => l.id)).toContain(claim.data?.claimNext.id);
  });

  it('hands a worker who comes back the task they hold, and a new one once it is answered, given back or expired', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 5, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const first = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    // A reload, or the same worker on another device.
    const again = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    expect(again).toEqual(first);
    expect(await t.sql(`SELECT count(*)::int AS n FROM assignments WHERE project_id = $1`, [projectId])).toEqual([{ n: 1 }]);
    // Resumed, it is answered as any lease is.
    const answered = await submit(t, worker.token, again.id, 'positive');
    expect(answered.data?.submitAnswer.status).toBe('SUBMITTED');
    const next = answered.data?.submitAnswer.next;
    expect(next.input).not.toEqual(first.input);
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.id).toBe(next.id);

    const skipped = await t.gql(`mutation($id: ID!) { skipAssignment(assignmentId: $id) { id input } }`, { id: next.id }, worker.token);
    expect(skipped.data?.skipAssignment.input).not.toEqual(next.input);
    await t.sql(`UPDATE assignments SET lease_expires_at = now() - interval '1 second' WHERE id = $1`, [skipped.data?.skipAssignment.id]);
    const afterExpiry = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    expect(afterExpiry.id).not.toBe(skipped.data?.skipAssignment.id);
    expect([first.input, next.input, skipped.data?.skipAssignment.input]).not.toContainEqual(afterExpiry.input);
  });

  it('frees an expired lease; a late answer is kept while the slot is free and refused once it is taken', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1, leaseSeconds: 30 });
    const [slow, quick, late] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const first = (await t.gql(CLAIM, { projectId }, slow.token)).data?.claimNext;
    expect((await t.gql(CLAIM, { projectId }, quick.token)).data?.claimNext).toBeNull();

    await t.sql(`UPDATE assignments SET lease_expires_at = now() - interval '1 minute' WHERE id = $1`, [first.id]);
    const second = (await t.gql(CLAIM, { projectId }, quick.token)).data?.claimNext;
    expect(second.input).toEqual(first.input);
    const refused = await submit(t, slow.token, first.id, 'neutral');
    expect(refused.errors?.[0].extensions).toEqual({ code: 'LEASE_EXPIRED', fields: [], reason: { key: 'task.leaseExpired', params: {} } });
    expect((await submit(t, quick.token, second.id, 'neutral')).data?.submitAnswer.status).toBe('SUBMITTED');

    // A late answer whose slot nobody took is kept.
    const { projectId: other } = await publishedProject(t, requester.token, { items: 1, overlap: 1, leaseSeconds: 30 });
    const lease = (await t.gql(CLAIM, { projectId: other }, late.token)).data?.claimNext;
    await t.sql(`UPDATE assignments SET lease_expires_at = now() - interval '1 minute' WHERE id = $1`, [lease.id]);
    await t.sql(`SELECT 1`);
    const kept = await submit(t, late.token, lease.id, 'positive');
    expect(kept.data?.submitAnswer.status).toBe('SUBMITTED');
  });

  it('the minute’s sweep frees every expired lease in one run, chunk after chunk, and their items go out again', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 7, overlap: 1, leaseSeconds: 30 });
    const workers = await Promise.all(Array.from({ length: 7 }, () => t.user(Role.WORKER)));
    const leases = [];
    for (const w of workers) leases.push((await t.gql(CLAIM, { projectId }, w.token)).data?.claimNext);
    const dispatch = t.app.get(DispatchService);
    await dispatch.sweepExpiredLeases(); // whatever earlier cases left
    await t.sql(`UPDATE assignments SET lease_expires_at = now() - interval '1 minute' WHERE project_id = $1`, [projectId]);
    dispatch.sweepChunk = 2;
    try {
      expect(await dispatch.sweepExpiredLeases()).toBe(7);
    } finally {
      dispatch.sweepChunk = 5000;
    }
    expect(await t.sql(`SELECT status, count(*)::int AS n FROM assignments WHERE project_id = $1 GROUP BY status`, [projectId])).toEqual([{ status: 'EXPIRED', n: 7 }]);
    expect(await t.sql(`SELECT sum(live_count)::int AS live FROM tasks WHERE project_id = $1`, [projectId])).toEqual([{ live: 0 }]);
    const again = (await t.gql(CLAIM, { projectId }, (await t.user(Role.WORKER)).token)).data?.claimNext;
    expect(leases.map((l) => l.input)).toContainEqual(again.input);
  });

  it('the minute’s sweep ends a suspended worker’s leases, so their items go to others at once', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1, leaseSeconds: 86_400 });
    const [suspended, other] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const lease = (await t.gql(CLAIM, { projectId }, suspended.token)).data?.claimNext;
    expect((await t.gql(CLAIM, { projectId }, other.token)).data?.claimNext).toBeNull();

    await t.sql(`UPDATE users SET status = 'BANNED' WHERE id = $1`, [suspended.id]);
    await t.app.get(DispatchService).sweepExpiredLeases();
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [lease.id])).toEqual([{ status: 'EXPIRED' }]);
    expect((await t.gql(CLAIM, { projectId }, other.token)).data?.claimNext.input).toEqual(lease.input);
  });
});
