import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name instructions goldRatio } }`;
const EDITS = `query($projectId: ID!, $offset: Int, $limit: Int) {
  projectEdits(projectId: $projectId, offset: $offset, limit: $limit) { total items { editorName changes { field before after } } }
}`;
const TRAIL = `query { auditTrail { total items { action actorName subjectKind subjectId subjectName reason projectChanges { field before after } } } }`;

describe('project edits: audited, and readable by the owner and admins', () => {
  let t: TestApp;
  let owner: { id: string; token: string; email: string };
  let admin: { id: string; token: string; email: string };
  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.user(Role.REQUESTER, 'Rita Requester');
    admin = await t.user(Role.ADMIN, 'Ada Admin');
  });
  afterAll(() => t.close());

  const project = async (name = 'Sentiment'): Promise<string> => {
    const input = { name, instructions: 'Pick one.', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2, goldRatio: 0.1 };
    return (await t.gql(CREATE, { input }, owner.token)).data?.createProject.id;
  };
  const edit = (id: string, fields: { name: string; instructions: string; goldRatio?: number }, token = owner.token) => t.gql(UPDATE, { input: { id, ...fields } }, token);
  const auditRows = (id: string) => t.sql(`SELECT actor_id, action, reason, details FROM audit_events WHERE subject_kind = 'PROJECT' AND subject_id = $1 ORDER BY id`, [id]);

  it('writes one audit row per edit with each changed field’s before and after, and only those fields', async () => {
    const id = await project();
    expect((await edit(id, { name: 'Sentiment v2', instructions: 'Pick **one** label.', goldRatio: 0.1 })).errors).toBeUndefined();
    expect(await auditRows(id)).toEqual([
      {
        actor_id: owner.id,
        action: 'PROJECT_EDITED',
        reason: '',
        details: {
          changes: [
            { field: 'name', before: 'Sentiment', after: 'Sentiment v2' },
            { field: 'instructions', before: 'Pick one.', after: 'Pick **one** label.' },
          ],
        },
      },
    ]);

    // The gold ratio alone, then the owner reads the whole history, newest first.
    await edit(id, { name: 'Sentiment v2', instructions: 'Pick **one** label.', goldRatio: 0.25 });
    const history = (await t.gql(EDITS, { projectId: id }, owner.token)).data?.projectEdits;
    expect(history).toEqual({
      total: 2,
      items: [
        { editorName: 'Rita Requester', changes: [{ field: 'GOLD_RATIO', before: '0.1', after: '0.25' }] },
        {
          editorName: 'Rita Requester',
          changes: [
            { field: 'NAME', before: 'Sentiment', after: 'Sentiment v2' },
            { field: 'INSTRUCTIONS', before: 'Pick one.', after: 'Pick **one** label.' },
          ],
        },
      ],
    });
    const second = (await t.gql(EDITS, { projectId: id, offset: 1, limit: 1 }, owner.token)).data?.projectEdits;
    expect(second.total).toBe(2);
    expect(second.items[0].changes.map((c: { field: string }) => c.field)).toEqual(['NAME', 'INSTRUCTIONS']);
  });

  it('writes nothing for an edit that changes nothing (the gold ratio sent again or left out), nor for a refused one', async () => {
    const id = await project();
    const same = await edit(id, { name: 'Sentiment', instructions: 'Pick one.', goldRatio: 0.1 });
    expect(same.data?.updateProject).toEqual({ id, name: 'Sentiment', instructions: 'Pick one.', goldRatio: expect.closeTo(0.1, 6) });
    await edit(id, { name: '  Sentiment ', instructions: 'Pick one.' }); // trimmed to the same name
    const refused = await edit(id, { name: 'Fine', instructions: 'Pick one.', goldRatio: 0.9 });
    expect(refused.errors?.[0].extensions?.fields?.[0].path).toBe('goldRatio');
    expect(await auditRows(id)).toEqual([]);
    expect((await t.gql(EDITS, { projectId: id }, owner.token)).data?.projectEdits).toEqual({ total: 0, items: [] });
  });

  it('never leaves an edit unaudited: when the audit row cannot be written, the edit is undone with it', async () => {
    const id = await project();
    await t.sql(`ALTER TABLE audit_events ADD CONSTRAINT spec_refuses_edits CHECK (action <> 'PROJECT_EDITED') NOT VALID`);
    try {
      expect((await edit(id, { name: 'Never saved', instructions: 'Pick one.' })).errors).toHaveLength(1);
    } finally {
      await t.sql(`ALTER TABLE audit_events DROP CONSTRAINT spec_refuses_edits`);
    }
    expect(await t.sql(`SELECT name FROM projects WHERE id = $1`, [id])).toEqual([{ name: 'Sentiment' }]);
  });

  it('records, for edits sent at the same moment, each one’s before as what the other left', async () => {
    const id = await project();
    await Promise.all([edit(id, { name: 'First', instructions: 'Pick one.' }), edit(id, { name: 'Second', instructions: 'Pick one.' })]);
    const names = (await auditRows(id)).map((r) => r.details.changes[0]);
    expect(names).toHaveLength(2);
    expect(names[0].before).toBe('Sentiment');
    expect(names[1].before).toBe(names[0].after);
  });

  it('shows the history to the owner and to admins only; anyone else is told there is no such project', async () => {
    const id = await project();
    await edit(id, { name: 'Renamed', instructions: 'Pick one.' });
    const stranger = await t.user(Role.REQUESTER);
    const refused = await t.gql(EDITS, { projectId: id }, stranger.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'projectId', message: 'No such project' }] });
    expect(refused.data).toBeNull();
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(EDITS, { projectId: id }, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(EDITS, { projectId: 'P-12' }, owner.token)).errors?.[0].message).toContain('No such project');
    expect((await t.gql(EDITS, { projectId: id }, admin.token)).data?.projectEdits.items).toEqual([
      { editorName: 'Rita Requester', changes: [{ field: 'NAME', before: 'Sentiment', after: 'Renamed' }] },
    ]);
  });

  it('lists the edit in the admin audit trail, naming the requester and the project', async () => {
    const id = await project('Moderation');
    await edit(id, { name: 'Moderation (FR)', instructions: 'Pick one.', goldRatio: 0 });
    const trail = async () => (await t.gql(TRAIL, {}, admin.token)).data?.auditTrail.items ?? [];
    const [latest] = await trail();
    expect(latest).toEqual({
      action: 'PROJECT_EDITED',
      actorName: 'Rita Requester',
      subjectKind: 'PROJECT',
      subjectId: id,
      subjectName: 'Moderation (FR)',
      reason: '',
      projectChanges: [
        { field: 'NAME', before: 'Moderation', after: 'Moderation (FR)' },
        { field: 'GOLD_RATIO', before: '0.1', after: '0' },
      ],
    });
    // Other actions carry no project changes.
    const worker = await t.user(Role.WORKER, 'Sam Spam');
    await t.gql(`mutation($w: ID!) { banWorker(workerId: $w, reason: "Bot") }`, { w: worker.id }, admin.token);
    const [ban] = await trail();
    expect(ban).toMatchObject({ action: 'BAN', subjectName: `Sam Spam (${worker.email.toLowerCase()})`, projectChanges: null });
  });
});
