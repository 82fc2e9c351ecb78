import { expect, type Locator, type Page } from '@playwright/test';

/** The worker app's "My skills" and "Rules & standing" pages. */
export class WorkerStandingPage {
  constructor(readonly page: Page) {}

  /** Opens My skills and returns the worker's own id, as shown there. */
  async openSkills(): Promise<string> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'My skills' }).click();
    await expect(this.page.getByRole('heading', { name: 'My skills', level: 1 })).toBeVisible();
    const line = await this.page.getByText(/^Your worker id/).textContent();
    const id = /:\s*(\S+)$/.exec(line ?? '')?.[1];
    expect(id, 'the worker id on the skills page').toBeTruthy();
    return id as string;
  }

  /** From My skills, opens the standing of the project (by its name). */
  async openStandingFromSkills(projectName: string): Promise<void> {
    await this.page.getByRole('link', { name: `Rules & standing of ${projectName}` }).click();
    await expect(this.page.getByRole('heading', { name: 'Rules & standing', level: 1 })).toBeVisible();
  }

  /** From the feed, opens the standing of a project listed there. */
  async openStandingFromFeed(projectName: string): Promise<void> {
    await this.page.getByRole('link', { name: `Rules & standing of ${projectName}` }).click();
    await expect(this.page.getByRole('heading', { name: 'Rules & standing', level: 1 })).toBeVisible();
  }

  get banAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'You are banned from this project' });
  }

  get rules(): Locator {
    return this.page.getByRole('region', { name: 'Rules of this project' });
  }
}

/** The console's admin area. */
export class AdminPage {
  constructor(readonly page: Page) {}

  /** Signs in on the way to /console/admin and lands there. */
  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto('/console/admin');
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('heading', { name: 'Administration', level: 1 })).toBeVisible();
  }

  get qualityCard(): Locator {
    return this.page.getByRole('region', { name: 'Worker quality' });
  }

  /** Opens a worker's audit from the list of workers to review, by the worker's name; returns their row. */
  async auditFromList(name: string): Promise<Locator> {
    const row = this.page.getByRole('region', { name: 'Workers to review' }).getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: `Audit ${name}` }).click();
    await expect(this.qualityCard.getByText('Answers sent')).toBeVisible();
    return row;
  }

  get peopleCard(): Locator {
    return this.page.getByRole('region', { name: 'People' });
  }

  get moneyCard(): Locator {
    return this.page.getByRole('region', { name: 'Balances and payments' });
  }

  /** Searches the People directory (part of an email or name) and returns the one row of that email. */
  async findPerson(search: string, email: string): Promise<Locator> {
    await this.peopleCard.getByRole('searchbox', { name: 'Email or name' }).fill(search);
    await this.peopleCard.getByRole('button', { name: 'Find' }).click();
    const row = this.peopleCard.getByRole('row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    return row;
  }

  /** The form that suspends (or reinstates) this person, open under their row in the People directory. */
  suspensionForm(action: 'Suspend' | 'Reinstate', name: string): Locator {
    return this.peopleCard.getByRole('form', { name: `${action} ${name}` });
  }

  /** From the person's row in the People directory, suspends or reinstates their account with this reason. */
  async changeSuspension(row: Locator, action: 'Suspend' | 'Reinstate', name: string, reason: string): Promise<void> {
    await row.getByRole('button', { name: `${action} ${name}` }).click();
    const form = this.suspensionForm(action, name);
    const field = form.getByRole('textbox');
    await expect(field).toBeFocused();
    await field.fill(reason);
    await form.getByRole('button', { name: `${action} the account` }).click();
    const done = action === 'Suspend' ? `${name} is suspended: signed out within seconds.` : `${name} is reinstated and can sign in again.`;
    await expect(this.peopleCard.getByRole('status').filter({ hasText: done })).toBeVisible();
  }

  /** The password reset link made for this person, shown under their row in the People directory. */
  resetLinkPanel(name: string): Locator {
    return this.peopleCard.getByRole('group', { name: `Password reset link for ${name}` });
  }

  /** From the person's row in the People directory, makes a password reset link with this reason; returns the link. */
  async makeResetLink(row: Locator, name: string, reason: string): Promise<string> {
    await row.getByRole('button', { name: `Password reset link for ${name}` }).click();
    const form = this.peopleCard.getByRole('form', { name: `Password reset link for ${name}` });
    const field = form.getByRole('textbox');
    await expect(field).toBeFocused();
    await field.fill(reason);
    await form.getByRole('button', { name: 'Make the link' }).click();
    const link = this.resetLinkPanel(name).getByRole('textbox', { name: 'The link' });
    await expect(link).toBeFocused();
    return link.inputValue();
  }

  async liftFirstBan(reason: string): Promise<void> {
    await this.qualityCard.getByRole('button', { name: /^Lift the ban/ }).first().click();
    await this.qualityCard.getByLabel('Why lift this ban').fill(reason);
    await this.qualityCard.getByRole('button', { name: 'Confirm lift' }).click();
    await expect(this.qualityCard.getByText('Ban lifted.')).toBeVisible();
  }
}
