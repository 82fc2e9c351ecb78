import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PROJECT = 'Demo — Product review sentiment';
const DEMO_PASSWORD = 'fourmi-demo-2026';

test('the demo worker labels demo items with the keyboard, finds their task again after a reload, and the demo requester sees the answers', async ({ browser }) => {
  const worker = new WorkerPage(await browser.newPage());
  await worker.signIn('worker@fourmi.test', DEMO_PASSWORD);
  await worker.start(DEMO_PROJECT);
  const answered: string[] = [];
  for (const [i, key] of ['1', '3', '2'].entries()) {
    answered.push(await worker.taskText());
    await worker.answer({ key }, i + 1);
  }
  // A reload brings back the task on screen, not a new one (the worker keeps their lease).
  const onScreen = await worker.taskText();
  await worker.page.reload();
  await expect(worker.labelChoices).toBeVisible();
  expect(await worker.taskText()).toBe(onScreen);

  const requester = new ConsolePage(await browser.newPage());
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  await requester.openProject(DEMO_PROJECT);
  const labels = ['Positive', 'Negative', 'Neutral'];
  for (const [i, text] of answered.entries()) {
    await expect(requester.resultRow(text).getByRole('listitem')).toContainText([labels[i]]);
  }
});
