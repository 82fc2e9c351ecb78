import { expect, type Locator, type Page } from '@playwright/test';

export const SANDBOX_TEXT = 'Sandbox — no real money';

/** The money and review parts of the console's project page. */
export class ConsoleMoneyPage {
  constructor(readonly page: Page) {}

  get balanceCard(): Locator {
    return this.page.getByRole('region', { name: 'Balance' });
  }

  get reviewCard(): Locator {
    return this.page.getByRole('region', { name: 'Review answers' });
  }

  get historyCard(): Locator {
    return this.page.getByRole('region', { name: 'History of your balance' });
  }

  /** The console's Balance page, from the navigation. */
  async openBalance(): Promise<void> {
    await this.page.getByRole('link', { name: 'Balance', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Balance and history' })).toBeVisible();
  }

  /** The line of the balance history that says `memo` with `amount` (signed, as shown). */
  historyLine(memo: string, amount: string): Locator {
    return this.historyCard.getByRole('listitem').filter({ hasText: memo }).filter({ hasText: amount });
  }

  async topUp(amount: string): Promise<void> {
    await expect(this.balanceCard.getByText(SANDBOX_TEXT)).toBeVisible();
    await this.balanceCard.getByLabel(/Amount to add/).fill(amount);
    await this.balanceCard.getByRole('button', { name: 'Add funds' }).click();
    await expect(this.balanceCard.getByText(/added to your balance/)).toBeVisible();
  }

  /** Waits for `count` answers in the review list, selects them all and accepts them in one go. */
  async acceptAll(count: number): Promise<void> {
    await expect(this.reviewCard.getByRole('checkbox', { name: /^Select the answer of/ })).toHaveCount(count, { timeout: 20_000 });
    await this.reviewCard.getByRole('checkbox', { name: 'Select every answer on this page' }).check();
    await expect(this.reviewCard.getByText(`${count} answers selected`)).toBeVisible();
    await this.reviewCard.getByRole('button', { name: 'Accept selected' }).click();
    await expect(this.reviewCard.getByText(`${count} answers accepted`)).toBeVisible();
    await expect(this.reviewCard.getByText('Accepted', { exact: true })).toHaveCount(count);
  }
}

/** The worker app's earnings page. */
export class WorkerEarningsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Earnings' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your earnings', level: 1 })).toBeVisible();
    await expect(this.page.getByText(SANDBOX_TEXT)).toBeVisible();
  }

  stat(name: 'pending' | 'available' | 'in-flight' | 'paid'): Locator {
    return this.page.getByTestId(`earnings-${name}`);
  }

  get payoutCard(): Locator {
    return this.page.getByRole('region', { name: 'Get paid' });
  }

  /** Fills the amount and asks for the payout; returns nothing, the caller checks what is shown. */
  async requestPayout(amount: string): Promise<void> {
    await this.payoutCard.getByLabel(/^Amount/).fill(amount);
    await this.payoutCard.getByRole('button', { name: 'Request a payout' }).click();
  }

  get payoutsTable(): Locator {
    return this.page.getByRole('table', { name: 'Payouts' });
  }
}
