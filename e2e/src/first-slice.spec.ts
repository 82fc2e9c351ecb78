import { expect, test } from '@playwright/test';
import { ConsolePage, sentimentProject } from './pages/console.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('a requester posts items, two workers label them by click and keyboard, the requester reads the majority', async ({ browser }) => {
  const project = `Sentiment ${Date.now()}`;
  const items = ['The battery lasts all week, brilliant.', 'Arrived broken and support never answered.', 'Does what it says, nothing more.'];

  const requesterTab = await browser.newPage();
  const requester = new ConsolePage(requesterTab);
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  // Created under a working title, renamed and re-instructed before publishing: workers see the new ones.
  await requester.createProject(sentimentProject(`${project} (draft)`, '0.10', 2));
  await requester.editProject(project, 'Is the review **positive** or **negative**? Judge the product, not the delivery.');
  // The edit is in the project's history: the old and new name, and the instructions' line as it was and is.
  const history = requesterTab.getByRole('region', { name: 'Edit history' });
  await expect(history.getByRole('listitem').filter({ hasText: /^Name/ })).toHaveText(`Name “${project} (draft)” → “${project}”`);
  await expect(history.locator('del')).toHaveText('− Is the review **positive** or **negative**?');
  await expect(history.locator('ins')).toHaveText('+ Is the review **positive** or **negative**? Judge the product, not the delivery.');
  await requester.addItems('First reviews', items);
  await requester.publish('First reviews');

  // The demo worker answers the first item with a click, the others with the number keys.
  const aliceTab = await browser.newPage();
  const alice = new WorkerPage(aliceTab);
  await alice.signIn('worker@fourmi.test', DEMO_PASSWORD);
  await expect(alice.projectCard(project)).toContainText('€0.10');
  await alice.start(project);
  // The instructions' Markdown is rendered (its renderer is loaded when the runner first shows it).
  await expect(aliceTab.locator('.markdown strong')).toHaveText(['positive', 'negative']);
  await expect(aliceTab.locator('.markdown').first()).toContainText('Judge the product, not the delivery.');
  const seen = [await alice.taskText()];
  await alice.answer({ click: 'Positive' }, 1);
  seen.push(await alice.taskText());
  await alice.answer({ key: '2' }, 2);
  seen.push(await alice.taskText());
  await alice.answer({ key: '1' }, 3);
  await alice.expectNoMoreTasks();
  expect(seen).toEqual(items); // oldest first, each item once, none twice

  // A new worker signs up and answers every item with the keyboard alone.
  const bobTab = await browser.newPage();
  const bob = new WorkerPage(bobTab);
  await bob.signUp('Bob', `bob-${Date.now()}@example.org`, 'a long enough password');
  await bob.start(project);
  for (let done = 1; done <= items.length; done++) {
    const text = await bob.taskText();
    await bob.answer({ key: text.startsWith('Arrived') ? '2' : '1' }, done);
  }
  await bob.expectNoMoreTasks();

  // Overlap 2 is met: the requester sees both answers and the majority of each item.
  await requester.openProject(project);
  const expected = [
    { answers: ['Positive', 'Positive'], majority: 'Positive' },
    { answers: ['Negative', 'Negative'], majority: 'Negative' },
    { answers: ['Positive', 'Positive'], majority: 'Positive' },
  ];
  for (const [i, item] of items.entries()) {
    const row = requester.resultRow(item);
    await expect(row.getByRole('listitem')).toHaveText(expected[i].answers);
    await expect(row.locator('strong')).toHaveText(expected[i].majority);
  }
});
