import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, guardPage, test } from './fixtures.ts';
import {
  CandidatesPage,
  HomePage,
  MatrixPage,
  afterPickUp,
  reloadWhenSaved,
  watchGlide,
} from './pages.ts';

const MISMATCH = 'placement differs from scores';

async function workshopWith(page: Page, titles: string[]): Promise<MatrixPage> {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Matrix day' });
  const candidates = new CandidatesPage(page);
  for (const title of titles) await candidates.addCandidate({ title });
  const matrix = new MatrixPage(page);
  await matrix.open();
  return matrix;
}

/** Picks up the focused card, presses the keys, and drops it, all from the keyboard. */
async function moveWithKeys(page: Page, matrix: MatrixPage, title: string, keys: string[]) {
  await matrix.card(title).focus();
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(new RegExp(`^Picked up “${title}”`));
  await afterPickUp(page);
  for (const key of keys) await page.keyboard.press(key);
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(new RegExp(`^(Placed|Dropped) “${title}”`));
}

test('a card without scores waits in the tray, is dragged into Quick wins, and stays there after a reload', async ({
  page,
}) => {
  const matrix = await workshopWith(page, ['Chatbot']);
  await expect(matrix.tray.getByRole('button', { name: 'Chatbot, in the tray' })).toBeVisible();

  await matrix.dragCardOnMatrix('Chatbot', { feasibility: 85, value: 85 });
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Quick wins' })).toBeVisible();
  await expect(matrix.announcement).toHaveText(/^Placed “Chatbot” in Quick wins, value 8\d/);
  await reloadWhenSaved(page);
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Quick wins' })).toBeVisible();

  // Back to the tray: the placement is cleared, and that too is stored.
  await matrix.dragCardToTray('Chatbot');
  await expect(matrix.tray.getByRole('button', { name: 'Chatbot, in the tray' })).toBeVisible();
  await reloadWhenSaved(page);
  await expect(matrix.tray.getByRole('button', { name: 'Chatbot, in the tray' })).toBeVisible();
  await expect(matrix.plot.getByRole('button')).toHaveCount(0);
});

test('a dragged card is drawn under the pointer all the way', async ({ page }) => {
  const matrix = await workshopWith(page, ['Chatbot']);
  const box = await matrix.card('Chatbot').boundingBox();
  if (!box) throw new Error('the card is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // Its picture (dnd-kit's overlay, kept on a layer of its own: components/compositedOverlay.ts).
  const picture = page.locator('.drag-overlay');
  for (const at of [
    { feasibility: 30, value: 70 },
    { feasibility: 80, value: 20 },
  ]) {
    const to = await matrix.pointOf(at);
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await expect
      .poll(async () => {
        const drawn = await picture.boundingBox();
        return drawn && [drawn.x + drawn.width / 2 - to.x, drawn.y + drawn.height / 2 - to.y];
      })
      .toEqual([expect.closeTo(0, 0), expect.closeTo(0, 0)]);
  }
  await page.mouse.up();
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Fill-ins' })).toBeVisible();
});

