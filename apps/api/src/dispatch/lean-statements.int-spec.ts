import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { stampEvent } from '../events/events.service';
import { CLAIMS } from './claim.sql';
import { DispatchPools, type Prepared } from './dispatch-pools';
import { fastAnswerOf } from './submit.sql';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishBatch(batchId: $id) { status } }`;

/**
 * A project without languages, daily cap, required skills or fast-answer rule claims and answers through
 * statements without those checks (claim.sql.ts Eligibility, submit.sql.ts fastAnswerOf); others through
 * the full ones. The lean statements check that they apply: used for a project that has such a rule,
 * they lease and write nothing, so a stale choice can only send the work the full way.
 */
describe('lean claim and answer statements for projects without rules', () => {
  let t: TestApp;
  let requester: { token: string };
  const sent: string[] = [];
  let pools: DispatchPools;

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    pools = t.app.get(DispatchPools);
    for (const method of ['lease', 'commit'] as const) {
      const original = pools[method].bind(pools);
      pools[method] = ((statement: Prepared, values: unknown[]) => (sent.push(statement.name), original(statement, values))) as typeof original;
    }
  });
  afterAll(() => t.close());

  async function project(extra: Record<string, unknown>, items = 3): Promise<string> {
    const input = { name: 'P', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1, ...extra };
    const projectId = (await t.gql(CREATE, { input }, requester.token)).data?.createProject.id as string;
    const batch = await t.gql(BATCH, { input: { projectId, items: Array.from({ length: items }, (_, i) => ({ text: `item ${i + 1}` })) } }, requester.token);
    await t.gql(`mutation($c: Int!) { createTopUp(amountCents: $c) { status } }`, { c: 1000 }, requester.token);
    const published = await t.gql(PUBLISH, { id: batch.data?.createBatch.id }, requester.token);
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    return projectId;
  }

  /** The hot-path statements of one claim, then of an answer with the next task. */
  async function statementsOf(projectId: string, worker: { token: string }): Promise<string[]> {
    sent.length = 0;
    const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.id;
    const answered = await submit(t, worker.token, lease, 'positive');
    expect(answered.data?.submitAnswer).toMatchObject({ status: 'SUBMITTED', next: { id: expect.any(String) } });
    return [...sent];
  }

  it('claims and answers without the checks a project has no rule for, and with every check otherwise', async () => {
    const worker = await t.user(Role.WORKER);
    await t.gql(`mutation { updateProfile(input: { languages: ["fr"] }) { languages } }`, {}, worker.token);

    expect(await statementsOf(await project({}), worker)).toEqual(['fourmi_claim_bans', 'fourmi_fast_answer_claim_noflag_bans']);
    expect(await statementsOf(await project({ languages: ['fr'] }), worker)).toEqual(['fourmi_claim', 'fourmi_fast_answer_claim_noflag']);
    expect(await statementsOf(await project({ qualityRules: { dailyCap: 10, minAnswerSeconds: 1 } }), worker)).toEqual(['fourmi_claim', 'fourmi_fast_answer_claim']);
    // The fast-answer rule's step still flags an answer given too fast.
    const flagged = await project({ qualityRules: { minAnswerSeconds: 30 } });
    expect(await statementsOf(flagged, worker)).toEqual(['fourmi_claim_bans', 'fourmi_fast_answer_claim_bans']);
    expect(await t.sql(`SELECT kind FROM quality_flags WHERE project_id = $1`, [flagged])).toEqual([{ kind: 'FAST_ANSWER' }]);
  });

  it('lease and write nothing for a project with a rule they leave out', async () => {
    const worker = await t.user(Role.WORKER);
    const projectId = await project({ languages: ['de'] });
    for (const claim of [CLAIMS.bans.regular, CLAIMS.bans.gold]) expect(await pools.lease(claim, [projectId, worker.id, 600, 5, '0'])).toEqual([]);

    // An answer through the statement without the fast-answer step, for a project with that rule.
    const fast = await project({ qualityRules: { minAnswerSeconds: 30 } });
    const leases = await pools.lease<{ id: string }>(CLAIMS.bans.regular, [fast, worker.id, 600, 5, '0']);
    expect(leases).toHaveLength(1);
    const leaseId = String(leases[0]?.id);
    const noFlags = fastAnswerOf({ languages: [], qualityRules: {} });
    expect(noFlags.alone.name).toBe('fourmi_fast_answer_noflag');
    const events = [stampEvent({ type: 'assignment.submitted', projectId: fast, assignmentId: leaseId }), stampEvent({ type: 'task.completed', projectId: fast })];
    const values = [leaseId, worker.id, fast, '{"label":"positive"}', 'key-lean-0001', 'positive', 0.7, `project:${fast}`, 2, null, 1, 30, ...events.map((e) => JSON.stringify(e))];
    expect(await pools.commit(noFlags.alone, values)).toEqual([{ duration_ms: null, events_written: '0' }]);
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [leaseId])).toEqual([{ status: 'LEASED' }]);
    // With no minimum, the same statement writes the answer.
    expect(await pools.commit(noFlags.alone, [...values.slice(0, 11), null, ...values.slice(12)])).toEqual([{ duration_ms: expect.any(Number), events_written: '2' }]);
  });
});
