import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console.page';

test('a requester opening the balance from a project sees the page named in the tab, its cards apart', async ({ page }) => {
  const requester = new ConsolePage(page);
  await requester.signIn('requester@fourmi.test', 'fourmi-demo-2026');
  await page.getByRole('link', { name: 'Demo — Product review sentiment' }).click();
  await expect(page).toHaveTitle('Demo — Product review sentiment · Fourmi Console');

  await page.getByRole('link', { name: 'Balance', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Balance and history', level: 1 })).toBeVisible();
  // The tab said the project's name still.
  await expect(page).toHaveTitle('Balance and history · Fourmi Console');

  // The history card stands apart from the balance card above it, as cards do on every other page.
  const balance = await page.getByRole('region', { name: 'Balance', exact: true }).boundingBox();
  const history = await page.getByRole('region', { name: 'History of your balance' }).boundingBox();
  expect(history && balance && history.y - (balance.y + balance.height)).toBeGreaterThanOrEqual(8);
});
