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

  /** The line that names this laptop, as files exported from here carry it. */
  get laptopName(): Locator {
    return this.page.getByText(/^Files exported from here say they come from /);
  }

  /** Renames this laptop through "Rename this laptop". */
  async renameLaptop(name: string) {
    await this.page.getByRole('button', { name: 'Rename this laptop' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Name this laptop' });
    await dialog.getByLabel('Laptop name').fill(name);
    await dialog.getByRole('button', { name: 'Save name' }).click();
  }

  async createWorkshop(fields: { title: string; organisation?: string; facilitator?: string }) {
    await this.page.getByRole('button', { name: 'New workshop', exact: true }).click();
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

/** A point on the matrix in its own units: feasibility left to right, value bottom to top. */
export interface MatrixPoint {
  feasibility: number;
  value: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Matrix tab: cards are buttons named "<title>, <quadrant>" (or "<title>, in the tray"). */
export class MatrixPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Matrix', exact: true }).click();
    await expect(this.plot).toBeVisible();
  }

  /** The plot: the area between the axes, 0-100 on both. */
  get plot(): Locator {
    return this.page.getByRole('region', { name: 'Matrix', exact: true });
  }

  get tray(): Locator {
    return this.page.getByRole('region', { name: /^Tray/ });
  }

  /** dnd-kit's live region, where drags are announced. */
  get announcement(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /Picked up|is over|Placed|Cancelled|Returned|Dropped|Cleared/ });
  }

  card(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}, `) });
  }

  /** The screen point of a matrix point. */
  async pointOf(at: MatrixPoint): Promise<{ x: number; y: number }> {
    const box = await this.plot.boundingBox();
    if (!box) throw new Error('the matrix is not on screen');
    return {
      x: box.x + (box.width * at.feasibility) / 100,
      y: box.y + (box.height * (100 - at.value)) / 100,
    };
  }

  /** Drags a card by its centre with the mouse, in small steps as a hand would. */
  async dragCard(title: string, to: { x: number; y: number }) {
    const box = await this.card(title).boundingBox();
    if (!box) throw new Error(`the card “${title}” is not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 20 });
    await this.page.mouse.up();
  }

  async dragCardOnMatrix(title: string, at: MatrixPoint) {
    await this.dragCard(title, await this.pointOf(at));
  }

  async dragCardToTray(title: string) {
    const box = await this.tray.boundingBox();
    if (!box) throw new Error('the tray is not on screen');
    await this.dragCard(title, { x: box.x + box.width / 2, y: box.y + box.height - 30 });
  }

  /** Opens a card's actions (a click selects it) and presses one of them. */
  async cardAction(title: string, action: string) {
    await this.card(title).click();
    await this.page
      .getByRole('group', { name: `Actions for “${title}”` })
      .getByRole('button', { name: action })
      .click();
  }
}

export interface ComponentInput {
  name: string;
  kind?: string;
  dataDomain?: string;
  builtBy?: string;
  reusedBy?: string[];
}

