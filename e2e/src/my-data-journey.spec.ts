import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('a worker downloads the data Fourmi holds on them from their profile: their account and the answers they gave', async ({ browser, request }) => {
  const stamp = Date.now();
  const project = `My data reviews ${stamp}`;
  const email = `dora-${stamp}@example.org`;
  const texts = [`Loved it ${stamp}`, `Hated it ${stamp}`];

  const api = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await api.gql('mutation { createTopUp(amountCents: 1000) { id } }');
  await api.publishTexts(await api.createSentimentProject(project), texts);

  // A new worker answers both items: positive (key 1), then negative (key 2).
  const worker = new WorkerPage(await browser.newPage());
  const page = worker.page;
  await worker.signUp('Dora', email, 'a long enough password');
  await worker.start(project);
  const given = new Map<string, string>();
  given.set(await worker.taskText(), 'positive');
  await worker.answer({ key: '1' }, 1);
  given.set(await worker.taskText(), 'negative');
  await worker.answer({ key: '2' }, 2);
  expect([...given.keys()].sort()).toEqual([...texts].sort());

  // The profile's "Your data" card says what the file holds, and downloads it.
  await worker.openProfile();
  const card = page.getByRole('region', { name: 'Your data' });
  await expect(card).toContainText('every answer you sent');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^fourmi-my-data-\d{4}-\d\d-\d\d\.jsonl$/);
  const records = readFileSync(await download.path(), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string } & Record<string, any>);
  expect(records.find((r) => r.type === 'account')).toMatchObject({ email, displayName: 'Dora', roles: ['WORKER'] });
  const answers = records.filter((r) => r.type === 'answer');
  expect(answers.map((a) => [a.input.text, a.answer.label, a.projectName]).sort()).toEqual([...given].map(([text, label]) => [text, label, project]).sort());
  expect(answers.every((a) => a.status === 'SUBMITTED')).toBe(true);
});
