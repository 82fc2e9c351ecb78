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
