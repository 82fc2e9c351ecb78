import { expect, test } from '@playwright/test';
import { AdminReviewPage } from './pages/appeals.page';
import { FourmiApi, SIGNED_UP_PASSWORD } from './pages/api';
import { ResetPasswordPage } from './pages/password.page';
import { AdminPage } from './pages/quality.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';
const NEW_PASSWORD = 'staple battery horse 42';

test('an admin makes a password reset link for a worker who forgot theirs; the worker sets a new password with it and is signed in; the link then is refused, and the new password signs in', async ({ browser, request, baseURL }) => {
  const stamp = Date.now();
  const name = `Fergus Forgetful ${stamp}`;
  const email = `fergus-${stamp}@example.org`;
  const reason = `Asked support from ${email}`;
  await FourmiApi.signUpWorker(request, name, email);

  // The worker's sign-in page says how to get a link for a forgotten password.
  const outside = await browser.newContext();
  const signInPage = await outside.newPage();
  await signInPage.goto('/sign-in');
  await expect(signInPage.getByText('Forgot your password?')).toBeVisible();
  await expect(signInPage.getByText('Write to support from your account’s email address and ask for a password reset link.')).toBeVisible();

  // The admin finds the worker in People and makes the link, with a reason; the whole link shows, to copy.
  const adminContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const admin = new AdminPage(await adminContext.newPage());
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const row = await admin.findPerson(email, email);
  const link = await admin.makeResetLink(row, name, reason);
  expect(link).toMatch(new RegExp(`^${baseURL}/reset-password\\?ticket=[\\w.-]+$`));
  const panel = admin.resetLinkPanel(name);
  await expect(panel.getByRole('status').filter({ hasText: `A password reset link for ${name} is ready.` })).toBeVisible();
  await expect(panel.getByText(/^Valid until .+\.$/)).toBeVisible();
  await expect(panel).toContainText(`Send it only to the account’s own email address, ${email}. It works once: whoever opens it first chooses the password.`);
  await panel.getByRole('button', { name: 'Copy the link' }).click();
  await expect(panel.getByText('Copied.')).toBeVisible();
  expect(await admin.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(panel).toHaveCount(0);
  await expect(row.getByRole('button', { name: `Password reset link for ${name}` })).toBeFocused();

  // The worker opens it in their own browser: a confirmation that differs is refused here, then the new password is set.
  const workerContext = await browser.newContext();
  const reset = new ResetPasswordPage(await workerContext.newPage());
  await reset.open(link);
  await expect(reset.next).toHaveAccessibleDescription('At least 10 characters.');
  await reset.submit(NEW_PASSWORD, 'staple battery horse 24');
  await expect(reset.confirmation).toHaveAccessibleDescription('The two new passwords differ.');
  await expect(reset.confirmation).toBeFocused();
  await reset.submit(NEW_PASSWORD);

  // Signed in, on the app's home.
  const worker = new WorkerPage(reset.page);
  await expect(worker.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  await expect(worker.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await worker.page.reload();
  await expect(worker.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();

  // The same link, opened again, is refused, with the way to the sign-in page.
  const again = new ResetPasswordPage(await outside.newPage());
  await again.open(link);
  await again.submit('another long password 7');
  await expect(again.page.getByRole('alert')).toHaveText('This link has expired or was already used. Ask support for a new one.');
  await expect(again.next).toHaveCount(0);
  await again.page.getByRole('link', { name: 'Go to the sign-in page' }).click();

  // There, the old password no longer signs in; the new one does.
  await expect(again.page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await again.page.getByLabel('Email').fill(email);
  await again.page.getByLabel('Password').fill(SIGNED_UP_PASSWORD);
  await again.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(again.page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await again.page.getByLabel('Password').fill(NEW_PASSWORD);
  await again.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(again.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();

  // The worker's audit trail keeps the link, with the admin's reason, then the password it set.
  const trail = new AdminReviewPage(admin.page);
  await trail.openTrailOf(name, email);
  await expect(trail.trailRows).toHaveCount(2);
  await expect(trail.trailRows.nth(0)).toContainText(new RegExp(`${name}\\s*Changed their password\\s*${name} \\(${email}\\)`));
  await expect(trail.trailRows.nth(1)).toContainText(new RegExp(`Demo Admin\\s*Made a password reset link\\s*${name} \\(${email}\\)\\s*${reason}`));

  await Promise.all([outside.close(), adminContext.close(), workerContext.close()]);
});

test('a requester who forgot their password sets a new one with a link that opens in the console', async ({ browser, request, baseURL }) => {
  const stamp = Date.now();
  const name = `Rosalie Requester ${stamp}`;
  const email = `rosalie-${stamp}@example.org`;
  await FourmiApi.signUpRequester(request, name, email);

  const adminContext = await browser.newContext();
  const admin = new AdminPage(await adminContext.newPage());
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const link = await admin.makeResetLink(await admin.findPerson(email, email), name, `Asked support from ${email}`);
  expect(link).toMatch(new RegExp(`^${baseURL}/console/reset-password\\?ticket=[\\w.-]+$`));

  // In the requester's own browser: the console's reset page signs them in, on the console's home.
  const requesterContext = await browser.newContext();
  const reset = new ResetPasswordPage(await requesterContext.newPage());
  await reset.open(link);
  await reset.submit(NEW_PASSWORD);
  await expect(reset.page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  await expect(reset.page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The link works once.
  const again = new ResetPasswordPage(await requesterContext.newPage());
  await again.open(link);
  await again.submit('another long password 7');
  await expect(again.page.getByRole('alert')).toHaveText('This link has expired or was already used. Ask support for a new one.');

  await Promise.all([adminContext.close(), requesterContext.close()]);
});
