import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { RoadmapPage, afterPickUp, reloadWhenSaved, watchGlide } from './pages.ts';

const BACKLOG = 'Backlog';
const PHASE_1 = 'Phase 1 - Foundation';
const PHASE_2 = 'Phase 2 - Expansion';
const PHASE_3 = 'Phase 3 - Transformation';
const SAMPLE_SIZE = 18;

async function reload(page: Page) {
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { name: 'Roadmap', level: 2 })).toBeVisible();
}

test('a card dragged from the backlog into phase 1 and reordered there stays put after a reload; the keyboard moves cards too', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  // The sample schedules nothing: every card waits in the backlog.
  expect(await roadmap.titles(BACKLOG)).toHaveLength(SAMPLE_SIZE);
  expect(await roadmap.titles(PHASE_1)).toEqual([]);

  await roadmap.dragCard('Invoice processing automation', roadmap.emptySpot(PHASE_1));
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(['Invoice processing automation']);
  expect(await roadmap.titles(BACKLOG)).not.toContain('Invoice processing automation');
  await expect(roadmap.column(PHASE_1).getByText('1 of 12 points')).toBeVisible();

  await roadmap.dragCard(
    'Internal productivity assistant',
    roadmap.card('Invoice processing automation'),
    'below',
  );
  await expect
    .poll(() => roadmap.titles(PHASE_1))
    .toEqual(['Invoice processing automation', 'Internal productivity assistant']);

  // Reorder inside the phase: the assistant takes the invoice card's place at the top.
  await roadmap.dragCard(
    'Internal productivity assistant',
    roadmap.card('Invoice processing automation'),
  );
  const reordered = ['Internal productivity assistant', 'Invoice processing automation'];
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(reordered);
  // One undo step per move, named after it.
  await expect(
    page.getByRole('button', {
      name: 'Undo Move “Internal productivity assistant” to Phase 1 - Foundation',
    }),
  ).toBeEnabled();

  await reload(page);
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(reordered);
  expect(await roadmap.titles(BACKLOG)).toHaveLength(SAMPLE_SIZE - 2);

  // Keyboard: Space picks up, arrows move, Escape cancels; every step is announced.
  const monitoring = roadmap.card('Model monitoring dashboard');
  await monitoring.focus();
  await page.keyboard.press('Space');
  await expect(roadmap.announcement).toHaveText(
    /^Picked up “Model monitoring dashboard” in Backlog, position \d+ of 16\.$/,
  );
  await afterPickUp(page);
  // Its picture glides to where the key takes it (dnd-kit's transition).
  const picture = await watchGlide(page.locator('.rm-overlay'));
  await page.keyboard.press('ArrowRight');
  await expect(roadmap.announcement).toHaveText(
    /^“Model monitoring dashboard” is over Phase 1 - Foundation, position \d of 3\.$/,
  );
  await expect(picture).toHaveAttribute('data-glided', '');
  await page.keyboard.press('Escape');
  await expect(roadmap.announcement).toHaveText(
    /^Cancelled\. “Model monitoring dashboard” stays in Backlog, position \d+ of 16\.$/,
  );
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(reordered);

  // Again, down to the bottom of phase 1, and Space drops it there.
  await monitoring.focus();
  await page.keyboard.press('Space');
  // dnd-kit listens for the arrows from the next tick on, as a person's next key would come.
  await expect(roadmap.announcement).toHaveText(/^Picked up “Model monitoring dashboard”/);
  await afterPickUp(page);
  await page.keyboard.press('ArrowRight');
  await expect(roadmap.announcement).toHaveText(/is over Phase 1 - Foundation/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(roadmap.announcement).toHaveText(
    '“Model monitoring dashboard” is over Phase 1 - Foundation, position 3 of 3.',
  );
  await page.keyboard.press('Space');
  await expect(roadmap.announcement).toHaveText(
    'Moved “Model monitoring dashboard” to Phase 1 - Foundation, position 3 of 3.',
  );
  const withMonitoring = [...reordered, 'Model monitoring dashboard'];
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(withMonitoring);
  await expect(monitoring).toBeFocused();

  await reload(page);
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(withMonitoring);
});

test('a candidate in phase 1 whose dependency is in phase 2 is an error naming both, until the dependency moves above it', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  // The chatbot answers from the knowledge base and reuses the monitoring dashboard's component.
  await roadmap.dragCard('Model monitoring dashboard', roadmap.emptySpot(PHASE_1));
  await roadmap.dragCard(
    'Customer query chatbot',
    roadmap.card('Model monitoring dashboard'),
    'below',
  );
  await roadmap.dragCard('Service knowledge base', roadmap.emptySpot(PHASE_2));
  await expect
    .poll(() => roadmap.titles(PHASE_1))
    .toEqual(['Model monitoring dashboard', 'Customer query chatbot']);

  const errors = roadmap.checks('errors');
  await expect(errors).toHaveCount(1);
  await expect(errors).toContainText(
    '“Customer query chatbot” (Phase 1 - Foundation) depends on “Service knowledge base”, which is in Phase 2 - Expansion',
  );
  // The cards say so too, in words for screen readers.
  await expect(roadmap.card('Customer query chatbot')).toHaveAccessibleDescription(
    /Error: “Customer query chatbot” \(Phase 1 - Foundation\) depends on “Service knowledge base”/,
  );

  // Selecting the chatbot shows what it depends on, and where that is.
  await roadmap.card('Customer query chatbot').click();
  const selection = page.getByRole('region', { name: 'Selected card' });
  await expect(selection.getByRole('list', { name: 'Depends on' })).toContainText(
    'Service knowledge base (Phase 2 - Expansion)',
  );
  await expect(roadmap.card('Service knowledge base')).toHaveAccessibleDescription(
    /The selected card “Customer query chatbot” depends on it\./,
  );

  // Fix: the knowledge base moves to phase 1, above the chatbot.
  await roadmap.dragCard('Service knowledge base', roadmap.card('Customer query chatbot'));
  await expect
    .poll(() => roadmap.titles(PHASE_1))
    .toEqual(['Model monitoring dashboard', 'Service knowledge base', 'Customer query chatbot']);
  await expect(errors).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Checks' })).not.toContainText(
    'depends on “Service knowledge base”',
  );
});

