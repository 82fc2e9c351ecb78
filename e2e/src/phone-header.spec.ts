import { expect, test, type Page } from '@playwright/test';
import { WorkerPage } from './pages/worker.page';

/** The header's height: a row of tools is about 46 px, the row of links about 40. */
async function headerHeight(page: Page): Promise<number> {
  return (await page.getByRole('banner').boundingBox())?.height ?? 0;
}

test('on a phone the header keeps to two rows, in English and in French, its links in one row that scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 760 });
  const worker = new WorkerPage(page);
  await worker.signUp('Phone Header', `phone-header-${Date.now()}@example.org`, 'a-long-password-1');
  expect(await headerHeight(page)).toBeLessThan(100);

  // French words are longer ("Se déconnecter"): the brand gives way, the tools stay on the first row.
  await worker.chooseLanguageSaved('fr');
  await expect(page.getByRole('heading', { name: 'Travail disponible', level: 1 })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  expect(await headerHeight(page)).toBeLessThan(100);

  // Every link is still there: the row scrolls sideways to the last one.
  const links = banner.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
  const last = links.last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const [first, end] = [await links.first().boundingBox(), await last.boundingBox()];
  expect(first && end && Math.abs(first.y - end.y)).toBeLessThan(2);
});
