import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('a trainee answers a gold item wrong, reads the expected answer and why, contests it, and goes on with the keyboard', async ({ browser, request }) => {
  const stamp = Date.now();
  const name = `Training reviews ${stamp}`;

  // A training project: half its tasks are gold items (all plainly positive), with an explanation.
  const api = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await api.gql('mutation { createTopUp(amountCents: 1000) { id } }');
  const projectId = await api.createSentimentProject(name, { goldRatio: 0.5, qualityRules: { training: true } });
  await api.addPositiveGold(projectId, [1, 2, 3].map((i) => `Wonderful, works perfectly (${i}).`));
  await api.publishTexts(projectId, [1, 2, 3, 4, 5, 6].map((i) => `Great value, very happy (${i}).`));

  // The trainee answers "Negative" until a gold item comes back with feedback.
  const trainee = new WorkerPage(await browser.newPage());
  await trainee.signUp('Tom Trainee', `trainee-${stamp}@example.org`, 'a long enough password');
  await trainee.start(name);
  const feedback = trainee.page.locator('.gold-feedback');
  for (let done = 1; done <= 9 && !(await feedback.isVisible()); done++) await trainee.answer({ key: '2' }, done);
  await expect(feedback).toContainText('Not the expected answer');
  await expect(feedback).toContainText(/Expected answer:\s*Positive/);
  await expect(feedback).toContainText(/Your answer:\s*Negative/);
  await expect(feedback).toContainText(/Why:\s*The reviewer is delighted\./);

  // Contesting: too short a message is refused under the field; a real one is sent.
  await feedback.getByRole('button', { name: 'Contest this gold item' }).click();
  const message = feedback.getByLabel('Why is the expected answer wrong?');
  await message.fill('Wrong');
  await feedback.getByRole('button', { name: 'Send the contest' }).click();
  await expect(feedback.getByText('Explain in at least 10 characters.')).toBeVisible();
  await message.fill('Works perfectly can be sarcastic here.');
  await feedback.getByRole('button', { name: 'Send the contest' }).click();
  await expect(feedback).toContainText('Contest sent');

  // The focus stayed in the feedback: Escape dismisses it, and a key answers the task on screen.
  await trainee.page.keyboard.press('Escape');
  await expect(feedback).toBeHidden();
  const done = Number((await trainee.page.getByText(/tasks? done this session/).textContent())?.match(/\d+/)?.[0]);
  await trainee.answer({ key: '1' }, done + 1);
});
