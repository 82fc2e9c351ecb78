import { expect, test } from '@playwright/test';
import { AdminReviewPage } from './pages/appeals.page';
import { FourmiApi } from './pages/api';
import { AdminPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
const PASSWORD = 'a long enough password';

test('an admin suspends a worker at work, who is signed out at their next answer and told why in French, cannot sign in, and works again once reinstated; the audit trail keeps both', async ({ browser, request }) => {
  const stamp = Date.now();
  const project = `Suspension reviews ${stamp}`;
  const name = `Sid Suspect ${stamp}`;
  const email = `sid-${stamp}@example.org`;
  const reason = 'Several accounts for one person; write to support to explain';
  const back = 'Two people after all: checked with support';

  const requesterApi = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  await requesterApi.gql('mutation { createTopUp(amountCents: 1000) { id } }');
  const projectId = await requesterApi.createSentimentProject(project);
  await requesterApi.publishTexts(projectId, Array.from({ length: 6 }, (_, i) => `Toaster review ${i + 1} of ${stamp}: crisp and even, love it.`));

  // A new worker starts the project, answers once, and switches the app to French.
  const worker = new WorkerPage(await browser.newPage());
  const page = worker.page;
  await worker.signUp(name, email, PASSWORD);
  await worker.start(project);
  await worker.answer({ key: '1' }, 1);
  await worker.chooseLanguageSaved('fr');
  await expect(page.getByText('1 tâche faite pendant cette session')).toBeVisible();

  // The admin finds the worker in People and suspends the account: a reason of 3 to 1,000 characters, checked in the form.
  const admin = new AdminPage(await browser.newPage());
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const row = await admin.findPerson(email, email);
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: `Suspend ${name}` }).click();
  const form = admin.suspensionForm('Suspend', name);
  const field = form.getByLabel('Reason for the suspension (shown to them, kept in the audit trail)');
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(
    `${name} is signed out within seconds and cannot sign in until reinstated, and is shown this reason. Their work, projects and money stay as they are.`,
  );
  await field.fill('no');
  await form.getByRole('button', { name: 'Suspend the account' }).click();
  await expect(field).toHaveAccessibleDescription(/Give a reason of 3 to 1,000 characters\.$/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
  await expect(row.getByRole('button', { name: `Suspend ${name}` })).toBeFocused();
  await admin.changeSuspension(row, 'Suspend', name, reason);
  await expect(row).toContainText(/Suspended since/);
  await expect(row).toContainText(`Reason: ${reason}`);
  await expect(row).not.toContainText('Active');
  await expect(row.getByRole('button', { name: `Reinstate ${name}` })).toBeFocused();

  // The worker's next answer ends the session: the French sign-in page says the account is suspended, and why.
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { name: 'Connexion', level: 1 })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(`Ce compte est suspendu.Motif : ${reason}`);

  // Signing in again is refused, with the reason: not as a wrong password.
  await worker.submitSignInHereFr(email, PASSWORD);
  await expect(alert).toHaveText(`Ce compte est suspendu.Motif : ${reason}`);
  await expect(page.getByText('E-mail ou mot de passe incorrect.')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Connexion', level: 1 })).toBeVisible();

  // The admin reinstates the account, with a reason.
  await admin.changeSuspension(row, 'Reinstate', name, back);
  await expect(row).toContainText('Active');
  await expect(row).not.toContainText('Suspended since');

  // The worker signs in, is back at the project, and answers again.
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { name: project, level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Choisissez une étiquette' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByText('1 tâche faite pendant cette session')).toBeVisible();

  // The admin's own row offers no suspension (the API would refuse it).
  const self = await admin.findPerson('admin@fourmi.test', 'admin@fourmi.test');
  await expect(self.getByRole('button', { name: /^Audit trail of / })).toBeVisible();
  await expect(self.getByRole('button', { name: /^Suspend / })).toHaveCount(0);

  // The audit trail of the worker keeps both actions, the latest first, each with its reason.
  const trail = new AdminReviewPage(admin.page);
  await trail.openTrailOf(name, email);
  await expect(trail.trailRows).toHaveCount(2);
  await expect(trail.trailRows.nth(0)).toContainText(new RegExp(`Demo Admin\\s*Reinstated the account\\s*${name} \\(${email}\\)\\s*${back}`));
  await expect(trail.trailRows.nth(1)).toContainText(new RegExp(`Demo Admin\\s*Suspended the account\\s*${name} \\(${email}\\)\\s*${reason}`));
});
