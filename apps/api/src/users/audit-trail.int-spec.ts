import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const TRAIL = `query($userId: ID, $offset: Int, $limit: Int) {
  auditTrail(userId: $userId, offset: $offset, limit: $limit) { total items { action actorName subjectKind subjectId subjectName reason } }
}`;
const BAN = `mutation($w: ID!, $r: String!) { banWorker(workerId: $w, reason: $r) }`;

describe('auditTrail: what admins did, for admins to see', () => {
  let t: TestApp;
  let admin: { id: string; token: string; email: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user(Role.ADMIN, 'Ada Admin');
  });
  afterAll(() => t.close());

  it('lists bans and lifts newest first, naming the admin and the worker, with the reason; a person’s own trail is theirs alone', async () => {
    const [sam, zoe] = [await t.user(Role.WORKER, 'Sam Spam'), await t.user(Role.WORKER, 'Zoé Rapide')];
    const ban = (await t.gql(BAN, { w: sam.id, r: 'Copies answers from a bot' }, admin.token)).data?.banWorker;
    await t.gql(`mutation($b: ID!) { liftBan(banId: $b, reason: "Talked it through") }`, { b: ban }, admin.token);
    await t.gql(BAN, { w: zoe.id, r: 'Answers in under a second' }, admin.token);

    const all = (await t.gql(TRAIL, {}, admin.token)).data?.auditTrail;
    expect(all.total).toBe(3);
    expect(all.items).toEqual([
      { action: 'BAN', actorName: 'Ada Admin', subjectKind: 'USER', subjectId: zoe.id, subjectName: `Zoé Rapide (${zoe.email.toLowerCase()})`, reason: 'Answers in under a second' },
      { action: 'LIFT_BAN', actorName: 'Ada Admin', subjectKind: 'USER', subjectId: sam.id, subjectName: `Sam Spam (${sam.email.toLowerCase()})`, reason: 'Talked it through' },
      { action: 'BAN', actorName: 'Ada Admin', subjectKind: 'USER', subjectId: sam.id, subjectName: `Sam Spam (${sam.email.toLowerCase()})`, reason: 'Copies answers from a bot' },
    ]);

    const sams = (await t.gql(TRAIL, { userId: sam.id }, admin.token)).data?.auditTrail;
    expect(sams.items.map((e: { action: string }) => e.action)).toEqual(['LIFT_BAN', 'BAN']);
    // Paged: the total stays known past the last entry.
    const past = (await t.gql(TRAIL, { offset: 10, limit: 5 }, admin.token)).data?.auditTrail;
    expect(past).toEqual({ total: 3, items: [] });
  });

  it('gives a person’s own trail what they did as well as what was done about them', async () => {
    const requester = await t.user(Role.REQUESTER, 'Rita Requester');
    const projectId = (
      await t.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        { input: { name: 'Tone', instructions: '', kind: 'CLASSIFICATION', config: { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] }, rewardCents: 5, overlap: 1 } },
        requester.token,
      )
    ).data?.createProject.id;
    await t.gql(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, { input: { id: projectId, name: 'Mood', instructions: '' } }, requester.token);
    const ritas = (await t.gql(TRAIL, { userId: requester.id }, admin.token)).data?.auditTrail;
    expect(ritas).toEqual({ total: 1, items: [{ action: 'PROJECT_EDITED', actorName: 'Rita Requester', subjectKind: 'PROJECT', subjectId: projectId, subjectName: 'Mood', reason: '' }] });
    // An admin's own trail: their decisions, about everyone.
    const adas = (await t.gql(TRAIL, { userId: admin.id, limit: 100 }, admin.token)).data?.auditTrail;
    expect(adas.total).toBeGreaterThanOrEqual(3);
    expect(adas.items.every((e: { actorName: string }) => e.actorName === 'Ada Admin')).toBe(true);
  });

  it('is for admins only, and names a bad person id as such', async () => {
    const requester = await t.user(Role.REQUESTER);
    expect((await t.gql(TRAIL, {}, requester.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(TRAIL, { userId: 'W-1234' }, admin.token);
    expect(bad.errors?.[0].message).toContain('No such person');
  });
});
