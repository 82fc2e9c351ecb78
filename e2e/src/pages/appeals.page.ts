import { expect, type Locator, type Page } from '@playwright/test';

/** The admin area's quality work: held rejections, appeals and the audit trail (of one person). */
export class AdminReviewPage {
  constructor(readonly page: Page) {}

  get heldCard(): Locator {
    return this.page.getByRole('region', { name: 'Held rejections' });
  }

  /** The held request of this project (the journeys give each project a name of its own). */
  heldRequest(projectName: string): Locator {
    return this.heldCard.getByRole('listitem').filter({ hasText: projectName }).filter({ has: this.page.getByRole('button', { name: 'Decline' }) });
  }

  get appealsCard(): Locator {
    return this.page.getByRole('region', { name: 'Appeals' });
  }

  /** The open appeal about this task (found by its text). */
  appeal(taskText: string): Locator {
    return this.appealsCard.getByRole('listitem').filter({ hasText: taskText }).filter({ has: this.page.getByRole('button', { name: 'Uphold the rejection' }) });
  }

  get trailCard(): Locator {
    return this.page.getByRole('region', { name: 'Audit trail' });
  }

  /** The audit trail's rows (the header row left out). */
  get trailRows(): Locator {
    return this.trailCard.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** From the People directory, opens the audit trail of the one person with this email. */
  async openTrailOf(name: string, email: string): Promise<void> {
    const people = this.page.getByRole('region', { name: 'People' });
    await people.getByRole('searchbox', { name: 'Email or name' }).fill(email);
    await people.getByRole('button', { name: 'Find' }).click();
    const row = people.getByRole('row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: `Audit trail of ${name}` }).click();
    await expect(this.trailCard.getByText(`Only actions by or on ${name} (${email}).`)).toBeFocused();
  }
}

/** The worker app's rejected answers, in French ("Réponses refusées"). */
export class WorkerRejectionsPageFr {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Refus' }).click();
    await expect(this.page.getByRole('heading', { name: 'Réponses refusées', level: 1 })).toBeVisible();
  }

  /** Every rejection of this project (each is a card named by the project). */
  of(projectName: string): Locator {
    return this.page.getByRole('region', { name: projectName });
  }

  /** The rejection of this project's task with this text. */
  rejection(projectName: string, taskText: string): Locator {
    return this.of(projectName).filter({ hasText: `Tâche : ${taskText}` });
  }

  async appeal(projectName: string, taskText: string, message: string): Promise<void> {
    const card = this.rejection(projectName, taskText);
    await card.getByLabel('Contester ce refus : pourquoi votre réponse est-elle juste ?').fill(message);
    await card.getByRole('button', { name: 'Envoyer la contestation' }).click();
    await expect(card.getByText('Contestation envoyée : un administrateur va décider.')).toBeVisible();
  }
}