test('"Suggest a sequence" shows the plan beside the current one; accepting it is one step that Undo takes back', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  await page.getByRole('button', { name: 'Suggest a sequence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suggested sequence' });
  const phaseRow = dialog
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: PHASE_1, exact: true }) });
  await expect(phaseRow.getByRole('cell').first()).toHaveText('0 cards · 0 of 12 points');
  const suggested = (
    await phaseRow.getByRole('cell').nth(1).getByRole('listitem').allInnerTexts()
  ).map((text) => text.replace(/ \((S|M|L|XL)\)$/, ''));
  expect(suggested.length).toBeGreaterThan(0);

  await dialog.getByRole('button', { name: 'Accept suggestion' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual(suggested);
  expect((await roadmap.titles(PHASE_2)).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: /^Undo/ }).click();
  for (const phase of [PHASE_1, PHASE_2, PHASE_3]) {
    await expect.poll(() => roadmap.titles(phase)).toEqual([]);
  }
  expect(await roadmap.titles(BACKLOG)).toHaveLength(SAMPLE_SIZE);

  // Discarding a suggestion writes nothing.
  await page.getByRole('button', { name: 'Suggest a sequence' }).click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  expect(await roadmap.titles(BACKLOG)).toHaveLength(SAMPLE_SIZE);
});

test('phases are added, edited with inline validation, moved and deleted; a deleted phase’s cards go back to the backlog, and Undo brings them back', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  const columns = roadmap.board.getByRole('heading', { level: 3 });

  await page.getByRole('button', { name: '+ Add phase' }).click();
  await expect(columns).toHaveText([BACKLOG, PHASE_1, PHASE_2, PHASE_3, 'Phase 4']);
  await expect(page.getByRole('button', { name: 'Edit Phase 4' })).toBeFocused();

  await page.getByRole('button', { name: 'Edit Phase 4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Phase 4' });
  await dialog.getByLabel('Name').fill('');
  await expect(dialog.getByText('Give the phase a name.')).toBeVisible();
  await dialog.getByLabel('Capacity in effort points').fill('2.5');
  await expect(
    dialog.getByText('Enter the capacity as a whole number of effort points, from 0 to 10,000.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Save phase' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('Pilots');
  await dialog.getByLabel('Time span').fill('Months 0-3');
  await dialog.getByLabel('Capacity in effort points').fill('1');
  await dialog.getByRole('button', { name: 'Save phase' }).click();
  await expect(dialog).toBeHidden();
  await expect(roadmap.column('Pilots').getByText('Months 0-3')).toBeVisible();

  for (let k = 0; k < 3; k += 1) {
    await page.getByRole('button', { name: 'Move Pilots earlier', exact: true }).click();
  }
  await expect(columns).toHaveText([BACKLOG, 'Pilots', PHASE_1, PHASE_2, PHASE_3]);

  // Over capacity: in the danger colour and in words.
  await roadmap.dragCard('Service knowledge base', roadmap.emptySpot('Pilots'));
  await expect(roadmap.column('Pilots').getByText('2 of 1 points · 1 over capacity')).toBeVisible();
  await expect(roadmap.checks('warnings')).toContainText([
    'Pilots holds 2 effort points, 1 over its capacity of 1',
  ]);

  await page.getByRole('button', { name: 'Delete Pilots' }).click();
  await expect(columns).toHaveText([BACKLOG, PHASE_1, PHASE_2, PHASE_3]);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Pilots”' })).toContainText(
    'Its card went back to the backlog.',
  );
  expect(await roadmap.titles(BACKLOG)).toContain('Service knowledge base');

  await page.getByRole('button', { name: 'Undo Delete Pilots' }).click();
  await expect(columns).toHaveText([BACKLOG, 'Pilots', PHASE_1, PHASE_2, PHASE_3]);
  await expect.poll(() => roadmap.titles('Pilots')).toEqual(['Service knowledge base']);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the Roadmap screen has no serious or critical axe violations', async ({ page }) => {
  // Four full axe runs take several seconds each on a busy machine.
  test.setTimeout(150_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await page.getByRole('link', { name: 'Roadmap' }).click();
  await expect(page.getByRole('heading', { name: 'Roadmap', level: 2 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Suggest a sequence' }).click();
  await expect(page.getByRole('dialog', { name: 'Suggested sequence' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Accept suggestion' }).click();

  // With cards in every phase, check markers and a selection's highlights.
  const roadmap = new RoadmapPage(page);
  await roadmap.card('Customer query chatbot').click();
  await expect(page.getByRole('region', { name: 'Selected card' })).toContainText('Depends on');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Edit ${PHASE_1}` }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('');
  await expect(page.getByText('Give the phase a name.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