test('the keyboard alone moves a card from the tray onto the matrix, announced, and it persists', async ({
  page,
}) => {
  const matrix = await workshopWith(page, ['Lead scoring']);
  // The first arrow brings the card onto the matrix at its right edge; Shift moves 10 points.
  const keys = [
    'ArrowLeft',
    ...Array<string>(4).fill('Shift+ArrowLeft'),
    ...Array<string>(10).fill('Shift+ArrowDown'),
    'Shift+ArrowUp',
    'ArrowUp',
    'ArrowUp',
    'ArrowUp',
    'ArrowUp',
    'ArrowUp',
  ];
  await matrix.card('Lead scoring').focus();
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText('Picked up “Lead scoring”, in the tray.');
  await afterPickUp(page);
  // The card's picture glides to where each key takes it (dnd-kit's transition), so that the room
  // can follow it.
  const picture = await watchGlide(page.locator('.drag-overlay'));
  for (const key of keys) await page.keyboard.press(key);
  await expect(picture).toHaveAttribute('data-glided', '');
  await expect(matrix.announcement).toHaveText(
    '“Lead scoring” is over Fill-ins, value 20, feasibility 60.',
  );
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(
    'Placed “Lead scoring” in Fill-ins, value 20, feasibility 60.',
  );
  await expect(matrix.card('Lead scoring')).toHaveAccessibleName('Lead scoring, Fill-ins');
  await expect(matrix.card('Lead scoring')).toBeFocused();

  // Escape cancels a move: the card stays where it was.
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(/^Picked up “Lead scoring”/);
  await afterPickUp(page);
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(matrix.announcement).toHaveText(/is over Quick wins, value 50/);
  await page.keyboard.press('Escape');
  await expect(matrix.announcement).toHaveText('Cancelled. “Lead scoring” stays in Fill-ins.');

  await reloadWhenSaved(page);
  await expect(matrix.plot.getByRole('button', { name: 'Lead scoring, Fill-ins' })).toBeVisible();
});

test('undo and redo take back and re-apply moves, from the toolbar and the keyboard, and survive a reload', async ({
  page,
}) => {
  const matrix = await workshopWith(page, ['Churn prediction']);
  const card = matrix.card('Churn prediction');
  await matrix.dragCardOnMatrix('Churn prediction', { feasibility: 85, value: 85 });
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');
  await moveWithKeys(page, matrix, 'Churn prediction', Array<string>(4).fill('Shift+ArrowLeft'));
  await expect(card).toHaveAccessibleName('Churn prediction, Strategic bets');

  // One drag is one step.
  await page.getByRole('button', { name: 'Undo Move “Churn prediction”' }).click();
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');
  await page.keyboard.press('Control+z');
  await expect(card).toHaveAccessibleName('Churn prediction, in the tray');
  await page.getByRole('button', { name: 'Redo Move “Churn prediction”' }).click();
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');
  await page.keyboard.press('Shift+Control+z');
  await expect(card).toHaveAccessibleName('Churn prediction, Strategic bets');

  // An undo is stored like an edit.
  await page.keyboard.press('Control+z');
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');
  await reloadWhenSaved(page);
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');

  // And so is a redo.
  await moveWithKeys(page, matrix, 'Churn prediction', Array<string>(4).fill('Shift+ArrowLeft'));
  await expect(card).toHaveAccessibleName('Churn prediction, Strategic bets');
  await page.keyboard.press('Control+z');
  await expect(card).toHaveAccessibleName('Churn prediction, Quick wins');
  await page.getByRole('button', { name: 'Redo Move “Churn prediction”' }).click();
  await expect(card).toHaveAccessibleName('Churn prediction, Strategic bets');
  await reloadWhenSaved(page);
  await expect(card).toHaveAccessibleName('Churn prediction, Strategic bets');
});

