import { expect, type Locator, type Page } from '@playwright/test';

/** The worker's level in the worker app: a badge on the feed, the "My level" card on My skills. */
export class WorkerLevelPage {
  constructor(readonly page: Page) {}

  /** The feed's one line about the level. */
  get feedLine(): Locator {
    return this.page.locator('.level-line');
  }

  get badge(): Locator {
    return this.feedLine.locator('.badge-level');
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: 'My level' });
  }

  /** From the feed's level line, opens My skills, where the level card is. */
  async openFromFeed(linkText: string): Promise<void> {
    await this.feedLine.getByRole('link', { name: linkText }).click();
    await expect(this.page.getByRole('heading', { name: 'My skills', level: 1 })).toBeVisible();
    await expect(this.card).toBeVisible();
  }

  /** Reloads the feed until its badge shows `text` (the level moves once the reviews are relayed). */
  async waitForBadge(text: string): Promise<void> {
    await expect(async () => {
      await this.page.reload();
      await expect(this.badge).toHaveText(text, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }
}
