import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const LIST = `{ workersToReview { workerId displayName email recentFlags lastFlagAt goldAccuracy goldAnswers banned } }`;

describe('workersToReview: where an admin starts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists flagged workers first and workers failing gold, not the others, for admins only', async () => {
    const requester = await t.user(Role.REQUESTER);
    const admin = await t.user(Role.ADMIN);
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 3 });
    const [hasty, failing, fine, barred] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    for (const worker of [hasty, fine]) {
      const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, lease.id, 'positive')).errors).toBeUndefined();
    }
    await t.sql(`INSERT INTO quality_flags (worker_id, project_id, kind, detail) VALUES ($1, $2, 'FAST_ANSWER', 'Answered in 0.4 s'), ($1, $2, 'FAST_ANSWER', 'Answered in 0.3 s')`, [hasty.id, projectId]);
    // An old flag no longer counts.
    await t.sql(`INSERT INTO quality_flags (worker_id, project_id, kind, detail, created_at) VALUES ($1, $2, 'FAST_ANSWER', 'long ago', now() - interval '40 days')`, [fine.id, projectId]);
    await t.sql(`INSERT INTO worker_skills (worker_id, skill, correct, total, value) VALUES ($1, $2, 2, 10, 0.35), ($3, $2, 10, 10, 0.95)`, [failing.id, `project:${projectId}`, fine.id]);
    await t.sql(`INSERT INTO worker_bans (worker_id, project_id, reason) VALUES ($1, $2, 'gold accuracy below 50 %')`, [failing.id, projectId]);
    // A fresh ban is there to be confirmed or lifted; one lifted, or long past, is not.
    await t.sql(`INSERT INTO worker_bans (worker_id, project_id, reason) VALUES ($1, $2, 'too fast')`, [barred.id, projectId]);
    await t.sql(`INSERT INTO worker_bans (worker_id, project_id, reason, lifted_at) VALUES ($1, $2, 'too fast', now())`, [fine.id, projectId]);

    const listed = (await t.gql(LIST, {}, admin.token)).data?.workersToReview;
    expect(listed.map((w: { workerId: string }) => w.workerId)).toEqual([hasty.id, failing.id, barred.id]);
    expect(listed[0]).toMatchObject({ recentFlags: 2, goldAccuracy: null, goldAnswers: 0, banned: false });
    expect(typeof listed[0].email).toBe('string');
    expect(listed[1]).toMatchObject({ recentFlags: 0, lastFlagAt: null, goldAnswers: 10, banned: true });
    expect(listed[1].goldAccuracy).toBeCloseTo(0.2, 6);
    expect(listed[2]).toMatchObject({ recentFlags: 0, goldAccuracy: null, banned: true });

    expect((await t.gql(LIST, {}, requester.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, {}, fine.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