test('a card dragged far from its scores says so; Snap to scores clears it; Keep placement quiets it with a reason', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Scores and placement' });
  await new CandidatesPage(page).addCandidate({
    title: 'Invoice automation',
    scores: {
      financialImpact: 5,
      strategicImportance: 5,
      riskMitigation: 4,
      learningValue: 4,
      dataReadiness: 5,
      technicalComplexity: 2,
      integrationRequirements: 2,
      userReadiness: 5,
    },
  });
  const matrix = new MatrixPage(page);
  await matrix.open();
  const card = matrix.card('Invoice automation');
  // Scored on both axes, it stands at its scored spot (V 88, F 88), not in the tray.
  await expect(
    matrix.plot.getByRole('button', { name: 'Invoice automation, Quick wins' }),
  ).toBeVisible();
  await expect(page.getByText(MISMATCH, { exact: true })).toHaveCount(0);

  await matrix.dragCardOnMatrix('Invoice automation', { feasibility: 20, value: 20 });
  await expect(card).toHaveAccessibleName('Invoice automation, Reconsider');
  await expect(page.getByText(MISMATCH, { exact: true })).toBeVisible();
  await expect(card).toHaveAccessibleDescription(new RegExp(MISMATCH));

  await matrix.cardAction('Invoice automation', 'Snap to scores');
  await expect(card).toHaveAccessibleName('Invoice automation, Quick wins');
  await expect(page.getByText(MISMATCH, { exact: true })).toHaveCount(0);

  await matrix.dragCardOnMatrix('Invoice automation', { feasibility: 20, value: 20 });
  await expect(page.getByText(MISMATCH, { exact: true })).toBeVisible();
  await matrix.cardAction('Invoice automation', 'Keep placement…');
  const dialog = page.getByRole('dialog', { name: 'Keep the placement of “Invoice automation”' });
  await dialog.getByRole('button', { name: 'Keep placement' }).click();
  await expect(
    dialog.getByText('Write why the room keeps this placement, in one line.'),
  ).toBeVisible();
  await dialog.getByLabel('Reason').fill('Data readiness is overrated: the archive is on paper');
  await dialog.getByRole('button', { name: 'Keep placement' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(MISMATCH, { exact: true })).toHaveCount(0);
  await expect(card).toHaveAccessibleName('Invoice automation, Reconsider');

  await reloadWhenSaved(page);
  await expect(page.getByText(MISMATCH, { exact: true })).toHaveCount(0);
  await matrix.cardAction('Invoice automation', 'Edit candidate');
  const editor = page.getByRole('dialog', { name: 'Edit “Invoice automation”' });
  await expect(
    editor.getByText('Placement kept: Data readiness is overrated: the archive is on paper'),
  ).toBeVisible();
});

test('filters dim the cards that do not match, in words as well as in looks', async ({ page }) => {
  await new HomePage(page).goto();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  const matrix = new MatrixPage(page);
  await matrix.open();
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Department').selectOption('Risk');
  await expect(page.getByText(/^\d+ of 18 match; the others are dimmed\.$/)).toBeVisible();
  await expect(matrix.card('Fraud detection for card payments')).not.toHaveAccessibleDescription(
    /does not match the filter/,
  );
  await expect(matrix.card('Customer query chatbot')).toHaveAccessibleDescription(
    /does not match the filter/,
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(matrix.card('Customer query chatbot')).not.toHaveAccessibleDescription(
    /does not match the filter/,
  );
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the Matrix screen of the sample workshop has no serious or critical axe violations', async ({
  page,
}) => {
  await new HomePage(page).goto();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await page.getByRole('link', { name: 'Matrix', exact: true }).click();
  const matrix = new MatrixPage(page);
  await expect(matrix.card('Customer query chatbot')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // With a card's details and actions open, and with a filter dimming cards.
  await matrix.card('Customer query chatbot').click();
  await expect(
    page.getByRole('group', { name: 'Actions for “Customer query chatbot”' }),
  ).toBeVisible();
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Stage').selectOption('Idea');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a card moved while its form is open in another window keeps its place when the form is saved', async ({
  page,
  context,
  baseURL,
}) => {
  const matrix = await workshopWith(page, ['Chatbot']);
  const url = page.url();
  // A second window on the same workshop (the desktop's audience window, a second tab).
  const other = await context.newPage();
  const check = guardPage(other, baseURL);
  await other.goto(url.replace(/\/matrix$/, '/candidates'));
  await other.getByRole('button', { name: 'Edit “Chatbot”' }).click();
  const form = other.getByRole('dialog', { name: 'Edit “Chatbot”' });
  await form.getByLabel('Title', { exact: true }).fill('Customer chatbot');

  await matrix.dragCardOnMatrix('Chatbot', { feasibility: 80, value: 80 });
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Quick wins' })).toBeVisible();

  await form.getByRole('button', { name: 'Save candidate' }).click();
  await expect(form).toBeHidden();
  await reloadWhenSaved(page);
  await expect(
    matrix.plot.getByRole('button', { name: 'Customer chatbot, Quick wins' }),
  ).toBeVisible();
  check();
  await other.close();
});
