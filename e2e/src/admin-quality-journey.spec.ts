import { expect, test, type Page } from '@playwright/test';
import { AdminReviewPage, WorkerRejectionsPageFr } from './pages/appeals.page';
import { FourmiApi } from './pages/api';
import { ConsolePage } from './pages/console.page';
import { AdminPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
const PASSWORD = 'a long enough password';
const ITEMS = 8;

/**
 * One worker's story through the admins' quality work: a requester rejects most of their answers at
 * once (held for an admin, who approves it), the worker appeals two of the rejections (one overturned,
 * one upheld), and the admin reads the worker's audit trail. The three journeys run in order, each on
 * what the one before did.
 */
test.describe.serial('an admin’s quality work on one worker', () => {
  const stamp = Date.now();
  const project = `Held reviews ${stamp}`;
  const texts = Array.from({ length: ITEMS }, (_, i) => `Kettle review ${i + 1} of ${stamp}: boils fast, looks lovely.`);
  const wanda = { name: 'Wanda Wrong', email: `wanda-${stamp}@example.org` };
  const reason = 'These reviews are plainly positive; the worker answered Negative.';

  test('a requester rejects three of one worker’s answers at once; an admin reads why it is held and approves it; the worker reads the rejections in French', async ({ browser, request }) => {
    // Three workers answer every item, two of them "Positive", Wanda "Negative": the items' consensus is Positive.
    const requesterApi = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
    await requesterApi.gql('mutation { createTopUp(amountCents: 1000) { id } }');
    const projectId = await requesterApi.createSentimentProject(project, { overlap: 3 });
    await requesterApi.publishTexts(projectId, texts);
    for (const [name, label] of [['Paul Positive', 'positive'], ['Pia Positive', 'positive'], [wanda.name, 'negative']] as const) {
      const email = name === wanda.name ? wanda.email : `${name.split(' ')[0].toLowerCase()}-${stamp}@example.org`;
      const worker = await FourmiApi.signUpWorker(request, name, email);
      expect(await worker.answerAll(projectId, label), `${name} answers every item`).toBe(ITEMS);
    }

    // The requester rejects three of Wanda's eight answers in one go: over 20 % of hers, so an admin decides.
    const requester = new ConsolePage(await browser.newPage());
    await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
    await requester.openProject(project);
    const review = requester.page.getByRole('region', { name: 'Review answers' });
    // The requester knows workers by a pseudonym only: Wanda's answers are the ones that say Negative.
    for (const text of texts.slice(0, 3)) await review.getByRole('row').filter({ hasText: text }).filter({ hasText: 'Negative' }).getByRole('checkbox').check();
    await expect(review.getByText('3 answers selected')).toBeVisible();
    await review.getByRole('button', { name: 'Reject selected' }).click();
    await review.getByLabel(/Reason for the rejection/).fill(reason);
    await review.getByRole('button', { name: 'Confirm rejection' }).click();
    await expect(review.getByText('The request was sent to the admins; nothing is rejected until they decide.')).toBeVisible();

    // The admin reads the held request in words: whose answers, the requester's reason, why it was held.
    const admin = await signInAdmin(await browser.newPage());
    const held = admin.heldRequest(project);
    await expect(held).toContainText('3 answers');
    await expect(held).toContainText(`Requester’s reason: ${reason}`);
    await expect(held).toContainText('Held because: 3 of one worker’s 8 answers in this batch would be rejected (over 20%)');
    await expect(held).toContainText(`${wanda.name} (${wanda.email}): 3 answers`);
    // A note is required, and it is kept in the audit trail.
    await held.getByRole('button', { name: 'Approve: reject the answers' }).click();
    await expect(held.getByLabel('Note (kept in the audit trail)')).toHaveAccessibleDescription('Required.');
    await held.getByLabel('Note (kept in the audit trail)').fill('ok');
    await held.getByRole('button', { name: 'Approve: reject the answers' }).click();
    await expect(held.getByLabel('Note (kept in the audit trail)')).toHaveAccessibleDescription('Write a note of 3 to 2,000 characters.');
    await held.getByLabel('Note (kept in the audit trail)').fill('Checked three of them: the reviews are positive.');
    await held.getByRole('button', { name: 'Approve: reject the answers' }).click();
    await expect(admin.heldCard.getByText('Approved: the answers are rejected.')).toBeVisible();
    await expect(admin.heldRequest(project)).toHaveCount(0);

    // Wanda switches the worker app to French and reads each rejection: which task, her answer, the reason.
    const worker = new WorkerPage(await browser.newPage());
    await worker.signIn(wanda.email, PASSWORD);
    await worker.chooseLanguageSaved('fr');
    await expect(worker.page.getByRole('heading', { name: 'Travail disponible', level: 1 })).toBeVisible();
    const rejections = new WorkerRejectionsPageFr(worker.page);
    await rejections.open();
    await expect(rejections.of(project)).toHaveCount(3);
    for (const text of texts.slice(0, 3)) {
      const card = rejections.rejection(project, text);
      await expect(card).toContainText('Votre réponse : Negative');
      await expect(card).toContainText(`Motif : ${reason}`);
    }
    await expect(rejections.rejection(project, texts[3])).toHaveCount(0);
  });

  test('the worker appeals two rejections; the admin reads each one’s task, answer and consensus, overturns one and upholds the other; the worker is paid for the one overturned', async ({ browser }) => {
    // Back in the worker app, which speaks French, the account's language.
    const worker = new WorkerPage(await browser.newPage());
    await worker.submitSignIn(wanda.email, PASSWORD);
    await expect(worker.page.getByRole('heading', { name: 'Travail disponible', level: 1 })).toBeVisible();
    await worker.page.getByRole('navigation').getByRole('link', { name: 'Gains' }).click();
    await expect(worker.page.getByTestId('earnings-available')).toHaveText(/^0,00\s€$/);
    const rejections = new WorkerRejectionsPageFr(worker.page);
    await rejections.open();
    await rejections.appeal(project, texts[0], 'J’ai mal lu cet avis : il est bien positif.');
    await rejections.appeal(project, texts[1], 'Je maintiens : le client se plaint du bruit.');

    // The admin reads each appeal with its evidence in words, and decides it.
    const admin = await signInAdmin(await browser.newPage());
    const first = admin.appeal(texts[0]);
    await expect(first).toContainText(`Worker: ${wanda.name} (${wanda.email})`);
    await expect(first).toContainText(`Rejected because: ${reason}`);
    await expect(first).toContainText('The worker says: J’ai mal lu cet avis : il est bien positif.');
    await expect(first.getByRole('definition').filter({ hasText: texts[0] })).toHaveCount(1);
    await expect(first).toContainText('Their answerNegative');
    await expect(first).toContainText('The item’s consensusPositive');
    await expect(first).toContainText('No gold item missed lately.');
    await first.getByLabel('Your decision note (shown to the worker)').fill('You are right that it was a slip; accepted this once.');
    await first.getByRole('button', { name: 'Overturn: accept and pay' }).click();
    await expect(admin.appealsCard.getByText('The answer is accepted and paid.')).toBeVisible();
    await expect(admin.appeal(texts[0])).toHaveCount(0);

    const second = admin.appeal(texts[1]);
    await expect(second).toContainText('The item’s consensusPositive');
    await second.getByLabel('Your decision note (shown to the worker)').fill('Two other workers read it as positive, and so do I.');
    await second.getByRole('button', { name: 'Uphold the rejection' }).click();
    await expect(admin.appealsCard.getByText('The rejection stands.')).toBeVisible();
    await expect(admin.appeal(texts[1])).toHaveCount(0);

    // The worker reads both outcomes with the admin's notes, and the overturned answer is paid.
    await worker.page.reload();
    await expect(rejections.rejection(project, texts[0])).toContainText('Contestation tranchée : votre réponse est acceptée et payée.');
    await expect(rejections.rejection(project, texts[0])).toContainText('You are right that it was a slip; accepted this once.');
    await expect(rejections.rejection(project, texts[1])).toContainText('Contestation tranchée : le refus est maintenu.');
    await expect(rejections.rejection(project, texts[1])).toContainText('Two other workers read it as positive, and so do I.');
    await expect(rejections.rejection(project, texts[2]).getByRole('button', { name: 'Envoyer la contestation' })).toBeVisible();
    await worker.page.getByRole('navigation').getByRole('link', { name: 'Gains' }).click();
    await expect(worker.page.getByTestId('earnings-available')).toHaveText(/^0,10\s€$/);
  });

  test('the admin opens the worker’s audit trail from the People directory and sees only the actions on her, the latest first', async ({ page }) => {
    const admin = await signInAdmin(page);
    await admin.openTrailOf(wanda.name, wanda.email);
    const rows = admin.trailRows;
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText(/Demo Admin\s*Upheld an appeal’s rejection\s*Wanda Wrong/);
    await expect(rows.nth(0)).toContainText('Two other workers read it as positive, and so do I.');
    await expect(rows.nth(1)).toContainText(/Demo Admin\s*Overturned a rejection on appeal\s*Wanda Wrong/);
    await expect(rows.nth(1)).toContainText('You are right that it was a slip; accepted this once.');
    await expect(rows.nth(2)).toContainText(/Demo Admin\s*Approved a held rejection\s*Wanda Wrong/);
    await expect(rows.nth(2)).toContainText('Checked three of them: the reviews are positive.');
    for (const row of await rows.all()) await expect(row).toContainText(`${wanda.name} (${wanda.email})`);
    await expect(admin.trailCard).toContainText('1–3 of 3');

    // Back to everyone's: the requester's side of the held rejection is there too.
    await admin.trailCard.getByRole('button', { name: 'Show everyone’s' }).click();
    await expect(admin.trailCard.getByText(/^Only actions by or on/)).toHaveCount(0);
    await expect(admin.trailRows.filter({ hasText: 'Checked three of them: the reviews are positive.' }).filter({ hasText: 'requester@fourmi.test' })).toHaveCount(1);
  });
});

async function signInAdmin(page: Page): Promise<AdminReviewPage> {
  await new AdminPage(page).signIn('admin@fourmi.test', DEMO_PASSWORD);
  return new AdminReviewPage(page);
}

