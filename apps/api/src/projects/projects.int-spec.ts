import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { ACTIVE_PROJECT_TTL_MS } from '../dispatch/active-projects';
import { DispatchService } from '../dispatch/dispatch.service';

const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name instructions rewardCents overlap kind goldRatio } }`;

describe('updateProject', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets the owner rename a published project and rewrite its instructions, which workers then see', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const updated = await t.gql(UPDATE, { input: { id: projectId, name: '  Review sentiment  ', instructions: 'Pick **positive** only when the reviewer would buy again.' } }, requester.token);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateProject).toMatchObject({ id: projectId, name: 'Review sentiment', instructions: 'Pick **positive** only when the reviewer would buy again.', kind: 'CLASSIFICATION' });
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.project.name).toBe('Review sentiment');
  });

  it('refuses a blank name or overlong instructions at their field, and changes nothing', async () => {
    const requester = await t.user(Role.REQUESTER);
    const created = await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { name: 'Kept', instructions: 'Kept', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2 } }, requester.token);
    const id = created.data?.createProject.id;
    const blank = await t.gql(UPDATE, { input: { id, name: '   ', instructions: 'x' } }, requester.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name', message: 'Enter a name of 1 to 120 characters' }] });
    const long = await t.gql(UPDATE, { input: { id, name: 'Fine', instructions: 'x'.repeat(20_001) } }, requester.token);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'instructions', message: 'Instructions are limited to 20,000 characters' }] });
    expect(await t.sql(`SELECT name, instructions FROM projects WHERE id = $1`, [id])).toEqual([{ name: 'Kept', instructions: 'Kept' }]);
  });

  it('does not let anyone but the owner change a project, nor its reward', async () => {
    const owner = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, owner.token, { items: 1, overlap: 1 });
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(UPDATE, { input: { id: projectId, name: 'Mine now', instructions: '' } }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(UPDATE, { input: { id: projectId, name: 'Mine now', instructions: '' } }, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Money was reserved on the reward: the input has no such field.
    expect((await t.gql(UPDATE, { input: { id: projectId, name: 'Cheaper', instructions: '', rewardCents: 1 } }, owner.token)).errors).toHaveLength(1);
    expect(await t.sql(`SELECT name, reward_cents FROM projects WHERE id = $1`, [projectId])).toEqual([{ name: 'Sentiment', reward_cents: 5 }]);
  });

  it('changes the gold ratio, which claims follow within the cached settings’ staleness, and keeps it when left out', async () => {
    const owner = await t.user(Role.REQUESTER);
    // Enough items for a claim every 250 ms until the cache expires.
    const { projectId } = await publishedProject(t, owner.token, { items: 20, overlap: 1 });
    await t.gql(`mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`, { input: { projectId, items: [{ input: { text: 'gold' }, answer: { label: 'negative' } }] } }, owner.token);
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0.3;
    try {
      const claimText = async () => (await t.gql(CLAIM, { projectId }, (await t.user(Role.WORKER)).token)).data?.claimNext.input.text;
      expect(await claimText()).toMatch(/^Review/); // gold ratio 0: no gold, and the project is now cached
      const bad = await t.gql(UPDATE, { input: { id: projectId, name: 'Sentiment', instructions: '', goldRatio: 0.8 } }, owner.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'goldRatio', message: 'At most half of the tasks can be gold' }] });
      const changed = await t.gql(UPDATE, { input: { id: projectId, name: 'Sentiment', instructions: '', goldRatio: 0.5 } }, owner.token);
      expect(changed.data?.updateProject.goldRatio).toBe(0.5);
      const since = Date.now();
      let text = await claimText();
      while (text !== 'gold' && Date.now() - since < ACTIVE_PROJECT_TTL_MS + 1000) {
        await new Promise((r) => setTimeout(r, 250));
        text = await claimText();
      }
      expect(text).toBe('gold');
      expect(Date.now() - since).toBeLessThanOrEqual(ACTIVE_PROJECT_TTL_MS + 500);
    } finally {
      dispatch.random = Math.random;
    }
    const renamed = await t.gql(UPDATE, { input: { id: projectId, name: 'Renamed', instructions: '' } }, owner.token);
    expect(renamed.data?.updateProject).toMatchObject({ name: 'Renamed', goldRatio: 0.5 });
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(UPDATE, { input: { id: projectId, name: 'x', instructions: '', goldRatio: 0 } }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
