import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { CRITERIA } from '../../shared/domain/criteria.ts';
import type { Criterion } from '../../shared/domain/criteria.ts';

/** Page objects: what a user sees and does, by role and label only. */
export class HomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: 'Scalepath', level: 1 })).toBeVisible();
  }

  get workshops(): Locator {
    return this.page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
  }

  async createWorkshop(fields: { title: string; organisation?: string; facilitator?: string }) {
    await this.page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Workshop title').fill(fields.title);
    if (fields.organisation) await dialog.getByLabel('Organisation').fill(fields.organisation);
    if (fields.facilitator) await dialog.getByLabel('Facilitator').fill(fields.facilitator);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(this.page.getByRole('heading', { name: fields.title, level: 1 })).toBeVisible();
  }
}

export interface CandidateInput {
  title: string;
  department?: string;
  scores?: Partial<Record<Criterion, number>>;
}

export class CandidatesPage {
  constructor(readonly page: Page) {}

  row(title: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  /** The row's cells as text: department, stage, V, F, priority, quadrant, actions. */
  async rowCells(title: string): Promise<string[]> {
    await expect(this.row(title)).toBeVisible();
    return (await this.row(title).getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  async addCandidate(input: CandidateInput) {
    await this.page.getByRole('button', { name: 'Add candidate' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a candidate' });
    await dialog.getByLabel('Title', { exact: true }).fill(input.title);
    if (input.department) await dialog.getByLabel('Department').fill(input.department);
    for (const [criterion, score] of Object.entries(input.scores ?? {})) {
      await dialog
        .getByRole('radio', { name: `${CRITERIA[criterion as Criterion].label}: ${score}` })
        .check();
    }
    await dialog.getByRole('button', { name: 'Add candidate' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(input.title)).toBeVisible();
  }
}
