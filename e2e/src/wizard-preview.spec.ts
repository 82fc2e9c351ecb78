import { expect, test } from '@playwright/test';
import { ConsolePage } from './pages/console.page';

test('a requester typing the labels of a new project sees exactly those choices in the preview for workers', async ({ page }) => {
  const requester = new ConsolePage(page);
  await requester.signIn('requester@fourmi.test', 'fourmi-demo-2026');
  await page.getByRole('link', { name: 'New project' }).first().click();

  // The form starts with two empty labels; the preview offers two empty choices.
  const preview = page.getByRole('region', { name: 'Preview for workers' });
  const choices = preview.getByRole('group', { name: 'Choose a label' }).getByRole('button');
  await expect(choices).toHaveCount(2);

  for (const [i, [value, text]] of [['pos', 'Positive'], ['neg', 'Negative'], ['mixed', 'Mixed']].entries()) {
    if (i >= 2) await page.getByRole('button', { name: 'Add a label' }).click();
    const row = page.getByRole('group', { name: `Label ${i + 1}` });
    await row.getByLabel('Value').fill(value);
    await row.getByLabel('Text').fill(text);
  }
  // One button per label, in order, and no stray empty one left from the labels' empty start.
  await expect(choices).toHaveText(['1Positive', '2Negative', '3Mixed']);

  // Removing a label takes its choice away.
  await page.getByRole('group', { name: 'Label 2' }).getByRole('button', { name: /^Remove/ }).click();
  await expect(choices).toHaveText(['1Positive', '2Mixed']);
});
