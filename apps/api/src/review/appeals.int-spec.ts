import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, CLAIM, LABELS, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BatchEscrowService } from '../ledger/batch-escrow.service';
import { checkLedger } from '../ledger/ledger-check';
import { AutoAcceptance } from './auto-acceptance';

const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;

describe('acceptance policy, rejection evidence, the mass-rejection guard and appeals', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  let admin: { token: string; id: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    admin = await t.user(Role.ADMIN);
    await topUp(t, requester.token, 100_000);
  });
  afterAll(() => t.close());

  /** A project whose `items` items were each answered once by one new worker; returns the assignment ids. */
  async function answered(items: number, extra: Record<string, unknown> = {}) {
    const input = { name: 'Reviewed', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 50, overlap: 1, ...extra };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: items }, (_, i) => ({ text: `item ${i}` })) } }, requester.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    const worker = await t.user(Role.WORKER);
    const ids: string[] = [];
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (lease) {
      ids.push(lease.id);
      lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
    }
    return { projectId, worker, ids };
  }

  it('holds a rejection of more than 20 % of a worker’s answers for an admin, who approves it (audited)', async () => {
    const { ids, worker } = await answered(10);
    expect((await t.gql(REJECT, { ids: ids.slice(0, 2), reason: 'Clearly wrong' }, requester.token)).data?.rejectAssignments).toHaveLength(2);
    const held = await t.gql(REJECT, { ids: [ids[2]], reason: 'Also wrong' }, requester.token);
    expect(held.errors?.[0].extensions?.code).toBe('NEEDS_CONFIRMATION');
    // One worker answered the whole batch, so the batch share and the worker share are the same here.
    expect(held.errors?.[0].message).toMatch(/^This rejection needs an admin's confirmation: 3 of the batch's 10 answers would be rejected \(over 20%\)\. It was sent to the admins/);
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [ids[2]])).toEqual([{ status: 'SUBMITTED' }]);
    // Sending it again (a second click, a retry) names the same request: the admins get one, not two.
    const again = await t.gql(REJECT, { ids: [ids[2]], reason: 'Also wrong' }, requester.token);
    expect(again.errors?.[0].message.match(/request \d+/)?.[0]).toBe(held.errors?.[0].message.match(/request \d+/)?.[0]);

    const pending = (await t.gql(`{ pendingMassRejections { id assignmentIds reason why whyKey whyParams workers { id name email answers } } }`, {}, admin.token)).data?.pendingMassRejections;
    expect(pending).toEqual([
      {
        id: expect.any(String),
        assignmentIds: [ids[2]],
        reason: 'Also wrong',
        why: "3 of the batch's 10 answers would be rejected (over 20%)",
        // Its values, for the console to word in the admin's language.
        whyKey: 'massRejection.batch',
        whyParams: { rejected: 3, answers: 10, share: 0.2 },
        // Whose answers they are, named for the admin.
        workers: [{ id: worker.id, name: 'WORKER', email: worker.email, answers: 1 }],
      },
    ]);
    const decided = await t.gql(`mutation($id: ID!) { decideMassRejection(id: $id, approve: true, note: "Checked: the answers are wrong") { status } }`, { id: pending[0].id }, admin.token);
    expect(decided.data?.decideMassRejection.status).toBe('APPROVED');
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [ids[2]])).toEqual([{ status: 'REJECTED' }]);
    // Audited about the requester who asked and about the worker whose answers it rejected, each in their own trail.
    const audited = await t.sql(`SELECT action, subject_id, details FROM audit_events WHERE actor_id = $1 ORDER BY id`, [admin.id]);
    expect(audited).toEqual([
      { action: 'MASS_REJECTION_APPROVED', subject_id: requester.id, details: { requestId: pending[0].id, assignments: 1 } },
      { action: 'MASS_REJECTION_APPROVED', subject_id: worker.id, details: { requestId: pending[0].id, assignments: 1 } },
    ]);
    const trail = (await t.gql(`query($u: ID) { auditTrail(userId: $u) { total items { action reason } } }`, { u: worker.id }, admin.token)).data?.auditTrail;
    expect(trail).toEqual({ total: 1, items: [{ action: 'MASS_REJECTION_APPROVED', reason: 'Checked: the answers are wrong' }] });
  });

  it('counts the batch’s rejections across its workers, and an overturned one no longer counts', async () => {
    const input = { name: 'Shared', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 50, overlap: 2 };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: 10 }, (_, i) => ({ text: `item ${i}` })) } }, requester.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    const answerAll = async (worker: { token: string }) => {
      const ids: string[] = [];
      let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      for (; lease; lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next) ids.push(lease.id);
      return ids;
    };
    const [a, b] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const [fromA, fromB] = [await answerAll(a), await answerAll(b)];
    const reject = (ids: string[]) => t.gql(REJECT, { ids, reason: 'Wrong label' }, requester.token);
    expect((await reject(fromA.slice(0, 2))).data?.rejectAssignments).toHaveLength(2);
    // The relay may not have counted B's answers yet: a count trailing the answers never holds a request.
    await t.settle();
    await t.sql(`UPDATE batches SET answer_count = 10 WHERE id = $1`, [batch.data?.createBatch.id]);
    expect((await reject(fromB.slice(0, 2))).data?.rejectAssignments).toHaveLength(2); // 4 of the batch's 20: not over 20 %
    const held = await reject([fromB[2]]);
    expect(held.errors?.[0].message).toMatch(/needs an admin's confirmation: 5 of the batch's 20 answers would be rejected/);

    // One of B's rejections overturned on appeal: the batch has 3 rejected, so a fourth is not "mass".
    const appealed = await t.gql(`mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`, { id: fromB[0], m: 'My label matches the instructions.' }, b.token);
    await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appealed.data?.appealRejection.appealId }, admin.token);
    const pending = (await t.gql(`{ pendingMassRejections { id assignmentIds } }`, {}, admin.token)).data?.pendingMassRejections;
    const mine = pending.find((p: { assignmentIds: string[] }) => p.assignmentIds.includes(fromB[2]));
    await t.gql(`mutation($id: ID!) { decideMassRejection(id: $id, approve: false, note: "Not needed any more") { status } }`, { id: mine.id }, admin.token);
    expect((await reject([fromB[2]])).data?.rejectAssignments).toEqual([{ id: fromB[2], status: 'REJECTED' }]);
  });

  /** A batch of four items, three answered by one worker: the first two accepted. */
  async function threeOfFourAnswered() {
    const input = { name: 'Race', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 50, overlap: 1 };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batchId = (await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: 4 }, (_, i) => ({ text: `item ${i}` })) } }, requester.token)).data?.createBatch.id;
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    const worker = await t.user(Role.WORKER);
    const ids = await answerTasks(t, worker.token, projectId, 'positive', 3);
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: ids.slice(0, 2) }, requester.token);
    return { batchId, worker, ids };
  }

  /**
   * The relay's pass, by hand: batch `batchId` locked and completed, its unused escrow returned, while
   * `request` is on its way (it reads the batch before it can lock it). Returns the request's response.
   */
  async function racingCompletion(batchId: string, request: () => Promise<unknown>): Promise<unknown> {
    const db = t.app.get<DataSource>(getDataSourceToken());
    let response: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE batches SET status = 'COMPLETED' WHERE id = $1`, [batchId]);
      response = request();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await t.app.get(BatchEscrowService).release(tx, batchId);
    });
    return response;
  }

  const escrowOf = async (batchId: string) =>
    (await t.sql(`SELECT coalesce(sum(e.amount), 0)::int AS cents FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.owner_kind = 'BATCH' AND a.owner_id = $1`, [batchId]))[0].cents;

  it('pays an overturn whose batch the relay completes meanwhile from the requester, as for any ended batch', async () => {
    const { batchId, worker, ids } = await threeOfFourAnswered();
    await t.gql(REJECT, { ids: [ids[2]], reason: 'Wrong label' }, requester.token);
    const appealId = (await t.gql(`mutation($id: ID!) { appealRejection(assignmentId: $id, message: "My label matches the instructions.") { appealId } }`, { id: ids[2] }, worker.token)).data?.appealRejection.appealId;
    const overturn = () => t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appealId }, admin.token);
    expect(await racingCompletion(batchId, overturn)).toEqual({ data: { decideAppeal: { appealStatus: 'OVERTURNED' } } });
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [ids[2]])).toEqual([{ status: 'ACCEPTED' }]);
    expect(await escrowOf(batchId)).toBe(0);
    expect((await checkLedger((text, params) => t.sql(text, params))).problems).toEqual([]);
  });

  it('refuses an overturn the requester’s balance cannot pay once the batch has ended, with its reason, and changes nothing', async () => {
    const poor = await t.user(Role.REQUESTER);
    await topUp(t, poor.token, 1_000);
    const input = { name: 'Short', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 50, overlap: 1 };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, poor.token)).data?.createProject.id;
    const batchId = (await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: [{ text: 'only item' }] } }, poor.token)).data
      ?.createBatch.id;
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batchId }, poor.token);
    const worker = await t.user(Role.WORKER);
    const [id] = await answerTasks(t, worker.token, projectId, 'positive', 1);
    await t.gql(REJECT, { ids: [id], reason: 'Wrong label' }, poor.token);
    const appealId = (await t.gql(`mutation($id: ID!) { appealRejection(assignmentId: $id, message: "My label is right.") { appealId } }`, { id }, worker.token)).data?.appealRejection.appealId;
    // The batch ends (its escrow goes back to the balance), and the requester's balance is refunded to nothing.
    await t.app.get<DataSource>(getDataSourceToken()).transaction(async (tx) => {
      await tx.query(`UPDATE batches SET status = 'COMPLETED' WHERE id = $1`, [batchId]);
      await t.app.get(BatchEscrowService).release(tx, batchId);
    });
    const available = (await t.gql(`{ myBalance { availableCents } }`, {}, poor.token)).data?.myBalance.availableCents;
    const refund = `mutation($input: AdjustBalanceInput!) { adminRefundBalance(input: $input) { balanceCents } }`;
    const refunded = await t.gql(refund, { input: { userId: poor.id, amountCents: available, reason: 'Closing the account', idempotencyKey: `close-${poor.id}` } }, admin.token);
    expect(refunded.errors).toBeUndefined();
    expect(refunded.data?.adminRefundBalance.balanceCents).toBe(0);

    const overturn = await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appealId }, admin.token);
    expect(overturn.errors?.[0].message).toMatch(/^The requester's balance, to pay the answer an appeal overturned, is short by /);
    expect(overturn.errors?.[0].extensions).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      fields: [{ path: 'amountCents', reason: { key: 'field.shortBy' } }],
      reason: { key: 'overturn.requesterShort', params: { shortCents: expect.any(Number), currency: expect.any(String) } },
    });
    expect(overturn.errors?.[0].extensions?.reason?.params.shortCents).toBeGreaterThanOrEqual(50);
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [id])).toEqual([{ status: 'REJECTED' }]);
    expect(await t.sql(`SELECT status FROM appeals WHERE id = $1`, [appealId])).toEqual([{ status: 'OPEN' }]);
  });

  it('returns to the requester the share of an answer rejected while the relay completes its batch', async () => {
    const { batchId, ids } = await threeOfFourAnswered();
    const reject = () => t.gql(REJECT, { ids: [ids[2]], reason: 'Wrong label' }, requester.token);
    expect(await racingCompletion(batchId, reject)).toEqual({ data: { rejectAssignments: [{ id: ids[2], status: 'REJECTED' }] } });
    expect(await escrowOf(batchId)).toBe(0); // nothing left in the ended batch's escrow
    expect((await checkLedger((text, params) => t.sql(text, params))).problems).toEqual([]);
  });

  it('shows the worker why with evidence; one appeal; an admin overturns it and the worker is paid', async () => {
    const { ids, worker } = await answered(10);
    await t.gql(REJECT, { ids: [ids[0], ids[1]], reason: 'Did not read the instructions' }, requester.token);
    const myRejections = async () => (await t.gql(`{ myRejections { assignmentId item answer reason evidence appealStatus rejectedAt workerName workerEmail } }`, {}, worker.token)).data?.myRejections;
    const rejections = await myRejections();
    expect(rejections).toHaveLength(2);
    // Each rejection names the task it answered, so two rejections of one project can be told apart.
    const items = await t.sql(`SELECT a.id::text AS "assignmentId", t.input AS item FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.id = ANY($1::bigint[])`, [[ids[0], ids[1]]]);
    expect(items.map((i) => i.item.text)).toEqual([expect.stringMatching(/^item \d$/), expect.stringMatching(/^item \d$/)]);
    expect(rejections.map((r: { assignmentId: string; item: unknown }) => ({ assignmentId: r.assignmentId, item: r.item }))).toEqual(expect.arrayContaining(items));
    expect(rejections[0]).toMatchObject({ answer: { label: 'positive' }, reason: 'Did not read the instructions', appealStatus: null, evidence: { consensus: 'positive', failedGold: [] } });
    // A worker's own list does not name them: only admins deciding an appeal read who it is.
    expect(rejections[0]).toMatchObject({ workerName: null, workerEmail: null });
    expect(typeof rejections[0].evidence.durationSeconds).toBe('number');

    const APPEAL = `mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealStatus appealId } }`;
    const appeal = await t.gql(APPEAL, { id: ids[0], m: 'The review is plainly positive, see the last sentence.' }, worker.token);
    expect(appeal.data?.appealRejection.appealStatus).toBe('OPEN');
    expect((await t.gql(APPEAL, { id: ids[0], m: 'Please, once more, look again.' }, worker.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql(APPEAL, { id: ids[5], m: 'This one was never rejected at all.' }, worker.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql(APPEAL, { id: ids[1], m: 'short' }, worker.token)).errors?.[0].extensions?.fields?.[0].path).toBe('message');

    const before = (await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents;
    const open = (await t.gql(`{ openAppeals { appealId assignmentId item appealMessage workerName workerEmail projectConfig } }`, {}, admin.token)).data?.openAppeals;
    const mine = open.find((a: { assignmentId: string }) => a.assignmentId === ids[0]);
    // The admin reads who appealed, and the project's labels to name the answer by.
    expect(mine).toMatchObject({ item: items.find((i) => i.assignmentId === ids[0])?.item, workerName: 'WORKER', workerEmail: worker.email, projectConfig: { labels: LABELS.map((l) => expect.objectContaining(l)) } });
    const overturned = await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "The worker is right") { appealStatus decisionNote } }`, { id: mine.appealId }, admin.token);
    expect(overturned.data?.decideAppeal).toEqual({ appealStatus: 'OVERTURNED', decisionNote: 'The worker is right' });
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [ids[0]])).toEqual([{ status: 'ACCEPTED' }]);
    // The worker still sees when the answer was rejected, beside the overturn.
    const shown = (await myRejections()).find((r: { assignmentId: string }) => r.assignmentId === ids[0]);
    expect(shown).toMatchObject({ appealStatus: 'OVERTURNED', rejectedAt: rejections.find((r: { assignmentId: string }) => r.assignmentId === ids[0]).rejectedAt });
    const after = (await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents;
    expect(after - before).toBe(50);
    const again = await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: false, note: "Changed my mind") { appealStatus } }`, { id: mine.appealId }, admin.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const asRequester = await t.gql(`{ openAppeals { appealId } }`, {}, requester.token);
    expect(asRequester.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the admin the instructions a worker answered under, when the requester edited them since', async () => {
    const { projectId, ids, worker } = await answered(10);
    const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
    const edit = (instructions: string) => t.gql(UPDATE, { input: { id: projectId, name: 'Reviewed', instructions } }, requester.token);
    expect((await edit('Sarcasm counts as **negative**.')).errors).toBeUndefined();
    expect((await edit('Sarcasm counts as negative; irony too.')).errors).toBeUndefined();
    await t.gql(REJECT, { ids: [ids[0], ids[1]], reason: 'Sarcasm is negative' }, requester.token);
    await t.gql(`mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`, { id: ids[0], m: 'There was no word about sarcasm when I answered.' }, worker.token);

    const open = (await t.gql(`{ openAppeals { assignmentId instructionsEditedAt instructionsThen } }`, {}, admin.token)).data?.openAppeals;
    const mine = open.find((a: { assignmentId: string }) => a.assignmentId === ids[0]);
    // The first edit after the answer was leased holds, as its `before`, what the worker read.
    expect(mine.instructionsThen).toBe('');
    const [firstEdit] = await t.sql(`SELECT created_at FROM audit_events WHERE subject_kind = 'PROJECT' AND subject_id = $1 ORDER BY id LIMIT 1`, [projectId]);
    expect(new Date(mine.instructionsEditedAt).getTime()).toBe(firstEdit.created_at.getTime());
    // The worker's own list says it too.
    const theirs: { assignmentId: string; instructionsThen: string }[] = (await t.gql(`{ myRejections { assignmentId instructionsThen } }`, {}, worker.token)).data?.myRejections;
    expect(theirs.find((r) => r.assignmentId === ids[0])?.instructionsThen).toBe('');

    // An answer given after the edits was given under today's instructions: nothing to show.
    const later = await answered(1);
    await edit('Irrelevant to the other project.');
    await t.gql(REJECT, { ids: later.ids, reason: 'Wrong' }, requester.token);
    const unchanged = (await t.gql(`{ myRejections { instructionsEditedAt instructionsThen } }`, {}, later.worker.token)).data?.myRejections;
    expect(unchanged).toEqual([{ instructionsEditedAt: null, instructionsThen: null }]);
  });

  it('overturns only an answer that is still rejected: otherwise nothing is paid and the appeal stays open', async () => {
    const { ids, worker } = await answered(10);
    await t.gql(REJECT, { ids: [ids[0]], reason: 'Did not read the instructions' }, requester.token);
    const appealId = (await t.gql(`mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`, { id: ids[0], m: 'The review is plainly positive, look again.' }, worker.token)).data?.appealRejection.appealId;
    // Whatever changed the answer meanwhile, it is no longer the rejection the appeal is about.
    await t.sql(`UPDATE assignments SET status = 'ACCEPTED' WHERE id = $1`, [ids[0]]);
    const before = (await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents;
    const overturned = await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "The worker is right") { appealStatus } }`, { id: appealId }, admin.token);
    expect(overturned.errors?.[0]).toMatchObject({ message: 'This answer is no longer rejected', extensions: { code: 'CONFLICT' } });
    expect((await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents).toBe(before);
    expect(await t.sql(`SELECT status FROM appeals WHERE id = $1`, [appealId])).toEqual([{ status: 'OPEN' }]);
  });

  it('accepts unreviewed answers automatically after the project’s review period', async () => {
    const manual = await answered(1);
    const automatic = await answered(2, { autoAcceptHours: 0 });
    const accepted = await t.app.get(AutoAcceptance).run();
    expect(accepted).toBe(2);
    expect(await t.sql(`SELECT status FROM assignments WHERE id = ANY($1::bigint[])`, [automatic.ids])).toEqual([{ status: 'ACCEPTED' }, { status: 'ACCEPTED' }]);
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [manual.ids[0]])).toEqual([{ status: 'SUBMITTED' }]);
    expect((await t.gql(`{ myEarnings { availableCents } }`, {}, automatic.worker.token)).data?.myEarnings.availableCents).toBe(100);
  });

  it('accepts everything due in one run, however many transactions it takes', async () => {
    const automatic = await answered(5, { autoAcceptHours: 0 });
    const auto = t.app.get(AutoAcceptance);
    auto.chunk = 2;
    try {
      expect(await auto.run()).toBe(5);
    } finally {
      auto.chunk = 500;
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM assignments WHERE id = ANY($1::bigint[]) AND status = 'ACCEPTED'`, [automatic.ids])).toEqual([{ n: 5 }]);
    expect((await t.gql(`{ myEarnings { availableCents } }`, {}, automatic.worker.token)).data?.myEarnings.availableCents).toBe(250);
  });
});
