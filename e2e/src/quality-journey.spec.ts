import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { AdminPage, WorkerStandingPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

/** Every item is plainly positive: an honest worker presses 1, the spammer always presses 2. */
const REGULAR_ITEMS = 20;
const GOLD_ITEMS = 3;

test('a spammer failing gold is banned and told why, an honest worker keeps working, an admin lifts the ban', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const name = `Gold-checked reviews ${stamp}`;

  // The wizard does not set gold items or rules yet: the requester's project is seeded through GraphQL.
  const api = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await api.gql('mutation { createTopUp(amountCents: 2000) { id } }');
  const projectId = await api.createSentimentProject(name, { overlap: 2, goldRatio: 0.5, qualityRules: { banBelowGoldAccuracy: 0.5, minGoldAnswers: 2 } });
  await api.addPositiveGold(projectId, Array.from({ length: GOLD_ITEMS }, (_, i) => `Wonderful, works perfectly (${i + 1}).`));
  await api.publishTexts(projectId, Array.from({ length: REGULAR_ITEMS }, (_, i) => `Great value, very happy (${i + 1}).`));

  // The spammer reads the rules, then always answers "Negative" until the project stops giving work.
  const spammer = new WorkerPage(await browser.newPage());
  await spammer.signUp('Sam Spam', `spam-${stamp}@example.org`, 'a long enough password');
  const spammerStanding = new WorkerStandingPage(spammer.page);
  await spammerStanding.openStandingFromFeed(name);
  await expect(spammerStanding.rules).toContainText('You are banned from this project if your gold accuracy falls below 50% after at least 2 gold answers.');
  await spammer.page.goto('/');
  await spammer.start(name);
  let answered = 0;
  while (answered < REGULAR_ITEMS + GOLD_ITEMS && (await spammer.labelChoices.isVisible())) {
    await spammer.answer({ key: '2' }, ++answered);
  }
  expect(answered, 'the spammer is stopped before answering everything').toBeLessThan(REGULAR_ITEMS + GOLD_ITEMS);

  // The spammer sees the ban and its reason in the worker app.
  const spammerId = await spammerStanding.openSkills();
  await spammerStanding.openStandingFromSkills(name);
  await expect(spammerStanding.banAlert).toContainText('gold accuracy');
  await expect(spammerStanding.banAlert).toContainText('this project requires 50%');

  // An honest worker answers every item of the project and stays in good standing.
  const honest = new WorkerPage(await browser.newPage());
  await honest.signUp('Hana Honest', `honest-${stamp}@example.org`, 'a long enough password');
  await honest.start(name);
  let done = 0;
  while (await honest.labelChoices.isVisible()) {
    await honest.answer({ key: '1' }, ++done);
  }
  await honest.expectNoMoreTasks();
  expect(done).toBeGreaterThanOrEqual(REGULAR_ITEMS);
  // With no task left, the runner leads to how they did on the project.
  await honest.page.getByRole('link', { name: 'See how you did on this project' }).click();
  await expect(honest.page.getByText(name)).toBeVisible();
  await expect(honest.page.getByText('You are in good standing: no ban.')).toBeVisible();
  const honestStanding = new WorkerStandingPage(honest.page);
  await honestStanding.openSkills();
  await honestStanding.openStandingFromSkills(name);
  await expect(honest.page.getByText('You are in good standing: no ban.')).toBeVisible();
  await expect(honest.page.getByRole('region', { name: 'Where you stand' })).toContainText('95% interval');

  // The admin finds the ban in the admin area and lifts it, with a reason.
  const admin = new AdminPage(await browser.newPage());
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  await expect(admin.page.getByText(/Signed in as .*administrator/)).toBeVisible();
  // The rule's fresh ban puts the spammer on the list of workers to review; "Audit" opens them.
  const listed = await admin.auditFromList('Sam Spam');
  await expect(listed).toContainText('Banned');
  await expect(admin.qualityCard.getByLabel('Worker id')).toHaveValue(spammerId);
  // The audit names the worker, and the ban form offers their project by name.
  await expect(admin.qualityCard.getByRole('heading', { name: `Sam Spam (spam-${stamp}@example.org)` })).toBeVisible();
  await expect(admin.page.getByRole('region', { name: 'Ban a worker' }).getByLabel('Project')).toContainText(name);
  await expect(admin.qualityCard).toContainText(`Project ${name}`);
  await expect(admin.qualityCard).toContainText('gold accuracy');
  await admin.liftFirstBan('Second chance after a talk with the worker');
  await expect(admin.qualityCard.getByText('No ban in force.')).toBeVisible();
  // The lift is in the audit trail, with the admin's name and reason.
  const trail = admin.page.getByRole('region', { name: 'Audit trail' });
  await trail.getByRole('button', { name: 'Show the latest' }).click();
  await expect(trail.getByRole('row').filter({ hasText: 'Second chance after a talk with the worker' })).toContainText(/Demo Admin\s*Lifted a ban\s*Sam Spam/);

  // The worker sees the ban gone.
  await spammer.page.reload();
  await expect(spammer.page.getByText('You are in good standing: no ban.')).toBeVisible();
});

test('an admin finds a worker’s gold contest in the admin area, without opening the project, and keeps the gold answer', async ({ page, request }) => {
  const stamp = Date.now();
  const name = `Contested gold ${stamp}`;
  // A training project shows the worker the right answer after each gold item, with its assignment.
  const api = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await api.gql('mutation { createTopUp(amountCents: 1000) { id } }');
  const projectId = await api.createSentimentProject(name, { goldRatio: 0.5, qualityRules: { training: true } });
  await api.addPositiveGold(projectId, ['Wonderful, works perfectly.']);
  await api.publishTexts(projectId, ['Great value, very happy.', 'Love it.']);

  // The worker answers "negative" until they meet the gold item, then contests it.
  const worker = await FourmiApi.signUpWorker(request, 'Cleo Contest', `contest-${stamp}@example.org`);
  type Submitted = { submitAnswer: { assignmentId: string; feedback: { score: number } | null; next: { id: string } | null } };
  let lease = (await worker.gql<{ claimNext: { id: string } | null }>('mutation($p: ID) { claimNext(projectId: $p) { id } }', { p: projectId })).claimNext;
  let goldAssignment: string | undefined;
  while (lease && !goldAssignment) {
    const { submitAnswer } = await worker.gql<Submitted>(
      'mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { assignmentId feedback { score } next { id } } }',
      { i: { assignmentId: lease.id, answer: { label: 'negative' }, idempotencyKey: `contest-${stamp}-${lease.id}` } },
    );
    if (submitAnswer.feedback) goldAssignment = submitAnswer.assignmentId;
    lease = submitAnswer.next;
  }
  expect(goldAssignment, 'the worker met the gold item').toBeTruthy();
  await worker.gql('mutation($a: ID!, $m: String!) { contestGold(assignmentId: $a, message: $m) { id } }', { a: goldAssignment, m: 'The review reads as sarcastic to me.' });

  const admin = new AdminPage(page);
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const contests = page.getByRole('region', { name: 'Gold contests' });
  const contest = contests.getByRole('listitem').filter({ hasText: name });
  await expect(contest).toContainText('Worker’s message: The review reads as sarcastic to me.');
  await contest.getByLabel('Note (shown in the audit trail)').fill('The review is plainly positive.');
  await contest.getByRole('button', { name: 'Keep the gold answer' }).click();
  await expect(contests.getByText('Gold answer kept.')).toBeVisible();
  await expect(contests.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});
