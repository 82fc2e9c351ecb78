import { expect, test } from '@playwright/test';
import { FourmiApi, SIGNED_UP_PASSWORD } from './pages/api';
import { ConsolePage } from './pages/console.page';
import { PasswordCard } from './pages/password.page';
import { WorkerPage } from './pages/worker.page';

const NEW_PASSWORD = 'staple battery horse 42';

test('a worker changes their password on one device: it keeps working there, the other device is signed out, and only the new password signs in', async ({ browser, request }) => {
  const email = `pia-${Date.now()}@example.org`;
  await FourmiApi.signUpWorker(request, 'Pia Password', email);

  // Signed in on two devices (two browsers: nothing shared between them).
  const here = new WorkerPage(await browser.newPage());
  const elsewhere = new WorkerPage(await browser.newPage());
  await here.signIn(email, SIGNED_UP_PASSWORD);
  await elsewhere.signIn(email, SIGNED_UP_PASSWORD);

  await here.openProfile();
  const password = new PasswordCard(here.page);
  await expect(password.next).toHaveAccessibleDescription('At least 10 characters.');

  // A confirmation that differs is refused here, on the confirmation, which gets the focus.
  await password.submit(SIGNED_UP_PASSWORD, NEW_PASSWORD, 'staple battery horse 24');
  await expect(password.confirmation).toHaveAccessibleDescription('The two new passwords differ.');
  await expect(password.confirmation).toBeFocused();

  // A wrong current password is refused by the API, said on its field, which gets the focus.
  await password.submit('not my password at all', NEW_PASSWORD);
  await expect(password.current).toHaveAccessibleDescription('Wrong password');
  await expect(password.current).toHaveAttribute('aria-invalid', 'true');
  await expect(password.current).toBeFocused();
  await expect(password.confirmation).not.toHaveAttribute('aria-invalid');
  await expect(password.card.getByRole('alert')).toContainText('Please correct the fields marked below.');

  // The right one: changed, said, and the form emptied.
  await password.change(SIGNED_UP_PASSWORD, NEW_PASSWORD);
  await expect(password.card.getByRole('alert')).toHaveCount(0);

  // This device goes on with the new token: other pages, and after a reload.
  await here.openFeed();
  await here.page.reload();
  await expect(here.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  await here.openProfile();
  await expect(here.page.getByLabel('Your name')).toHaveValue('Pia Password');

  // The other device's next action lands on the sign-in page, which says why.
  await elsewhere.page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click();
  await expect(elsewhere.page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(elsewhere.page.getByText('Your password was changed, so this session ended. Sign in again with the new password.')).toBeVisible();
  await expect(elsewhere.page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // There, the old password no longer signs in; the new one does, back to the page asked for.
  await elsewhere.page.getByLabel('Email').fill(email);
  await elsewhere.page.getByLabel('Password').fill(SIGNED_UP_PASSWORD);
  await elsewhere.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(elsewhere.page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await elsewhere.page.getByLabel('Password').fill(NEW_PASSWORD);
  await elsewhere.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(elsewhere.page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();

  // And the first device is still signed in after all that.
  await here.openFeed();
  await expect(here.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a requester changes their password from the console’s Account page, linked in the header', async ({ page, request }) => {
  const email = `rene-${Date.now()}@example.org`;
  await FourmiApi.signUpRequester(request, 'René Requester', email);
  const consolePage = new ConsolePage(page);
  await consolePage.signIn(email, SIGNED_UP_PASSWORD);

  await page.getByRole('banner').getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Your account · Fourmi Console');
  await expect(page.getByText(`Signed in as René Requester (${email}).`)).toBeVisible();

  const password = new PasswordCard(page);
  await password.change(SIGNED_UP_PASSWORD, NEW_PASSWORD);
  await page.getByRole('link', { name: 'Projects' }).first().click();
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();

  // Signed out, the new password signs in.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await consolePage.signIn(email, NEW_PASSWORD);
});
