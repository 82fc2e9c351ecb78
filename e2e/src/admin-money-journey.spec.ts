import { expect, test } from '@playwright/test';
import { FourmiApi } from './pages/api';
import { AdminPage } from './pages/quality.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

test('an admin told by the server that a refund is too large or a reason too short sees it under that field', async ({ page, request }) => {
  const requesterApi = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  const { me } = await requesterApi.gql<{ me: { id: string } }>('{ me { id } }');

  const admin = new AdminPage(page);
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const money = page.getByRole('region', { name: 'Balances and payments' });
  await money.getByLabel('Requester user id').fill(me.id);
  await money.getByLabel('Amount (EUR)').fill('1000000');
  await money.getByLabel('Reason (kept in the audit trail)').fill('Refund of an unused deposit');
  await money.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(money.getByLabel('Amount (EUR)')).toHaveAccessibleDescription(/At most €/);
  await expect(money.getByRole('alert')).not.toContainText('amountCents');

  await money.getByLabel('Amount (EUR)').fill('1');
  await money.getByLabel('Reason (kept in the audit trail)').fill('x');
  await money.getByRole('button', { name: 'Credit', exact: true }).click();
  await expect(money.getByLabel('Reason (kept in the audit trail)')).toHaveAccessibleDescription(/Give a reason of 3 to 500 characters/);
  await expect(money.getByRole('alert')).toHaveText('Please correct the fields marked below.');
});

test('an admin finds a requester by part of their email and credits them without knowing their id', async ({ page, request }) => {
  const requesterApi = await FourmiApi.signIn(request, 'requester@fourmi.test', DEMO_PASSWORD);
  const balance = async () => (await requesterApi.gql<{ myBalance: { availableCents: number } }>('{ myBalance { availableCents } }')).myBalance.availableCents;
  const { me } = await requesterApi.gql<{ me: { id: string; displayName: string } }>('{ me { id displayName } }');
  const before = await balance();

  const admin = new AdminPage(page);
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  const row = await admin.findPerson('REQUESTER@fourmi', 'requester@fourmi.test');
  await expect(row).toContainText('Requester');
  await row.getByRole('button', { name: `Credit or refund ${me.displayName}` }).click();

  const money = admin.moneyCard;
  await expect(money.getByLabel('Requester user id')).toHaveValue(me.id);
  await expect(money.getByLabel('Requester user id')).toHaveAccessibleDescription(`Requester: ${me.displayName} (requester@fourmi.test)`);
  await expect(money.getByLabel('Amount (EUR)')).toBeFocused();
  await money.getByLabel('Amount (EUR)').fill('2.50');
  await money.getByLabel('Reason (kept in the audit trail)').fill('Goodwill credit after an outage');
  await money.getByRole('button', { name: 'Credit', exact: true }).click();
  await expect(money.getByText(/^Done: the balance is now/)).toBeVisible();
  expect(await balance()).toBe(before + 250);

  // The directory shows the new balance once searched again.
  const again = await admin.findPerson('requester@fourmi.test', 'requester@fourmi.test');
  const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format((before + 250) / 100);
  await expect(again).toContainText(`Balance ${euros}`);
});

test('on a phone an admin’s page never scrolls sideways and the People search keeps a usable width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const admin = new AdminPage(page);
  await admin.signIn('admin@fourmi.test', DEMO_PASSWORD);
  await expect(admin.peopleCard.getByRole('row').nth(1)).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
  expect(widths.page, 'the page is no wider than the screen').toBeLessThanOrEqual(widths.screen);
  const search = await admin.peopleCard.getByRole('searchbox', { name: 'Email or name' }).boundingBox();
  expect(search?.width ?? 0, 'the search field is wide enough to type in').toBeGreaterThan(200);
});
