import { expect, type Locator, type Page } from '@playwright/test';

export interface NewProject {
  name: string;
  instructions: string;
  labels: { value: string; text: string }[];
  reward: string;
  overlap: number;
  /** The minimum worker level to ask, as the wizard offers it ("Level 2 (Regular): …"); none when absent. */
  minLevel?: string;
}

/** A review sentiment project, labels Positive (key 1) and Negative (key 2), as most journeys post. */
export function sentimentProject(name: string, reward: string, overlap: number): NewProject {
  return {
    name,
    instructions: 'Is the review **positive** or **negative**?',
    labels: [
      { value: 'positive', text: 'Positive' },
      { value: 'negative', text: 'Negative' },
    ],
    reward,
    overlap,
  };
}

/** The requester console, as a requester uses it. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto('/console/');
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  }

  async createProject(project: NewProject): Promise<void> {
    await this.page.getByRole('link', { name: 'New project' }).first().click();
    await this.page.getByLabel('Name', { exact: true }).fill(project.name);
    await this.page.getByLabel('Instructions for workers').fill(project.instructions);
    for (const [i, label] of project.labels.entries()) {
      if (i >= 2) await this.page.getByRole('button', { name: 'Add a label' }).click();
      const row = this.page.getByRole('group', { name: `Label ${i + 1}` });
      await row.getByLabel('Value').fill(label.value);
      await row.getByLabel('Text').fill(label.text);
    }
    await this.page.getByLabel(/Reward per task/).fill(project.reward);
    await this.page.getByLabel('Overlap', { exact: true }).fill(String(project.overlap));
    if (project.minLevel) await this.page.getByLabel('Minimum worker level').selectOption({ label: project.minLevel });
    await this.page.getByRole('button', { name: 'Create project' }).click();
    await expect(this.page.getByRole('heading', { name: project.name, level: 1 })).toBeVisible();
  }

  async addItems(batchName: string, lines: string[]): Promise<void> {
    await this.page.getByLabel('Batch name').fill(batchName);
    await this.page.getByLabel('Items, one text per line').fill(lines.join('\n'));
    await this.page.getByRole('button', { name: 'Add as a draft batch' }).click();
    await expect(this.batchRow(batchName).getByText('Draft')).toBeVisible();
  }

  /** Chooses a file for the items form (the browser's file picker, filled with `content`). */
  async chooseItemsFile(name: string, content: string): Promise<void> {
    await this.page.getByLabel('Or load a file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  }

  /** Publishes a draft batch; `reserve`, when given, is the amount the confirmation must say it reserves. */
  async publish(batchName: string, reserve?: string): Promise<void> {
    await this.page.getByRole('button', { name: `Publish ${batchName}` }).click();
    if (reserve) {
      await expect(this.batchRow(batchName)).toContainText(`Publishing reserves ${reserve} from your balance.`);
      await expect(this.batchRow(batchName)).toContainText(/Available now: €[\d,]+\.\d\d\./);
    }
    await this.page.getByRole('button', { name: 'Confirm publish' }).click();
    await expect(this.batchRow(batchName).getByText('Published')).toBeVisible();
  }

  /** Renames the open project and rewrites its instructions from the project page. */
  async editProject(name: string, instructions: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit name, instructions and gold' }).click();
    await expect(this.page.getByText('Reward, overlap and task kind stay as created')).toBeVisible();
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Instructions for workers').fill(instructions);
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  /** The id of the project open on the page (from its address). */
  projectId(): string {
    const id = /\/projects\/([^/?#]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    expect(id, 'a project page is open').toBeTruthy();
    return decodeURIComponent(id as string);
  }

  async openProject(name: string): Promise<void> {
    await this.page.goto('/console/');
    await this.page.getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  batchRow(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }

  get results(): Locator {
    return this.page.getByRole('table', { name: 'Results' });
  }

  /** The results table row of an item, found by its text. */
  resultRow(itemText: string): Locator {
    return this.page.getByRole('table', { name: 'Results' }).getByRole('row').filter({ hasText: itemText });
  }
}
