import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// End to end: the CLI's commands run in-process against the whole API (an app may not import
// another app, but this spec is the one place where both meet on purpose).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runCli } from '../../cli/src/cli';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testContext } from '../../cli/src/test-context';
import { answerTasks, CLAIM, publishedProject, submit, topUp } from './fixtures';
import { Role, startTestApp, type TestApp } from './test-app';

const ROWS = 10_500; // more than one progress line's worth (the API reports every 10,000 rows)

describe('fourmi CLI against the API', () => {
  let t: TestApp;
  let requester: { token: string };
  let dir: string;
  let projectId: string;
  let batchId: string;
  const fourmi = async (...args: string[]) => {
    const ctx = testContext({ env: { FOURMI_TOKEN: requester.token, FOURMI_API: t.url }, fetch: globalThis.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now });
    const code = await runCli(args, ctx);
    return { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
  };

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 130_000); // the escrow of 10,500 items × 2 answers × (5 ¢ + 20% fee)
    dir = mkdtempSync(join(tmpdir(), 'fourmi-cli-int-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('creates a project, reward in cents', async () => {
    writeFileSync(join(dir, 'instructions.md'), 'Choose the **sentiment**.');
    const created = await fourmi(
      'create-project', '--name', 'CLI sentiment', '--kind', 'CLASSIFICATION', '--labels', 'positive,neutral,negative',
      '--reward', '0.05', '--overlap', '2', '--instructions-file', join(dir, 'instructions.md'),
    );
    expect(created).toMatchObject({ code: 0, stderr: 'Created project "CLI sentiment" (CLASSIFICATION, 0.05 EUR × 2 answers per item)\n' });
    projectId = created.stdout.trim();
    expect(await t.sql(`SELECT name, kind, reward_cents, overlap, instructions, config->'labels'->1->>'value' AS second FROM projects WHERE id = $1`, [projectId])).toEqual([
      { name: 'CLI sentiment', kind: 'CLASSIFICATION', reward_cents: 5, overlap: 2, instructions: 'Choose the **sentiment**.', second: 'neutral' },
    ]);
  });

  it('uploads a CSV with progress, publishes it, and lists the project', async () => {
    const file = join(dir, 'reviews.csv');
    writeFileSync(file, `text\n${Array.from({ length: ROWS }, (_, i) => (i === 0 ? '"Great, ""really"""' : `Review ${i + 1}`)).join('\n')}\n`);
    const uploaded = await fourmi('upload', projectId, file, '--name', 'From the CLI', '--publish');
    expect(uploaded.code).toBe(0);
    batchId = uploaded.stdout.trim();
    const progress = uploaded.stderr.split('\n');
    expect(progress).toContainEqual(expect.stringMatching(/^\[#+\] 100% {2}[\d.]+ kB \/ [\d.]+ kB {2}10,000 rows$/));
    expect(progress).toContainEqual(expect.stringMatching(/ 100% .* {2}10,500 rows$/));
    expect(progress).toContain(`Uploaded 10,500 items as batch ${batchId} (published)`);
    expect(await t.sql(`SELECT name, status, item_count FROM batches WHERE id = $1`, [batchId])).toEqual([{ name: 'From the CLI', status: 'PUBLISHED', item_count: ROWS }]);

    const listed = await fourmi('projects');
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[1]).toMatch(new RegExp(`^${projectId} {2}CLI sentiment {2}CLASSIFICATION {2}10,500 {10}0$`));
  });

  it('exports the results as CSV to stdout and as JSON Lines to a file', async () => {
    for (const label of ['positive', 'negative']) {
      const worker = await t.user(Role.WORKER);
      const claimed = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, claimed.id, label)).errors).toBeUndefined();
    }
    const csv = await fourmi('export', projectId);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines).toHaveLength(ROWS + 2); // the header, the items, and the empty string after the last CRLF
    expect(lines[0]).toBe('item_id,batch_id,input.text,answer,confidence,votes,answer_count,answers,answers_given,answer_statuses');
    expect(lines[1]).toMatch(new RegExp(`^\\d+,${batchId},"Great, ""really""",positive,0\\.\\d+,1,2,positive\\|negative,"\\[{""label"":""positive""},{""label"":""negative""}\\]",SUBMITTED\\|SUBMITTED$`));
    expect(lines[ROWS]).toMatch(new RegExp(`^\\d+,${batchId},Review 10500,,,,0,,\\[\\],$`));

    const out = join(dir, 'results.jsonl');
    expect(await fourmi('export', projectId, '--out', out)).toMatchObject({ code: 0, stdout: '', stderr: `Wrote ${out}\n` });
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]);
    expect(first).toMatchObject({ batchId, input: { text: 'Great, "really"' }, answerCount: 2 });
    expect(first.answers.map((a: { answer: unknown }) => a.answer)).toEqual([{ label: 'positive' }, { label: 'negative' }]);
  });

  it('lists the answers awaiting review, accepts one and rejects the other by assignment id', async () => {
    const listed = await fourmi('review', projectId, '--batch', batchId);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ASSIGNMENT +ITEM +WORKER +SUBMITTED +ANSWER +INPUT$/);
    expect(lines.slice(1).map((line) => line.split(/ {2,}/)[4])).toEqual(['{"label":"positive"}', '{"label":"negative"}']);
    expect(listed.stderr).toBe('2 answers awaiting review\n');
    const [positive, negative] = (await fourmi('review', projectId, '--ids')).stdout.trim().split('\n');

    expect(await fourmi('accept', positive)).toMatchObject({ code: 0, stderr: "Accepted 1 answer; each worker is paid from the batch's escrow\n" });
    expect(await fourmi('reject', negative, '--reason', 'The review is plainly positive')).toMatchObject({ code: 0, stderr: 'Rejected 1 answer; the workers see your reason\n' });
    expect(await t.sql(`SELECT id::text, status FROM assignments WHERE id = ANY($1::bigint[]) ORDER BY id`, [[positive, negative]])).toEqual([
      { id: positive, status: 'ACCEPTED' },
      { id: negative, status: 'REJECTED' },
    ]);
    expect(await fourmi('review', projectId)).toMatchObject({ code: 0, stdout: '', stderr: '0 answers awaiting review\n' });
    const again = await fourmi('accept', negative);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`fourmi accept: Assignment ${negative} is rejected; it cannot be accepted (CONFLICT)\n`);
  });

  it('watches the batch until it is completed', async () => {
    const watching = fourmi('watch', batchId, '--interval', '0.05');
    await new Promise((r) => setTimeout(r, 200));
    const completed = await t.gql(`mutation($id: ID!) { completeBatch(batchId: $id) { status } }`, { id: batchId }, requester.token);
    expect(completed.data?.completeBatch.status).toBe('COMPLETED');
    const watched = await watching;
    expect(watched.code).toBe(0);
    expect(watched.stdout).toMatch(/^COMPLETED \d+\/10500\n$/);
    expect(watched.stderr).toContain('PUBLISHED');
  });

  it('refuses an upload with a bad row: names the row and field, adds nothing, exit code 1', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'text,image_url\nfine,\nfine too,\nbad,javascript:alert(1)\n');
    const before = await t.sql(`SELECT count(*)::int AS n FROM batches WHERE project_id = $1`, [projectId]);
    const refused = await fourmi('upload', projectId, file);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^fourmi upload: the file has a problem; nothing was added\n {2}row 3 \(imageUrl\): \S.*\n$/m);
    expect(await t.sql(`SELECT count(*)::int AS n FROM batches WHERE project_id = $1`, [projectId])).toEqual(before);

    // A line that is not JSON stops the reading early, while most of the file (3 MB) is still coming:
    // the answer must still reach the CLI.
    const jsonl = join(dir, 'bad.jsonl');
    writeFileSync(jsonl, `{"text":"fine"}\nnot json\n${'{"text":"more"}\n'.repeat(200_000)}`);
    const notJson = await fourmi('upload', projectId, jsonl);
    expect(notJson).toMatchObject({ code: 1, stdout: '', stderr: 'fourmi upload: the file has a problem; nothing was added\n  row 2: is not valid JSON\n' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM batches WHERE project_id = $1`, [projectId])).toEqual(before);

    const stranger = await t.user(Role.REQUESTER);
    const ctx = testContext({ env: { FOURMI_TOKEN: stranger.token, FOURMI_API: t.url }, fetch: globalThis.fetch });
    expect(await runCli(['export', projectId], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi export: export refused: No such project\n');
  });

  it('refuses to publish a draft short of money with the way out, tops up, then pauses, resumes and cancels it', async () => {
    // 5 items × 5 answers × (50.00 + 20% fee) = 1,500.00 EUR, more than the balance holds.
    const created = await fourmi('create-project', '--name', 'Expensive', '--kind', 'CLASSIFICATION', '--labels', 'yes,no', '--reward', '50', '--overlap', '5');
    const expensive = created.stdout.trim();
    const file = join(dir, 'five.csv');
    writeFileSync(file, `text\n${['a', 'b', 'c', 'd', 'e'].join('\n')}\n`);
    const draft = (await fourmi('upload', expensive, file)).stdout.trim();

    const before = await fourmi('balance');
    expect(before.code).toBe(0);
    const available = Number(/^Available +([\d.]+) EUR$/m.exec(before.stdout)?.[1]);
    expect(available).toBeLessThan(1_500);
    expect(before.stdout).toMatch(/^In escrow +[\d.]+ EUR$/m);

    const refused = await fourmi('publish', draft);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('(INSUFFICIENT_FUNDS)');
    expect(refused.stderr).toContain(`  see your balance with \`fourmi balance\`, add to it with \`fourmi top-up AMOUNT\`, then run \`fourmi publish ${draft}\`\n`);

    expect(await fourmi('top-up', '1500')).toMatchObject({ code: 0, stdout: '', stderr: 'Added 1500.00 EUR to your balance (sandbox: no real money)\n' });
    const published = await fourmi('publish', draft);
    expect(published).toMatchObject({ code: 0, stdout: '' });
    expect(published.stderr).toMatch(new RegExp(`^Batch "Upload of [^"]+" \\(${draft}\\) is published \\(PUBLISHED\\)\nReserved 1500\\.00 EUR; [\\d.]+ EUR left available\n$`));
    expect(await fourmi('pause', draft)).toMatchObject({ code: 0, stderr: expect.stringContaining('is paused (PAUSED)') });
    const listed = await fourmi('batches', expensive);
    expect(listed.stdout.split('\n')[1]).toMatch(new RegExp(`^${draft} +Upload of .+ +PAUSED +5 +0 +\\[\\.+\\] +0% +1500\\.00 EUR$`));
    expect(await fourmi('resume', draft)).toMatchObject({ code: 0, stderr: expect.stringContaining('is running again (PUBLISHED)') });
    expect(await fourmi('cancel', draft)).toMatchObject({ code: 0, stderr: expect.stringContaining('is cancelled (CANCELLED)') });
    expect(await t.sql(`SELECT status FROM batches WHERE id = $1`, [draft])).toEqual([{ status: 'CANCELLED' }]);
    // The escrow came back: the balance is what it was plus the top-up.
    const after = await fourmi('balance', '--history', '--limit', '4');
    expect(Number(/^Available +([\d.]+) EUR$/m.exec(after.stdout)?.[1])).toBeCloseTo(available + 1_500, 2);
    // The history, newest first: the escrow back from the batch to the balance, then its reserve.
    const moves = after.stdout
      .split('\n')
      .filter((line) => / UTC /.test(line))
      .map((line) => line.split(/ {2,}/))
      .map(([, account, kind, amount]) => `${kind} ${account} ${amount}`);
    expect(moves.slice(0, 2).sort()).toEqual([expect.stringMatching(/ balance \+1500\.00 EUR$/), expect.stringMatching(/ escrow -1500\.00 EUR$/)]);
    expect(moves.slice(2).sort()).toEqual(['ESCROW_RESERVE balance -1500.00 EUR', 'ESCROW_RESERVE escrow +1500.00 EUR']);
  });

  it('adds gold items from a CSV, and adds nothing from a file with a bad row', async () => {
    const goldCount = () => t.sql(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND is_gold`, [projectId]);
    const good = join(dir, 'gold.csv');
    writeFileSync(good, 'text,answer_label,explanation\n"Great, really",positive,Praise\nMeh,neutral,\n');
    expect(await fourmi('add-gold', projectId, good)).toMatchObject({ code: 0, stdout: '', stderr: `Added 2 gold items to project ${projectId} (2 gold items in all)\n` });
    expect(await t.sql(`SELECT input->>'text' AS text, gold_answer->>'label' AS label, gold_explanation FROM tasks WHERE project_id = $1 AND is_gold ORDER BY id`, [projectId])).toEqual([
      { text: 'Great, really', label: 'positive', gold_explanation: 'Praise' },
      { text: 'Meh', label: 'neutral', gold_explanation: null },
    ]);

    // Row 2's label is not one of the project's: the API refuses the whole file.
    const bad = join(dir, 'bad-gold.jsonl');
    writeFileSync(bad, '{"input":{"text":"Fine"},"answer":{"label":"positive"}}\n{"input":{"text":"Odd"},"answer":{"label":"maybe"}}\n');
    const refused = await fourmi('add-gold', projectId, bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^fourmi add-gold: ${bad} has a problem; nothing was added\n {2}row 2 \\(answer\\.label\\): \\S.*\n$`));
    expect(await goldCount()).toEqual([{ n: 2 }]);

    const listed = await fourmi('gold', projectId);
    expect(listed).toMatchObject({ code: 0, stdout: '', stderr: 'Project "CLI sentiment": 2 gold items, none drawn into the work (gold ratio 0); no open contests\n' });

    const [first, second] = await t.sql(`SELECT id::text FROM tasks WHERE project_id = $1 AND is_gold ORDER BY id`, [projectId]);
    const items = await fourmi('gold', projectId, '--items');
    expect(items.code).toBe(0);
    expect(items.stdout.split('\n')).toEqual([
      expect.stringMatching(/^ID +ITEM +GOLD +ANSWERS +RIGHT +EXPLANATION$/),
      expect.stringMatching(new RegExp(`^${first.id} +\\{"text":"Great, really"\\} +\\{"label":"positive"\\} +0 +- +Praise$`)),
      expect.stringMatching(new RegExp(`^${second.id} +\\{"text":"Meh"\\} +\\{"label":"neutral"\\} +0 +-$`)),
      '',
    ]);
  });

  it('adds a webhook, printing its secret once, lists it with its events, and removes it', async () => {
    const added = await fourmi('add-webhook', projectId, 'http://127.0.0.1:9/hook', '--events', 'batch.completed,task.completed');
    expect(added.code).toBe(0);
    const [row] = await t.sql(`SELECT id::text, secret, events FROM project_webhooks WHERE project_id = $1`, [projectId]);
    expect(added.stdout).toBe(`${row.secret}\n`);
    expect(row.events).toEqual(['batch.completed', 'task.completed']);
    const listed = await fourmi('webhooks', projectId);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[1]).toMatch(new RegExp(`^${row.id} +http://127\\.0\\.0\\.1:9/hook +batch\\.completed,task\\.completed +- +none yet$`));
    expect(listed.stdout).not.toContain(row.secret);
    expect(await fourmi('remove-webhook', row.id)).toMatchObject({ code: 0, stderr: `Removed webhook ${row.id}: it is sent nothing more\n` });
    expect(await fourmi('webhooks', projectId)).toMatchObject({ code: 0, stdout: '' });
  });

  it('renames a project, keeping its instructions', async () => {
    expect(await fourmi('update-project', projectId, '--name', 'CLI tone')).toMatchObject({ code: 0, stderr: `Updated the name of project "CLI tone" (${projectId})\n` });
    expect(await t.sql(`SELECT name, instructions FROM projects WHERE id = $1`, [projectId])).toEqual([{ name: 'CLI tone', instructions: 'Choose the **sentiment**.' }]);
    expect(await fourmi('update-project', projectId, '--gold-ratio', '10%')).toMatchObject({ code: 0, stderr: `Updated the gold ratio of project "CLI tone" (${projectId})\n` });
    expect(await t.sql(`SELECT name, gold_ratio FROM projects WHERE id = $1`, [projectId])).toEqual([{ name: 'CLI tone', gold_ratio: 0.1 }]);
    const history = await fourmi('edits', projectId);
    expect(history.code).toBe(0);
    expect(history.stdout.split('\n').slice(1, 3).map((line) => line.split(/ {2,}/).slice(2))).toEqual([
      ['GOLD_RATIO', '0%', '10%'],
      ['NAME', 'CLI sentiment', 'CLI tone'],
    ]);
  });

  it('says a wide rejection waits for an admin, and lists it held, then decided', async () => {
    const small = await publishedProject(t, requester.token, { items: 10, overlap: 1 });
    const ids = await answerTasks(t, (await t.user(Role.WORKER)).token, small.projectId);
    const rejected = await fourmi('reject', ...ids.slice(0, 3), '--reason', 'Wrong label');
    expect(rejected.code).toBe(1);
    const request = /request (\d+)/.exec(rejected.stderr)?.[1];
    expect(rejected.stderr).toMatch(/^fourmi reject: This rejection needs an admin's confirmation: .*\(NEEDS_CONFIRMATION\)\n$/);
    const pending = await fourmi('held', small.projectId);
    expect(pending.code).toBe(0);
    expect(pending.stdout.split('\n')[1]).toMatch(new RegExp(`^${request} +PENDING +3 +\\S+ \\S+ +- +3 of the batch's 10 answers would be rejected \\(over 20%\\) +-$`));
    const admin = await t.user(Role.ADMIN);
    await t.gql(`mutation($id: ID!) { decideMassRejection(id: $id, approve: false, note: "Two are right") { id } }`, { id: request }, admin.token);
    expect((await fourmi('held', small.projectId)).stdout.split('\n')[1]).toMatch(new RegExp(`^${request} +DECLINED +3 .* +Two are right$`));
  });
});
