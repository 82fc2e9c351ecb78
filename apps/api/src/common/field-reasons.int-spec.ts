import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`;
const SKIP = `mutation($id: ID!) { skipAssignment(assignmentId: $id) { id } }`;
const REQUEST_PAYOUT = `mutation($amount: Int!) { requestPayout(amountCents: $amount) { id } }`;

/**
 * Each field problem (and some whole refusals) reaches the client with its English message unchanged and a reason (key and
 * params) the apps word in their user's language: from class-validator, and from the task kinds.
 */
describe('field problems carry their reason', () => {
  let t: TestApp;
  let requester: { token: string };
  let projectId: string;
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    const project = { name: 'Reasons', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2 };
    projectId = (await t.gql(CREATE_PROJECT, { input: project }, requester.token)).data?.createProject.id;
  });
  afterAll(() => t.close());

  it('gives a sign-up refused by the input checks a reason per field', async () => {
    const refused = await t.gql(SIGN_UP, { input: { email: 'not-an-email', password: 'correct horse battery', displayName: 'Ada', role: 'WORKER', locale: 'de' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'Enter a valid email address', reason: { key: 'field.notEmail', params: {} } },
        { path: 'locale', message: 'Choose en or fr', reason: { key: 'field.notOneOf', params: { values: ['en', 'fr'] } } },
      ]),
    );
    const weak = await t.gql(SIGN_UP, { input: { email: 'weak@example.org', password: 'short', displayName: 'Ada', role: 'WORKER' } });
    expect(weak.errors?.[0].extensions?.fields).toEqual([{ path: 'password', message: 'Use at least 10 characters', reason: { key: 'field.tooShort', params: { min: 10 } } }]);
  });

  it('gives a bad item of a batch sent through GraphQL the task kind’s reason, its row in the path', async () => {
    const items = [{ text: 'fine' }, { text: 'fine', imageUrl: 'javascript:alert(1)' }];
    const refused = await t.gql(CREATE_BATCH, { input: { projectId, items } }, requester.token);
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      {
        path: 'items[1].imageUrl',
        message: 'Row 2: Must be an http(s) URL or a path starting with "/".',
        reason: { key: 'field.notUrlOrPath', params: {} },
      },
    ]);
  });

  it('gives a bad project config the task kind’s reason, with the values its sentence names', async () => {
    const labels = [{ value: 'a', text: 'x'.repeat(201) }, { value: 'b', text: 'B' }];
    const refused = await t.gql(CREATE_PROJECT, { input: { name: 'Long label', instructions: '', kind: 'CLASSIFICATION', config: { labels }, rewardCents: 5, overlap: 2 } }, requester.token);
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { path: 'config.labels[0].text', message: 'Must be at most 200 characters long.', reason: { key: 'field.tooLong', params: { max: 200 } } },
    ]);
  });

  it('gives a bad row of an uploaded file the task kind’s reason', async () => {
    const response = await fetch(`${t.url}/api/projects/${projectId}/uploads?format=jsonl`, {
      method: 'POST',
      headers: { authorization: `Bearer ${requester.token}` },
      body: ['{"text":"fine"}', '{"txt":"typo"}'].join('\n'),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { fields: unknown[] } };
    expect(error.fields).toEqual([
      { path: 'rows[2].txt', message: 'Row 2 (txt): Unknown field "txt".', reason: { key: 'field.unknownField', params: { field: 'txt' } } },
    ]);
  });

  it('gives the checks a service makes itself a reason, its English unchanged', async () => {
    const qualityRules = { minOverlap: 3, confidenceTarget: 0.9 };
    const input = { name: 'Rules', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2, qualityRules };
    const refused = await t.gql(CREATE_PROJECT, { input }, requester.token);
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { path: 'qualityRules.minOverlap', message: 'Must not exceed the overlap (2)', reason: { key: 'field.aboveOverlap', params: { overlap: 2 } } },
    ]);
  });

  it('gives an amount its value in cents and its currency, for the apps to write as money', async () => {
    const worker = await t.user(Role.WORKER);
    const refused = await t.gql(REQUEST_PAYOUT, { amount: 1 }, worker.token);
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      {
        path: 'amountCents',
        message: expect.stringMatching(/^The minimum payout is €\d+\.\d\d$/),
        reason: { key: 'field.minimumPayout', params: { minCents: expect.any(Number), currency: 'EUR' } },
      },
    ]);
  });

  it('gives a refused batch transition a reason naming both statuses', async () => {
    const batchId = (await t.gql(CREATE_BATCH, { input: { projectId, items: [{ text: 'a' }] } }, requester.token)).data?.createBatch.id;
    const refused = await t.gql(`mutation($id: ID!) { pauseBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'A draft batch cannot become paused',
      extensions: { code: 'CONFLICT', reason: { key: 'batch.cannotBecome', params: { fromStatus: 'DRAFT', toStatus: 'PAUSED' } } },
    });
  });

  it('gives what the user cannot see a reason, its English unchanged', async () => {
    const worker = await t.user(Role.WORKER);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const publish = await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { id } }`, { id: nobody }, requester.token);
    expect(publish.errors?.[0]).toMatchObject({ message: 'No such batch', extensions: { code: 'NOT_FOUND', reason: { key: 'batch.notFound', params: {} } } });
    const webhook = await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: nobody }, requester.token);
    expect(webhook.errors?.[0]).toMatchObject({ message: 'No such webhook', extensions: { reason: { key: 'webhook.notFound', params: {} } } });
    const appeal = await t.gql(`mutation { appealRejection(assignmentId: "999999", message: "This answer was right.") { appealId } }`, {}, worker.token);
    expect(appeal.errors?.[0]).toMatchObject({ message: 'No such assignment', extensions: { reason: { key: 'assignment.notFound', params: {} } } });
    // Reviewing answers that are not the requester's: how many in the reason, which in the fields.
    const review = await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: ['999998', '999999'] }, requester.token);
    expect(review.errors?.[0]).toMatchObject({
      message: '2 assignments were not found; nothing was changed',
      extensions: {
        reason: { key: 'review.notFound', params: { count: 2 } },
        fields: [
          { path: 'ids[0]', message: 'No such assignment: 999998', reason: { key: 'field.noSuchAssignment', params: { id: '999998' } } },
          { path: 'ids[1]', message: 'No such assignment: 999999', reason: { key: 'field.noSuchAssignment', params: { id: '999999' } } },
        ],
      },
    });
  });

  it('gives an answer to a task given back, and a second skip of it, a reason', async () => {
    const worker = await t.user(Role.WORKER);
    const { projectId: published } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const claimed = (await t.gql(CLAIM, { projectId: published }, worker.token)).data?.claimNext;
    expect((await t.gql(SKIP, { id: claimed.id }, worker.token)).errors).toBeUndefined();
    const answered = await submit(t, worker.token, claimed.id, 'positive');
    expect(answered.errors?.[0]).toMatchObject({
      message: 'This task was given back and can no longer be answered',
      extensions: { code: 'CONFLICT', reason: { key: 'task.givenBack', params: {} } },
    });
    const skipped = await t.gql(SKIP, { id: claimed.id }, worker.token);
    expect(skipped.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: { key: 'task.notLeased', params: {} } });
  });
});
