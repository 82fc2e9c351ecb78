import { expect, test } from '@playwright/test';
import { WorkerPage } from './pages/worker.page';

test('a worker marks a screenshot with the mouse: the mark and the crosshair are where they clicked', async ({ browser }) => {
  const worker = new WorkerPage(await browser.newPage());
  await worker.signUp('Mona Mouse', `mona-${Date.now()}@example.org`, 'a long enough password');
  await worker.open('Demo — Mobile shop screens');
  const shot = worker.task.getByRole('img', { name: 'Screenshot of the interface to review' });
  await expect.poll(() => shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const box = await shot.boundingBox();
  if (!box) throw new Error('the screenshot is not on screen');
  await shot.click({ position: { x: box.width * 0.25, y: box.height * 0.2 } });
  await expect(worker.task.getByTestId('marks')).toHaveText('1 mark (at most 5).');

  // The mark sits about 25 % across and 20 % down the screenshot, and the crosshair on it, not in the middle.
  const at = (selector: string) =>
    worker.task.locator(selector).evaluate((el: HTMLElement) => ({ left: parseFloat(el.style.left), top: parseFloat(el.style.top) }));
  const mark = await at('.shot-mark');
  expect(mark.left).toBeCloseTo(25, 0);
  expect(mark.top).toBeCloseTo(20, 0);
  await expect(worker.task.getByTestId('crosshair')).toBeVisible();
  expect(await at('[data-testid="crosshair"]')).toEqual(mark);
});
