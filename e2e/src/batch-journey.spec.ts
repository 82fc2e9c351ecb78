import { expect, test, type WebSocket } from '@playwright/test';
import { ConsolePage, sentimentProject } from './pages/console.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
/** More rows than the console checks in the browser (10,000): the file is streamed to the API. */
const ROWS = 12_000;

/** A CSV of `rows` reviews; `badRow` (1-based, header excluded) points at an image by FTP, which the API refuses. */
const csv = (rows: number, badRow?: number) =>
  ['text,image_url', ...Array.from({ length: rows }, (_, i) => (i + 1 === badRow ? ',ftp://example.com/a.png' : `Review number ${i + 1}: does what it says.,`))].join('\n');

test('a requester streams a large CSV into a draft batch, a file with a bad row adds nothing, answers show live, and a paused batch leaves the feed', async ({ browser }) => {
  const project = `Reviews ${Date.now()}`;
  const requesterTab = await browser.newPage();
  // What the console's socket receives: the batch's progress, pushed as the worker answers.
  const progressFrames: string[] = [];
  requesterTab.on('websocket', (socket: WebSocket) =>
    socket.on('framereceived', ({ payload }) => {
      if (String(payload).includes('"batchProgress"')) progressFrames.push(String(payload));
    }),
  );
  const requester = new ConsolePage(requesterTab);
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  await requester.createProject(sentimentProject(project, '0.05', 1));

  // A file with a row the server refuses: it names the row and the field, and no batch is added.
  await requester.page.getByLabel('Batch name').fill('Broken file');
  await requester.chooseItemsFile('broken.csv', csv(ROWS, 7_001));
  await expect(requester.page.getByText(/A large file \(0\.\d MB\)/)).toBeVisible();
  await requester.page.getByRole('button', { name: 'Upload as a draft batch' }).click();
  await expect(requester.page.getByRole('alert').filter({ hasText: 'nothing was added' })).toContainText('Row 7001 (imageUrl)');
  await expect(requester.batchRow('Broken file')).toHaveCount(0);

  // The corrected file: its rows are written, and the batch waits as a draft.
  await requester.page.getByRole('button', { name: 'Remove the file' }).click();
  await requester.page.getByLabel('Batch name').fill('Spring reviews');
  await requester.chooseItemsFile('reviews.csv', csv(ROWS));
  await requester.page.getByRole('button', { name: 'Upload as a draft batch' }).click();
  await expect(requester.page.getByText('Draft batch created with 12,000 items')).toBeVisible();
  const uploaded = requester.batchRow('Spring reviews');
  await expect(uploaded.getByText('Draft')).toBeVisible();
  await expect(uploaded.getByRole('cell').nth(1)).toHaveText('12,000');

  // A small batch, published: the progress card follows it live.
  await requester.addItems('First reviews', ['Brilliant, lasts all week.', 'Broke on day one.']);
  await requester.publish('First reviews');
  await expect(requester.page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  const workerTab = await browser.newPage();
  const worker = new WorkerPage(workerTab);
  await worker.signIn('worker@fourmi.test', DEMO_PASSWORD);
  await worker.start(project);
  await worker.answer({ key: '1' }, 1);

  // The answer completes its item (overlap 1): the batch's progress arrives over the socket and the page shows it.
  await expect.poll(() => progressFrames.length).toBeGreaterThan(0);
  expect(progressFrames.join()).toContain('"completedCount":1');
  await expect(requester.batchRow('First reviews').getByRole('cell').nth(2)).toHaveText('1');

  // Paused, the batch's work leaves the worker's feed; resumed, it is back.
  await requester.page.getByRole('button', { name: 'Pause First reviews' }).click();
  await expect(requester.batchRow('First reviews').getByText('Paused')).toBeVisible();
  await workerTab.goto('/');
  await expect(workerTab.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  await expect(worker.projectCard(project)).toHaveCount(0);
  await requester.page.getByRole('button', { name: 'Resume First reviews' }).click();
  await expect(requester.batchRow('First reviews').getByText('Published')).toBeVisible();
  await workerTab.reload();
  await expect(worker.projectCard(project)).toBeVisible();
});