/** The Portfolio screen: balance charts, department spread, reusable components. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.getByRole('link', { name: 'Portfolio', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Portfolio balance' })).toBeVisible();
  }

  /** Which group the balance is of: "All candidates", "Roadmap" or a phase's name. */
  view(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show the balance of' }).getByRole('radio', {
      name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
    });
  }

  /** A chart's section, by its title, e.g. "Quick-win vs long-term horizon". */
  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The drawing, whose accessible name states its numbers. */
  chartImage(title: string): Locator {
    return this.chart(title).getByRole('img');
  }

  tableToggle(title: string): Locator {
    return this.page.getByRole('button', { name: `Show as table: ${title}`, exact: true });
  }

  /** Turns the chart's table on and returns it. */
  async showTable(title: string): Promise<Locator> {
    await this.tableToggle(title).click();
    await expect(this.tableToggle(title)).toHaveAttribute('aria-pressed', 'true');
    return this.chart(title).getByRole('table');
  }

  /** The cells after the row header, as text. */
  async tableRow(table: Locator, rowHeader: string): Promise<string[]> {
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) });
    await expect(row).toBeVisible();
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  get warnings(): Locator {
    return this.page.getByRole('region', { name: 'Balance warnings' });
  }

  get components(): Locator {
    return this.page.getByRole('region', { name: 'Reusable components' });
  }

  get duplicationWarnings(): Locator {
    return this.page.getByRole('region', { name: 'Duplication warnings' });
  }

  component(name: string): Locator {
    return this.components
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Fills the component form that is open (add or edit). */
  async fillComponent(dialog: Locator, input: ComponentInput) {
    await dialog.getByLabel('Name', { exact: true }).fill(input.name);
    if (input.kind) await dialog.getByLabel('Kind').selectOption({ label: input.kind });
    if (input.dataDomain !== undefined)
      await dialog.getByLabel('Data domain').fill(input.dataDomain);
    if (input.builtBy) await dialog.getByLabel('Built by').selectOption({ label: input.builtBy });
    const reusedBy = dialog.getByRole('group', { name: 'Reused by' });
    for (const title of input.reusedBy ?? []) {
      await reusedBy.getByRole('checkbox', { name: title, exact: true }).check();
    }
  }

  async addComponent(input: ComponentInput) {
    await this.components.getByRole('button', { name: 'Add component' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a component' });
    await this.fillComponent(dialog, input);
    await dialog.getByRole('button', { name: 'Add component' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.component(input.name)).toBeVisible();
  }
}

/** The Roadmap tab: columns (the backlog, then the phases), cards named by their title, checks. */
export class RoadmapPage {
  constructor(readonly page: Page) {}

  /** Opens the sample workshop from the library, then its Roadmap. */
  async openSample() {
    await this.page.goto('./');
    await this.page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
    await this.open();
  }

  async open() {
    await this.page.getByRole('link', { name: 'Roadmap', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Roadmap', level: 2 })).toBeVisible();
  }

  /** A column by its name: "Backlog" or a phase's name. */
  column(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The columns, backlog first. */
  get board(): Locator {
    return this.page.getByRole('group', { name: 'Backlog and phases' });
  }

  card(title: string): Locator {
    return this.board.getByRole('button', { name: title, exact: true });
  }

  /** The titles of a column's cards, top to bottom. */
  async titles(column: string): Promise<string[]> {
    const cards = this.column(column).getByRole('list', { name: `Cards in ${column}` });
    if ((await cards.count()) === 0) return [];
    return cards
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  /** dnd-kit's live region, where drags are announced. */
  get announcement(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /Picked up|is over|Moved|Dropped|Cancelled/ });
  }

  /** The checks of one severity: "errors", "warnings" or "hints". */
  checks(severity: 'errors' | 'warnings' | 'hints'): Locator {
    return this.page
      .getByRole('region', { name: 'Checks', exact: true })
      .getByRole('list', { name: severity, exact: true })
      .getByRole('listitem');
  }

  /**
   * Drags a card with the mouse, in small steps as a hand would: onto `target` (in a list, it takes
   * that card's place) or just below it (after the last card of a column).
   */
  async dragCard(title: string, target: Locator, at: 'onto' | 'below' = 'onto') {
    const source = this.card(title);
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    if (!from) throw new Error(`the card “${title}” is not on screen`);
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    // Past the 4 px that tell a drag from a click.
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, {
      steps: 4,
    });
    const to = await target.boundingBox();
    if (!to) throw new Error('the drop target is not on screen');
    const x = to.x + to.width / 2;
    const y = at === 'below' ? to.y + to.height + 12 : to.y + to.height / 2;
    await this.page.mouse.move(x, y, { steps: 15 });
    // The columns measure again once the card has changed lists: one more small move settles it.
    await this.page.mouse.move(x + 1, y, { steps: 2 });
    await this.page.mouse.up();
  }

  /** The drop hint of an empty phase. */
  emptySpot(column: string): Locator {
    return this.column(column).getByText('Drag cards here.');
  }
}

/** The Room tab: participants, rounds, the agenda, snapshots and the decision log. */
export class RoomPage {
  constructor(readonly page: Page) {}

  /** A round's panel, by the round's name. */
  round(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escapeRegExp(name)} `) });
  }

  /** Starts a dot-voting round of the room's sticky dots, on these candidates only. */
  async startTallyRound(name: string, candidates: string[]) {
    await this.page.getByRole('button', { name: 'Start dot voting' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a dot-voting round' });
    await dialog.getByLabel('Name of the round').fill(name);
    await dialog.getByRole('radio', { name: /^Tally/ }).check();
    const ballot = dialog.getByRole('group', { name: 'Candidates on the ballot' });
    for (const box of await ballot.getByRole('checkbox').all()) await box.uncheck();
    for (const title of candidates) await ballot.getByRole('checkbox', { name: title }).check();
    await dialog.getByRole('button', { name: 'Start the round' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Types the dots each candidate got on the wall, then saves them. */
  async typeCounts(round: string, counts: Record<string, string>) {
    const panel = this.round(round);
    for (const [title, count] of Object.entries(counts)) {
      await panel.getByLabel(title, { exact: true }).fill(count);
    }
    await panel.getByRole('button', { name: 'Save the counts' }).click();
  }

  /** A revealed round's ranked result, one line per candidate. */
  result(round: string): Locator {
    return this.page.getByRole('list', { name: `Result of ${round}` }).getByRole('listitem');
  }

  /** The agenda's step names, in their order. */
  async stepNames(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: 'Agenda steps' })
      .getByRole('textbox', { name: /^Name of the step / })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  /** Renames a step (the name is written when the field is left, or on Enter). */
  async renameStep(from: string, to: string) {
    const field = this.page.getByLabel(`Name of the step ${from}`, { exact: true });
    await field.fill(to);
    await field.press('Enter');
  }

  async moveStep(name: string, direction: 'earlier' | 'later') {
    await this.page.getByRole('button', { name: `Move ${name} ${direction}`, exact: true }).click();
  }

  /** The decision log's entries, newest first. */
  get decisions(): Locator {
    return this.page.getByRole('list', { name: 'Decision log' }).getByRole('listitem');
  }

  async logDecision(what: string, why: string) {
    const section = this.page.getByRole('region', { name: /^Decisions/ });
    await section.getByLabel('Decision', { exact: true }).fill(what);
    await section.getByLabel('Why', { exact: true }).fill(why);
    await section.getByRole('button', { name: 'Log the decision' }).click();
    await expect(this.decisions.filter({ hasText: what })).toHaveCount(1);
  }

  /** The why of a logged decision, as its field shows it. */
  whyOf(what: string): Locator {
    return this.page.getByLabel(`Why: ${what}`, { exact: true });
  }

  get comparison(): Locator {
    return this.page.getByRole('region', { name: 'Compare two rounds' });
  }

  /** The comparison table's body rows, as text: candidate, first, second, change. */
  async comparedRows(): Promise<string[][]> {
    const rows = this.comparison.getByRole('table').getByRole('row');
    const all = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
    return all.slice(1);
  }
}

/** Presentation mode, and the audience window (the same screen, read-only, on the projector). */
export class PresentationPage {
  constructor(readonly page: Page) {}

  /** Opens the audience window's address on a view: "matrix", "roadmap", "votes"… */
  async openAudience(workshopId: string, view: string) {
    await this.page.goto(`./#/present/${encodeURIComponent(workshopId)}/${view}/audience`);
  }

  /** The view's title. */
  heading(view: string): Locator {
    return this.page.getByRole('heading', { name: view, level: 1 });
  }

  /** "7 of 12 have voted", while a round is under way. */
  get progress(): Locator {
    return this.page.getByRole('status').filter({ hasText: /have voted$/ });
  }

  /** A revealed round's ranked result. */
  result(round: string): Locator {
    return this.page.getByRole('list', { name: `Result of ${round}` });
  }

  /** The agenda's countdown, shown without its controls. */
  get countdown(): Locator {
    return this.page.getByRole('group', { name: 'Agenda countdown' });
  }
}

/**
 * dnd-kit's keyboard sensor starts listening for the arrows one task after a pick-up, as a person's
 * next key would come. Tests wait for that task instead of racing it on a busy machine.
 */
export class SensitivityPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Sensitivity', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Is the winner fragile?' })).toBeVisible();
  }

  /** A row of the ranking, by its candidate. */
  row(title: string): Locator {
    return this.page
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: 'Robustness' }) })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  get closeCalls(): Locator {
    return this.page.getByRole('region', { name: 'Close calls' }).getByRole('listitem');
  }

  async saveScenario(name: string) {
    await this.page.getByLabel('Scenario name', { exact: true }).fill(name);
    await this.page
      .getByRole('button', { name: 'Save the current settings as a scenario' })
      .click();
    await expect(this.scenario(name)).toBeVisible();
  }

  scenario(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Scenarios' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Sets one weight of a scenario in its dialog, e.g. "Direct financial impact". */
  async setScenarioWeight(name: string, criterion: string, weight: number) {
    await this.page.getByRole('button', { name: `Edit scenario “${name}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Scenario “${name}”` });
    const field = dialog.getByLabel(criterion, { exact: true });
    await field.fill(String(weight));
    await field.press('Enter');
    await allSaved(this.page);
    await dialog.getByRole('button', { name: 'Done' }).click();
  }

  compare(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Compare: ${name}` });
  }
}

export async function afterPickUp(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * Marks a drag's picture (dnd-kit's overlay) `data-glided` once a CSS transition starts on it, as
 * dnd-kit's glide from spot to spot on keyboard moves does; returns the picture.
 */
export async function watchGlide(picture: Locator): Promise<Locator> {
  await picture.evaluate((overlay) =>
    overlay.addEventListener('transitionrun', () => overlay.setAttribute('data-glided', '')),
  );
  return picture;
}

/** Waits until the screen says every change is on disk ("All changes saved"). */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^All changes saved$/ })).toBeVisible();
}

/** Reloads once every change is saved, as a facilitator would trust the screen before a reload. */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await allSaved(page);
  await page.reload();
}
