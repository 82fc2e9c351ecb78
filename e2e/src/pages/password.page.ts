import { expect, type Locator, type Page } from '@playwright/test';

/** The Password card, on the worker app's Profile page and on the console's Account page (English). */
export class PasswordCard {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByRole('region', { name: 'Password', exact: true });
  }

  get current(): Locator {
    return this.card.getByLabel('Current password', { exact: true });
  }

  get next(): Locator {
    return this.card.getByLabel('New password', { exact: true });
  }

  get confirmation(): Locator {
    return this.card.getByLabel('Confirm the new password', { exact: true });
  }

  /** Fills the three fields and sends them from the keyboard (Enter in the last field). */
  async submit(current: string, next: string, confirmation = next): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirmation.fill(confirmation);
    await this.confirmation.press('Enter');
  }

  /** Changes the password and waits for the confirmation, every field emptied. */
  async change(current: string, next: string): Promise<void> {
    await this.submit(current, next);
    await expect(this.card.getByRole('status')).toContainText('Your password was changed and your other sessions were signed out.');
    for (const field of [this.current, this.next, this.confirmation]) await expect(field).toHaveValue('');
  }
}

/** A password reset link's page, in the worker app or the console (English). */
export class ResetPasswordPage {
  constructor(readonly page: Page) {}

  /** Opens the link and waits for its page. */
  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
  }

  get next(): Locator {
    return this.page.getByLabel('New password', { exact: true });
  }

  get confirmation(): Locator {
    return this.page.getByLabel('Confirm the new password', { exact: true });
  }

  /** Fills the new password and its confirmation, and sends them from the keyboard. */
  async submit(next: string, confirmation = next): Promise<void> {
    await this.next.fill(next);
    await this.confirmation.fill(confirmation);
    await this.confirmation.press('Enter');
  }
}
