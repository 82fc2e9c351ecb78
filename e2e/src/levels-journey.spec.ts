import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { ConsolePage, sentimentProject } from './pages/console.page';
import { WorkerLevelPage } from './pages/levels.page';
import { WorkerStandingPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
const PASSWORD = 'a long enough password';
/** What level 2 asks: 50 reviewed answers, 90 % of them accepted (libs/quality WORKER_LEVELS). */
const LEVEL_2_REVIEWED = 50;

test('a project asking level 2 stays out of a new worker’s feed, who sees what level 2 asks; with a level-2 record they see it and work on it', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const project = `Regulars only ${stamp}`;
  const items = ['Works as promised, very happy.', 'Broke within a week.', 'Lovely colour, fits well.'];
  const requesterApi = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await requesterApi.gql('mutation { createTopUp(amountCents: 1000) { id } }');

  // The requester asks level 2 in the wizard; the project page says it with what it takes, and the work is published.
  const requester = new ConsolePage(await browser.newPage());
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  await requester.createProject({ ...sentimentProject(project, '0.10', 1), minLevel: 'Level 2 (Regular): 50 reviewed answers, 90% accepted' });
  const projectId = requester.projectId();
  await expect(requester.page.getByRole('region', { name: 'Rules for workers' })).toContainText('Minimum worker level: 2 (Regular), that is 50 reviewed answers with 90% accepted');
  await requester.addItems('Regular reviews', items);
  await requester.publish('Regular reviews');

  // A new worker is level 1: the project is not in their feed, and My skills says what level 2 asks.
  const email = `rita-${stamp}@example.org`;
  const worker = new WorkerPage(await browser.newPage());
  await worker.signUp(`Rita Regular ${stamp}`, email, PASSWORD);
  const level = new WorkerLevelPage(worker.page);
  await expect(level.badge).toHaveText('Level 1 · Newcomer');
  await expect(level.feedLine).toContainText('No answer reviewed yet');
  // Once the feed has loaded (the demo project at least), the project is not in it.
  await expect(worker.page.getByRole('list', { name: 'Projects' }).getByRole('listitem').first()).toBeVisible();
  await expect(worker.projectCard(project)).toHaveCount(0);
  await level.openFromFeed('What level 2 asks');
  await expect(level.card).toContainText('Level 1 · Newcomer');
  await expect(level.card).toContainText('To reach level 2 (Regular)');
  await expect(level.card).toContainText('0 of 50 reviewed answers (50 to go)');
  await expect(level.card).toContainText('Accepted: no answer reviewed yet — needs 90%');
  await expect(level.card).toContainText('a rejection overturned on appeal counts as accepted');
  // The project's rules say the level it asks, and a claim by its address is refused with why.
  await worker.page.goto(`/projects/${encodeURIComponent(projectId)}/standing`);
  await expect(new WorkerStandingPage(worker.page).rules).toContainText('Only workers of level 2 (Regular) and above.');
  await worker.page.goto(`/work/${encodeURIComponent(projectId)}`);
  await expect(worker.page.getByText('This project is for workers of level 2 and above; you are level 1.')).toBeVisible();

  // The worker earns a level-2 record on another project: 50 answers, all accepted by its requester.
  const recordProject = await requesterApi.createSentimentProject(`Track record ${stamp}`);
  await requesterApi.publishTexts(recordProject, Array.from({ length: LEVEL_2_REVIEWED }, (_, i) => `Record review ${i + 1} of ${stamp}: great value.`));
  const workerApi = await FourmiApi.signIn(request, email, PASSWORD);
  expect(await workerApi.answerAll(recordProject, 'positive')).toBe(LEVEL_2_REVIEWED);
  expect(await requesterApi.acceptSubmitted(recordProject)).toBe(LEVEL_2_REVIEWED);

  // Level 2 shows on the feed, with the project; My skills says what level 3 asks.
  await worker.page.goto('/');
  await level.waitForBadge('Level 2 · Regular');
  await expect(level.feedLine).toContainText('50 reviewed answers, 100% accepted');
  await expect(worker.projectCard(project)).toBeVisible();
  await level.openFromFeed('What level 3 asks');
  await expect(level.card).toContainText('Level 2 · Regular');
  await expect(level.card).toContainText('50 of 500 reviewed answers (450 to go)');
  await expect(level.card).toContainText('Accepted 100% — needs 95% ✓');

  // The worker works on the project: every item, then no more.
  await worker.openFeed();
  await worker.start(project);
  for (let done = 1; done <= items.length; done++) await worker.answer({ key: '1' }, done);
  await worker.expectNoMoreTasks();
});
