import { expect, type Locator, type Page } from '@playwright/test';

/** The worker app, as a worker uses it. */
export class WorkerPage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.submitSignIn(email, password);
    await expect(this.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  }

  /** Signs in from the English sign-in page; the app then speaks the account's language. */
  async submitSignIn(email: string, password: string): Promise<void> {
    await this.page.goto('/');
    await this.chooseEnglish();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in from the French sign-in page on screen (where a worker whose app speaks French lands). */
  async submitSignInHereFr(email: string, password: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Connexion', level: 1 })).toBeVisible();
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Mot de passe').fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }

  async signUp(name: string, email: string, password: string): Promise<void> {
    await this.page.goto('/');
    await this.chooseEnglish();
    await this.page.getByRole('link', { name: 'Create a worker account' }).click();
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create my account' }).click();
    await expect(this.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  }

  projectCard(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async start(projectName: string): Promise<void> {
    await this.projectCard(projectName).getByRole('link', { name: 'Start' }).click();
    await expect(this.page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    await expect(this.labelChoices).toBeVisible();
  }

  /** Opens a project of any kind and waits for its first task (the task region). */
  async open(projectName: string): Promise<void> {
    await this.projectCard(projectName).getByRole('link', { name: 'Start' }).click();
    await expect(this.page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    await expect(this.task).toBeVisible();
  }

  get task(): Locator {
    return this.page.getByRole('region', { name: 'Task', exact: true });
  }

  async expectDone(count: number): Promise<void> {
    await expect(this.page.getByText(`${count} task${count === 1 ? '' : 's'} done this session`)).toBeVisible();
  }

  get labelChoices(): Locator {
    return this.page.getByRole('group', { name: 'Choose a label' });
  }

  async taskText(): Promise<string> {
    return (await this.page.getByTestId('task-text').textContent()) ?? '';
  }

  /** Answers the task on screen, by hotkey or by clicking a label, and waits for the count to move. */
  async answer(how: { key: string } | { click: string }, doneAfter: number): Promise<void> {
    if ('key' in how) await this.page.keyboard.press(how.key);
    else await this.labelChoices.getByRole('button', { name: how.click }).click();
    await expect(this.page.getByText(`${doneAfter} task${doneAfter === 1 ? '' : 's'} done this session`)).toBeVisible();
  }

  async expectNoMoreTasks(): Promise<void> {
    await expect(this.page.getByText('No more tasks in this project')).toBeVisible();
  }

  /** The header's language switch (named "Language" or "Langue"). */
  get languageSwitch(): Locator {
    return this.page.getByRole('banner').getByRole('combobox', { name: /^(Language|Langue)$/ });
  }

  /** Switches the app's language from the header, which saves it to the account: waits for that save. */
  async chooseLanguageSaved(locale: 'en' | 'fr'): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('WorkerSaveLocale') && r.ok());
    await Promise.all([saved, this.languageSwitch.selectOption(locale)]);
  }

  async openProfile(): Promise<void> {
    await this.page.getByRole('link', { name: 'Profile' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your profile', level: 1 })).toBeVisible();
  }

  async openFeed(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Available work' }).click();
    await expect(this.page.getByRole('heading', { name: 'Available work', level: 1 })).toBeVisible();
  }

  private async chooseEnglish(): Promise<void> {
    await this.languageSwitch.selectOption('en');
  }
}
