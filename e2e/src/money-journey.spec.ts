import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ConsolePage, sentimentProject } from './pages/console.page';
import { ConsoleMoneyPage, SANDBOX_TEXT, WorkerEarningsPage } from './pages/money.page';
import { AdminPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
const root = resolve(__dirname, '..', '..');

/**
 * The e2e API runs on its embedded PostgreSQL (data in FOURMI_E2E_DATA, port E2E_PORT + 51000, see
 * playwright.config.ts); check-ledger gets that database's URL, with the password the API stored there.
 */
function e2eDatabaseUrl(): string {
  const dataDir = process.env['FOURMI_E2E_DATA'];
  if (!dataDir) throw new Error('FOURMI_E2E_DATA is not set: run through e2e/playwright.config.ts');
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const port = Number(process.env['E2E_PORT'] ?? 3210) + 51_000;
  return `postgres://fourmi:${encodeURIComponent(password)}@127.0.0.1:${port}/fourmi`;
}

test('a requester tops up and publishes, two workers are accepted and paid, one withdraws, and the ledger is clean', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const project = `Paid reviews ${stamp}`;
  const items = ['Superb sound, I love it.', 'Stopped working after a day.'];

  // The requester adds money (sandbox), creates a well-paid project and publishes a batch.
  const requesterTab = await browser.newPage();
  const requester = new ConsolePage(requesterTab);
  const money = new ConsoleMoneyPage(requesterTab);
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  await requester.createProject(sentimentProject(project, '3.00', 2));
  await money.topUp('20');
  await expect(requesterTab.getByRole('region', { name: 'Pay for workers' })).toContainText('Hourly rate shown to workers');
  await requester.addItems('Paid batch', items);
  // 2 items × 2 answers × (€3.00 + €0.60 platform fee) is what publishing takes from the balance.
  await requester.publish('Paid batch', '€14.40');

  // The Balance page lists both, newest first: the escrow leaving the balance for the batch, then the top-up.
  await money.openBalance();
  await expect(money.historyLine('Escrow for a batch of 2 items', '-€14.40')).toContainText('Balance');
  await expect(money.historyLine('Escrow for a batch of 2 items', '+€14.40')).toContainText('Batch escrow');
  await expect(money.historyLine('Top-up (sandbox, no real money)', '+€20.00')).toContainText('Balance');
  const memos = await money.historyCard.getByRole('listitem').allInnerTexts();
  expect(memos.findIndex((m) => m.includes('-€14.40'))).toBeLessThan(memos.findIndex((m) => m.includes('+€20.00')));

  // Two new workers answer both items; the feed shows the pay and the hourly rate.
  const workers: WorkerPage[] = [];
  for (const name of ['Ana', 'Ben']) {
    const worker = new WorkerPage(await browser.newPage());
    await worker.signUp(name, `${name.toLowerCase()}-${stamp}@example.org`, 'a long enough password');
    await expect(worker.projectCard(project)).toContainText('€3.00');
    await expect(worker.projectCard(project)).toContainText('Estimated hourly rate');
    await worker.start(project);
    for (let done = 1; done <= items.length; done++) {
      const text = await worker.taskText();
      await worker.answer({ key: text.startsWith('Superb') ? '1' : '2' }, done);
    }
    await worker.expectNoMoreTasks();
    workers.push(worker);
  }

  // The requester accepts the four answers in one bulk action.
  await requester.openProject(project);
  await money.acceptAll(4);

  // Ben sees €6.00 available, is told the minimum, withdraws it all and sees it paid (sandbox).
  const ben = workers[1];
  await ben.page.goto('/');
  const earnings = new WorkerEarningsPage(ben.page);
  await earnings.open();
  await expect(earnings.stat('available')).toHaveText('€6.00');
  // Each line says what it is once, from its memo ("Accepted 2 answers: …").
  await expect(earnings.page.getByRole('table', { name: 'History' })).toContainText(/Accepted (answer|\d+ answers): /);
  await expect(earnings.page.getByRole('table', { name: 'History' })).not.toContainText('Answer accepted —');
  await earnings.requestPayout('4');
  await expect(earnings.payoutCard.getByText('The minimum payout is €5.00.')).toBeVisible();
  // The focus goes to the amount the message is about, not left on the button.
  await expect(earnings.payoutCard.getByLabel(/^Amount/)).toBeFocused();
  await earnings.requestPayout('6');
  await expect(earnings.payoutCard.getByText('Payout of €6.00 requested.')).toBeVisible();
  await expect(async () => {
    await ben.page.reload();
    await expect(earnings.payoutsTable.getByRole('row').filter({ hasText: '€6.00' })).toContainText('Paid', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(earnings.stat('paid')).toHaveText('€6.00');
  await expect(earnings.stat('available')).toHaveText('€0.00');
  await expect(ben.page.getByText(SANDBOX_TEXT)).toBeVisible();

  // The console's admin area is for admins only, and says so.
  await requesterTab.goto('/console/admin');
  await expect(requesterTab.getByRole('alert')).toContainText('Administrators only');

  // Every money invariant holds on the e2e database.
  const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'check:ledger'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    timeout: 120_000,
  });
  expect(stdout).toMatch(/Ledger OK: \d+ transactions over \d+ accounts; every invariant holds/);

  // An admin runs the same checks from the console, and finds Ben's payout among the latest.
  const admin = new AdminPage(await browser.newPage());
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const ledger = admin.page.getByRole('region', { name: 'Ledger and payouts' });
  await ledger.getByRole('button', { name: 'Run the checks' }).click();
  await expect(ledger.getByText(/^The ledger is sound: [\d,]+ transactions over [\d,]+ accounts/)).toBeVisible();
  await expect(ledger.getByRole('row').filter({ hasText: `ben-${stamp}@example.org` })).toContainText(/€6\.00.*Paid/);
});
