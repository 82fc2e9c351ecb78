import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, lockWaiters, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;
const PENDING = `{ pendingMassRejections { id assignmentIds } }`;

describe('a rejection held by the mass-rejection guard, repeated', () => {
  let t: TestApp;
  let requester: { token: string };
  let admin: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  /** Ten answers of one worker, none reviewed: rejecting three of them is held. */
  async function tenAnswers() {
    const { projectId } = await publishedProject(t, requester.token, { items: 10, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    return { projectId, worker, ids: await answerTasks(t, worker.token, projectId) };
  }
  const reject = (ids: string[]) => t.gql(REJECT, { ids, reason: 'Wrong label' }, requester.token);
  const pendingFor = async (ids: string[]) =>
    ((await t.gql(PENDING, {}, admin.token)).data?.pendingMassRejections as { id: string; assignmentIds: string[] }[]).filter((p) => p.assignmentIds.some((id) => ids.includes(id)));
  const requestOf = (message?: string) => message?.match(/request (\d+)/)?.[1];

  it('sent twice at once, names one request for the admins', async () => {
    const { ids } = await tenAnswers();
    const held = ids.slice(0, 3);
    // Both repeats reach the point of recording their request while the table is locked, then go on together.
    const db = t.app.get<DataSource>(getDataSourceToken());
    let responses: Promise<Awaited<ReturnType<typeof reject>>[]> | undefined;
    await db.transaction(async (tx) => {
      await tx.query(`LOCK TABLE mass_rejections IN SHARE ROW EXCLUSIVE MODE`);
      responses = Promise.all([reject(held), reject([...held].reverse())]);
      await lockWaiters(t, 2);
    });
    const [first, second] = await responses!;
    expect([first.errors?.[0].extensions?.code, second.errors?.[0].extensions?.code]).toEqual(['NEEDS_CONFIRMATION', 'NEEDS_CONFIRMATION']);
    expect(requestOf(second.errors?.[0].message)).toBe(requestOf(first.errors?.[0].message));
    expect(await pendingFor(held)).toEqual([{ id: requestOf(first.errors?.[0].message), assignmentIds: held }]);
  });

  it('sent again with more answers, is refused naming the request that already holds them', async () => {
    const { ids } = await tenAnswers();
    const first = await reject(ids.slice(0, 3));
    const request = requestOf(first.errors?.[0].message);
    const wider = await reject(ids.slice(0, 4));
    expect(wider.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(wider.errors?.[0].message).toBe(
      `3 of these answers already wait for an admin's decision (request ${request}); nothing was rejected. Reject the others on their own, or wait for the decision.`,
    );
    expect(wider.errors?.[0].extensions?.reason).toEqual({ key: 'massRejection.pending', params: { request, count: 3 } });
    expect(await pendingFor(ids.slice(0, 4))).toEqual([{ id: request, assignmentIds: ids.slice(0, 3) }]);
    expect(await t.sql(`SELECT count(*)::int AS rejected FROM assignments WHERE id = ANY($1::bigint[]) AND status = 'REJECTED'`, [ids])).toEqual([{ rejected: 0 }]);
  });

  it('declined, leaves the answers as they were and shows in the audit trail of the worker whose answers it spared', async () => {
    const { ids, worker } = await tenAnswers();
    const request = requestOf((await reject(ids.slice(0, 3))).errors?.[0].message);
    const DECIDE = `mutation($id: ID!) { decideMassRejection(id: $id, approve: false, note: "The answers look right to me") { status } }`;
    expect((await t.gql(DECIDE, { id: request }, admin.token)).data?.decideMassRejection).toEqual({ status: 'DECLINED' });
    expect(await t.sql(`SELECT count(*)::int AS submitted FROM assignments WHERE id = ANY($1::bigint[]) AND status = 'SUBMITTED'`, [ids])).toEqual([{ submitted: 10 }]);
    const TRAIL = `query($u: ID) { auditTrail(userId: $u) { total items { action subjectName reason } } }`;
    expect((await t.gql(TRAIL, { u: worker.id }, admin.token)).data?.auditTrail).toEqual({
      total: 1,
      items: [{ action: 'MASS_REJECTION_DECLINED', subjectName: `WORKER (${worker.email})`, reason: 'The answers look right to me' }],
    });
  });

  it('approved and declined at once, is decided once: the decline waits for the approval and is told it was approved', async () => {
    const { ids, worker } = await tenAnswers();
    const request = requestOf((await reject(ids.slice(0, 3))).errors?.[0].message);
    const DECIDE = `mutation($id: ID!, $approve: Boolean!, $note: String!) { decideMassRejection(id: $id, approve: $approve, note: $note) { status } }`;
    const decide = (approve: boolean, note: string) => t.gql(DECIDE, { id: request, approve, note }, admin.token);
    const db = t.app.get<DataSource>(getDataSourceToken());
    // The approval stops at the answers (held here); the decline is sent meanwhile and must not slip past it.
    const decisions = await db.transaction(async (tx) => {
      await tx.query(`SELECT id FROM assignments WHERE id = ANY($1::bigint[]) FOR UPDATE`, [ids.slice(0, 3)]);
      const approving = decide(true, 'Checked: wrong');
      await lockWaiters(t, 1);
      const declining = decide(false, 'Looks right to me');
      await Promise.race([declining, lockWaiters(t, 2).catch(() => false)]);
      return [approving, declining];
    });
    const [approved, declined] = await Promise.all(decisions);
    expect(approved.data?.decideMassRejection).toEqual({ status: 'APPROVED' });
    expect(declined.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(declined.errors?.[0].extensions?.reason).toEqual({ key: 'massRejection.decided', params: { decision: 'APPROVED' } });
    expect(await t.sql(`SELECT status, count(*)::int AS n FROM assignments WHERE id = ANY($1::bigint[]) GROUP BY status ORDER BY status`, [ids])).toEqual([
      { status: 'REJECTED', n: 3 },
      { status: 'SUBMITTED', n: 7 },
    ]);
    // One decision in the audit trail, not an approval and a decline.
    expect(await t.sql(`SELECT action, count(*)::int AS n FROM audit_events WHERE details->>'requestId' = $1 GROUP BY action`, [request])).toEqual([{ action: 'MASS_REJECTION_APPROVED', n: 2 }]);
    expect((await t.gql(`query($u: ID) { auditTrail(userId: $u) { total } }`, { u: worker.id }, admin.token)).data?.auditTrail).toEqual({ total: 1 });
  });

  it('approved while the requester accepts one of its answers, rejects the others and leaves the accepted one as it is', async () => {
    const { ids } = await tenAnswers();
    const held = ids.slice(0, 3);
    const request = requestOf((await reject(held)).errors?.[0].message);
    const [{ batch_id: batchId }] = await t.sql(`SELECT t.batch_id FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.id = $1`, [held[0]]);
    const db = t.app.get<DataSource>(getDataSourceToken());
    // The requester's acceptance holds the answer and waits for its batch (held here); the admin approves meanwhile.
    const decisions = await db.transaction(async (tx) => {
      await tx.query(`SELECT id FROM batches WHERE id = $1 FOR UPDATE`, [batchId]);
      const accepting = t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`, { ids: [held[0]] }, requester.token);
      await lockWaiters(t, 1);
      const approving = t.gql(`mutation($id: ID!) { decideMassRejection(id: $id, approve: true, note: "Checked: wrong") { status } }`, { id: request }, admin.token);
      await lockWaiters(t, 2);
      return [accepting, approving];
    });
    const [accepted, approved] = await Promise.all(decisions);
    expect(accepted.data?.acceptAssignments).toEqual([{ id: held[0], status: 'ACCEPTED' }]);
    expect(approved.data?.decideMassRejection).toEqual({ status: 'APPROVED' });
    expect(await t.sql(`SELECT id::text, status FROM assignments WHERE id = ANY($1::bigint[]) ORDER BY id`, [held])).toEqual([
      { id: held[0], status: 'ACCEPTED' },
      { id: held[1], status: 'REJECTED' },
      { id: held[2], status: 'REJECTED' },
    ]);
  });

  describe("the requester's view", () => {
    const HELD = `query($projectId: ID!) { heldRejections(projectId: $projectId) { id assignmentIds reason whyKey whyParams status decisionNote decidedAt } }`;
    const DECIDE = `mutation($id: ID!, $approve: Boolean!, $note: String!) { decideMassRejection(id: $id, approve: $approve, note: $note) { id status } }`;
    const heldOf = async (projectId: string, token = requester.token) => t.gql(HELD, { projectId }, token);

    it('names the request it was sent as, and lists it pending, then with the admin’s decision', async () => {
      const { projectId, ids } = await tenAnswers();
      const first = await reject(ids.slice(0, 3));
      expect(first.errors?.[0].extensions?.reason).toEqual({ key: 'massRejection.held', params: { request: requestOf(first.errors?.[0].message) } });
      const request = requestOf(first.errors?.[0].message);
      const pending = (await heldOf(projectId)).data?.heldRejections;
      expect(pending).toEqual([
        { id: request, assignmentIds: ids.slice(0, 3), reason: 'Wrong label', whyKey: 'massRejection.batch', whyParams: { answers: 10, rejected: 3, share: 0.2 }, status: 'PENDING', decisionNote: null, decidedAt: null },
      ]);
      expect((await t.gql(DECIDE, { id: request, approve: false, note: 'Two of them are right' }, admin.token)).errors).toBeUndefined();
      const [decided] = (await heldOf(projectId)).data?.heldRejections as { status: string; decisionNote: string; decidedAt: string }[];
      expect(decided).toMatchObject({ status: 'DECLINED', decisionNote: 'Two of them are right' });
      expect(new Date(decided.decidedAt).getTime()).toBeGreaterThan(0);
    });

    it('lists the pending requests before the decided ones', async () => {
      const { projectId, ids } = await tenAnswers();
      const decidedId = requestOf((await reject(ids.slice(0, 3))).errors?.[0].message)!;
      await t.gql(DECIDE, { id: decidedId, approve: true, note: 'Checked' }, admin.token);
      // Approved: three of ten rejected; the next three are held again (six of ten would be rejected).
      const pendingId = requestOf((await reject(ids.slice(3, 6))).errors?.[0].message)!;
      const list = (await heldOf(projectId)).data?.heldRejections as { id: string; status: string }[];
      expect(list.map((h) => [h.id, h.status])).toEqual([
        [pendingId, 'PENDING'],
        [decidedId, 'APPROVED'],
      ]);
    });

    it("is the project owner's alone", async () => {
      const { projectId, ids } = await tenAnswers();
      await reject(ids.slice(0, 3));
      const other = await t.user(Role.REQUESTER);
      const refused = await heldOf(projectId, other.token);
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(refused.data?.heldRejections).toBeUndefined();
      const worker = await t.user(Role.WORKER);
      expect((await heldOf(projectId, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
