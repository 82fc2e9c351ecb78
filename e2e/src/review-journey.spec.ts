import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FourmiApi } from './pages/api';
import { ConsolePage } from './pages/console.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('a requester pages through the review past a page with no answer, is told a rejection waits for an admin and sees it held then decided, sees what was accepted after a reload, and downloads the results', async ({ page, request: http }) => {
  const name = `Review pages ${Date.now()}`;
  const requesterApi = await FourmiApi.signIn(http, 'requester@fourmi.test', DEMO_PASSWORD);
  const workerApi = await FourmiApi.signIn(http, 'worker@fourmi.test', DEMO_PASSWORD);
  const projectId = await requesterApi.createSentimentProject(name);
  const publishBatch = (texts: string[]) => requesterApi.publishTexts(projectId, texts);

  // Three answered items, then 20 more: the review's first page of 20 items holds the answers, the second none.
  await publishBatch(['Answered item 1', 'Answered item 2', 'Answered item 3']);
  for (let i = 0; i < 3; i++) {
    const { claimNext } = await workerApi.gql<{ claimNext: { id: string } }>('mutation($p: ID) { claimNext(projectId: $p) { id } }', { p: projectId });
    await workerApi.gql('mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { __typename } }', {
      input: { assignmentId: claimNext.id, answer: { label: 'positive' }, idempotencyKey: `review-journey-${claimNext.id}` },
    });
  }
  await publishBatch(Array.from({ length: 20 }, (_, i) => `Unanswered item ${i + 1}`));

  const requester = new ConsolePage(page);
  await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
  await requester.openProject(name);
  const review = page.getByRole('region', { name: 'Review answers' });
  const pager = review.getByRole('navigation', { name: 'Review pages' });
  const answers = review.getByRole('checkbox', { name: /^Select the answer of/ });
  await expect(answers).toHaveCount(3);

  // The next page has no answer: it says so, and the way back is still there.
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(review.getByText('No answer to the items of this page')).toBeVisible();
  await pager.getByRole('button', { name: 'Previous' }).click();

  // Rejecting all three of the worker's answers is over 20 % of them: held for an admin, and said so once.
  await review.getByRole('checkbox', { name: 'Select every answer on this page' }).check();
  await review.getByRole('button', { name: 'Reject selected' }).click();
  await review.getByLabel(/Reason for the rejection/).fill('The review is clearly negative.');
  await review.getByRole('button', { name: 'Confirm rejection' }).click();
  await expect(review.getByText('The request was sent to the admins; nothing is rejected until they decide.')).toBeVisible();
  await expect(review.getByRole('button', { name: 'Confirm rejection' })).toBeHidden();
  await expect(review.getByText('No answer selected')).toBeVisible();
  // The request is listed with the reason, and each of its answers says it waits, linking to it.
  const requestId = (await review.getByRole('link', { name: /^See request \d+$/ }).textContent())!.replace('See request ', '');
  const held = review.getByRole('region', { name: 'Rejections held for an admin' });
  await expect(held.getByText(`Request ${requestId}`, { exact: true })).toBeVisible();
  await expect(held.getByText('Your reason: The review is clearly negative.')).toBeVisible();
  await expect(review.getByRole('link', { name: 'Waiting for an admin' })).toHaveCount(3);

  await review.getByRole('checkbox', { name: 'Select every answer on this page' }).check();
  await review.getByRole('button', { name: 'Accept selected' }).click();
  await expect(review.getByText('3 answers accepted')).toBeVisible();
  await expect(review.getByRole('link', { name: 'Waiting for an admin' })).toHaveCount(0);

  // An admin declines the request: after a reload the requester reads the decision and the note.
  const adminApi = await FourmiApi.signIn(http, 'admin@fourmi.test', DEMO_PASSWORD);
  await adminApi.gql('mutation($id: ID!) { decideMassRejection(id: $id, approve: false, note: "Accepted since") { status } }', { id: requestId });

  // After a reload the answers are still shown as accepted, and cannot be ticked again.
  await page.reload();
  await expect(review.getByText('Accepted', { exact: true })).toHaveCount(3);
  await held.getByText('1 decided request').click();
  await expect(held.getByText('Declined: nothing was rejected')).toBeVisible();
  await expect(held.getByText('The admin’s note: Accepted since', { exact: false })).toBeVisible();
  for (const answer of await answers.all()) await expect(answer).toBeDisabled();

  // The results download as the API exports them: each item with its answer and confidence.
  const results = page.getByRole('region', { name: 'Results' });
  const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Review-pages-\d+-results\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('item_id,batch_id,input.text,answer,confidence,votes,answer_count,answers,answers_given,answer_statuses');
  expect(csv.filter((line) => /,Answered item \d,positive,/.test(line))).toHaveLength(3);
  expect(csv.filter((line) => line.includes('Unanswered item'))).toHaveLength(20);
});
