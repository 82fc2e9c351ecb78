import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { SignedLinks } from '../auth/signed-links';
import { EXPORT_LINK } from '../review/export-link.resolver';
import { MyData } from './my-data';
import { MY_DATA_LINK } from './my-data.resolver';

const LINK = `mutation { createMyDataLink { url expiresAt } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;
const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;
const APPEAL = `mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`;
const DECIDE = `mutation($id: ID!, $note: String!) { decideAppeal(appealId: $id, overturn: false, note: $note) { appealStatus } }`;
const BONUS = `mutation($input: GrantBonusInput!) { grantBonus(input: $input) { applied } }`;
const PAYOUT = `mutation($amountCents: Int!) { requestPayout(amountCents: $amountCents) { id status } }`;
const BAN = `mutation($w: ID!, $p: ID, $r: String!) { banWorker(workerId: $w, projectId: $p, reason: $r) }`;

type Line = { type: string } & Record<string, any>;

describe("a person's own data (createMyDataLink, GET /api/my-data)", () => {
  let t: TestApp;
  let requester: Awaited<ReturnType<TestApp['user']>>;
  let worker: Awaited<ReturnType<TestApp['user']>>;
  let other: Awaited<ReturnType<TestApp['user']>>;
  let admin: Awaited<ReturnType<TestApp['user']>>;
  let projectId: string;
  let answered: string[];
  let payoutId: string;

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER, 'Rita Requester');
    worker = await t.user(Role.WORKER, 'Wanda Worker');
    other = await t.user(Role.WORKER, 'Otto Other');
    admin = await t.user(Role.ADMIN, 'Ada Admin');
    ({ projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 2 }));
    // Both workers answer the three items: the worker "positive", the other "negative".
    const answer = async (token: string, label: string) => {
      const ids: string[] = [];
      for (let lease = (await t.gql(CLAIM, { projectId }, token)).data?.claimNext; lease; ) {
        ids.push(lease.id);
        lease = (await submit(t, token, lease.id, label)).data?.submitAnswer.next;
      }
      return ids;
    };
    answered = await answer(worker.token, 'positive');
    const others = await answer(other.token, 'negative');
    expect(answered).toHaveLength(3);
    // Two accepted, one rejected and appealed (upheld); the other worker's are accepted.
    expect((await t.gql(ACCEPT, { ids: [...answered.slice(0, 2), ...others] }, requester.token)).errors).toBeUndefined();
    expect((await t.gql(REJECT, { ids: [answered[2]], reason: 'Did not read the review' }, requester.token)).errors).toBeUndefined();
    const appealed = await t.gql(APPEAL, { id: answered[2], m: 'The review is plainly positive.' }, worker.token);
    expect(appealed.errors).toBeUndefined();
    expect((await t.gql(DECIDE, { id: appealed.data?.appealRejection.appealId, note: 'The label is wrong' }, admin.token)).errors).toBeUndefined();
    // A bonus brings the worker to the minimum payout, paid at once in the sandbox.
    await topUp(t, requester.token, 1_000);
    const bonus = { assignmentId: answered[0], amountCents: 500, message: 'Great work', idempotencyKey: randomUUID() };
    expect((await t.gql(BONUS, { input: bonus }, requester.token)).data?.grantBonus).toEqual({ applied: true });
    const payout = await t.gql(PAYOUT, { amountCents: 500 }, worker.token);
    expect(payout.data?.requestPayout.status).toBe('PAID');
    payoutId = payout.data?.requestPayout.id;
    expect((await t.gql(BAN, { w: worker.id, p: projectId, r: 'Answers in under a second' }, admin.token)).errors).toBeUndefined();
    // A skill as gold answers earn it (none are in this project).
    await t.sql(`INSERT INTO worker_skills (worker_id, skill, correct, total, value, updated_at) VALUES ($1, $2, 3, 4, 0.78, now())`, [worker.id, `project:${projectId}`]);
    await t.settle(); // the level counts reviewed answers as the relay passes their events on
  });
  afterAll(() => t?.close());

  async function download(token: string): Promise<{ response: Response; lines: Line[]; text: string }> {
    const made = await t.gql(LINK, {}, token);
    expect(made.errors).toBeUndefined();
    const response = await fetch(`${t.url}${made.data?.createMyDataLink.url}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    return { response, text, lines: text.trimEnd().split('\n').map((line) => JSON.parse(line) as Line) };
  }
  const ofType = (lines: Line[], type: string) => lines.filter((l) => l.type === type);

  it('downloads one JSON Lines file, named for today, each line a record with its type', async () => {
    const { response, lines, text } = await download(worker.token);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="fourmi-my-data-${new Date().toISOString().slice(0, 10)}.jsonl"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text.endsWith('}\n')).toBe(true);
    expect(lines[0]).toMatchObject({ type: 'file', format: 'fourmi-my-data/1', userId: worker.id });
    expect(lines.every((l) => typeof l.type === 'string')).toBe(true);
    expect(new Set(lines.map((l) => l.type))).toEqual(new Set(['file', 'account', 'level', 'skill', 'answer', 'appeal', 'ban', 'ledgerAccount', 'ledgerLine', 'payout', 'auditEvent']));
  });

  it('holds the account, level and skills', async () => {
    const { lines } = await download(worker.token);
    expect(ofType(lines, 'account')).toEqual([
      {
        type: 'account',
        id: worker.id,
        email: worker.email.toLowerCase(),
        displayName: 'Wanda Worker',
        roles: ['WORKER'],
        locale: 'en',
        languages: [],
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        status: 'ACTIVE',
        suspendedAt: null,
        suspensionReason: null,
      },
    ]);
    expect(ofType(lines, 'level')).toEqual([{ type: 'level', level: 1, acceptedAnswers: 2, rejectedAnswers: 1 }]);
    expect(ofType(lines, 'skill')).toEqual([
      { type: 'skill', skill: `project:${projectId}`, projectName: 'Sentiment', value: expect.closeTo(0.78, 5), correct: 3, total: 4, updatedAt: expect.any(String) },
    ]);
  });

  it('holds every answer with the item as shown, its review, and the appeal with its decision', async () => {
    const { lines } = await download(worker.token);
    const answers = ofType(lines, 'answer');
    expect(answers.map((a) => a.assignmentId).sort()).toEqual([...answered].sort());
    const byId = new Map(answers.map((a) => [a.assignmentId, a]));
    expect(byId.get(answered[0])).toMatchObject({
      projectId,
      projectName: 'Sentiment',
      input: { text: expect.stringMatching(/^Review number \d$/) },
      answer: { label: 'positive' },
      status: 'ACCEPTED',
      rewardCents: 5,
      currency: 'EUR',
      gold: false,
      submittedAt: expect.any(String),
      review: { decision: 'ACCEPTED', reason: null, decidedAt: expect.any(String) },
    });
    expect(byId.get(answered[2])).toMatchObject({ status: 'REJECTED', review: { decision: 'REJECTED', reason: 'Did not read the review' } });
    expect(ofType(lines, 'appeal')).toEqual([
      {
        type: 'appeal',
        id: expect.any(String),
        assignmentId: answered[2],
        message: 'The review is plainly positive.',
        status: 'UPHELD',
        decisionNote: 'The label is wrong',
        createdAt: expect.any(String),
        decidedAt: expect.any(String),
      },
    ]);
  });

  it('holds the ban, the earnings lines, the payout and the audit events about them', async () => {
    const { lines } = await download(worker.token);
    expect(ofType(lines, 'ban')).toEqual([
      { type: 'ban', id: expect.any(String), projectId, projectName: 'Sentiment', reason: 'Answers in under a second', reasonParams: null, since: expect.any(String), liftedAt: null },
    ]);
    const ledger = ofType(lines, 'ledgerLine');
    expect(ledger).toContainEqual(expect.objectContaining({ kind: 'BONUS', account: 'WORKER_AVAILABLE', amountCents: 500, memoKey: 'memo.bonus', memoParams: { message: 'Great work' } }));
    expect(ledger.filter((l) => l.kind === 'ACCEPT').reduce((sum, l) => sum + l.amountCents, 0)).toBe(10);
    const earned = ledger.filter((l) => l.account === 'WORKER_AVAILABLE').reduce((sum, l) => sum + l.amountCents, 0);
    expect(ofType(lines, 'ledgerAccount')).toContainEqual(expect.objectContaining({ account: 'WORKER_AVAILABLE', balanceCents: earned }));
    expect(ofType(lines, 'payout')).toEqual([expect.objectContaining({ id: payoutId, amountCents: 500, currency: 'EUR', status: 'PAID' })]);
    const audit = ofType(lines, 'auditEvent');
    expect(audit).toContainEqual(expect.objectContaining({ action: 'BAN', by: 'ADMIN', subjectKind: 'USER', subjectId: worker.id, reason: 'Answers in under a second' }));
  });

  it('crosses pages of answers, ledger lines and audit events whatever their size', async () => {
    const whole = (await download(worker.token)).lines.slice(1);
    const myData = t.app.get(MyData);
    myData.pageSize = 1;
    try {
      expect((await download(worker.token)).lines.slice(1)).toEqual(whole);
    } finally {
      myData.pageSize = 1_000;
    }
  });

  it("holds nobody else's data: no other worker's answers or ids, no requester's or admin's email or id", async () => {
    const { text, lines } = await download(worker.token);
    for (const secret of [other.id, other.email.toLowerCase(), requester.id, requester.email.toLowerCase(), admin.id, admin.email.toLowerCase(), 'Otto Other', 'Rita Requester', 'Ada Admin']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('"negative"');
    // The other worker's own file is theirs alone.
    const theirs = await download(other.token);
    expect(ofType(theirs.lines, 'account')[0]).toMatchObject({ id: other.id, displayName: 'Otto Other' });
    expect(ofType(theirs.lines, 'answer').map((a) => a.answer)).toEqual([{ label: 'negative' }, { label: 'negative' }, { label: 'negative' }]);
    expect(theirs.text).not.toContain(worker.id);
    expect(ofType(lines, 'account')).toHaveLength(1);
  });

  it("is for any signed-in account: a requester's holds their top-ups and their own audit trail", async () => {
    const { lines } = await download(requester.token);
    expect(ofType(lines, 'account')[0]).toMatchObject({ id: requester.id, roles: ['REQUESTER'] });
    expect(ofType(lines, 'answer')).toEqual([]);
    expect(ofType(lines, 'level')).toEqual([]); // levels are workers'
    expect(ofType(lines, 'topUp').length).toBeGreaterThan(0);
    expect((await t.gql(LINK, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives a one-minute link for its owner only, that expires, is not an access token, and shows a page in a browser tab', async () => {
    const made = (await t.gql(LINK, {}, worker.token)).data?.createMyDataLink;
    expect(made.url).toMatch(/^\/api\/my-data\?ticket=[\w-]+\.[\w-]+$/);
    expect(new Date(made.expiresAt).getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(new Date(made.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);

    // Made a minute and a second ago: expired.
    const links = t.app.get(SignedLinks);
    const expired = links.sign(MY_DATA_LINK, { userId: worker.id }, 60, Date.now() - 61_000).ticket;
    const late = await fetch(`${t.url}/api/my-data?ticket=${expired}`);
    expect(late.status).toBe(401);
    expect(((await late.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/download your data again from your profile/) });
    const inTab = await fetch(`${t.url}/api/my-data?ticket=${expired}`, { headers: { accept: 'text/html,application/xhtml+xml', 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(inTab.status).toBe(401);
    const page = await inTab.text();
    expect(page).toContain('Ce lien de téléchargement a expiré');
    expect(page).toContain('<a href="/profile">Ouvrir votre profil</a>');

    // Its account cannot be changed (the signature covers it), nor a results link's ticket used here.
    const ticket = new URL(made.url, t.url).searchParams.get('ticket') ?? '';
    const [payload, signature] = ticket.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...claims, c: { userId: other.id } })).toString('base64url')}.${signature}`;
    expect((await fetch(`${t.url}/api/my-data?ticket=${forged}`)).status).toBe(401);
    const exportTicket = links.sign(EXPORT_LINK, { userId: worker.id }, 60).ticket;
    expect((await fetch(`${t.url}/api/my-data?ticket=${exportTicket}`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/my-data`)).status).toBe(401);
    // Nor is it an access token.
    expect((await t.gql(LINK, {}, ticket)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Opened in time, it is the worker's file.
    const file = await fetch(`${t.url}${made.url}`);
    expect(((await file.text()).split('\n').map((l) => (l ? JSON.parse(l) : null)).find((l) => l?.type === 'account')).id).toBe(worker.id);
  });
});
