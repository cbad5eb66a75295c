import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { RoadmapPage, reloadWhenSaved } from './pages.ts';

const CHATBOT = 'Customer query chatbot';
const PHASE_1 = 'Phase 1 - Foundation';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function cell(page: Page, candidate: string, item: string) {
  return page.getByRole('gridcell', { name: new RegExp(`^${candidate}, ${item}: `) });
}

function readiness(page: Page, candidate: string) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${candidate}`) }) })
    .getByRole('gridcell', { name: /^Readiness / });
}

/**
 * Undoes the last edit (named `label`), checks it is gone with `isUndone`, redoes it and checks it
 * is back with `isDone`: every edit of this screen is one undo step, and undone exactly.
 */
async function undoAndRedo(
  page: Page,
  label: string,
  isUndone: () => Promise<void>,
  isDone: () => Promise<void>,
) {
  await page.getByRole('button', { name: `Undo ${label}` }).click();
  await isUndone();
  await page.getByRole('button', { name: `Redo ${label}` }).click();
  await isDone();
}

test('governance cells set from the keyboard clear the ethics warning; a phase gate warns; undo and reload keep it true', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  await roadmap.dragCard(CHATBOT, roadmap.emptySpot(PHASE_1));
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual([CHATBOT]);
  const ethics = roadmap
    .checks('warnings')
    .filter({ hasText: `“${CHATBOT}” (${PHASE_1}) is customer-facing and its ethical review` });
  await expect(ethics).toHaveCount(1);

  // The warning takes the user to the first open ethics item, focused.
  await ethics.getByRole('link', { name: 'Go to the checklist' }).click();
  await expect(page.getByRole('heading', { name: 'Governance readiness' })).toBeVisible();
  const fairness = cell(page, CHATBOT, 'Fairness across demographics');
  await expect(fairness).toBeFocused();
  await expect(fairness).toHaveAccessibleName(/: In progress$/);
  await expect(readiness(page, CHATBOT)).toHaveAccessibleName(
    'Readiness 54%: data governance 75%, model governance 66%, ethical review 25%',
  );

  // 3 = done, 4 = not applicable; arrows move along the row. Each is one undo step.
  await page.keyboard.press('3');
  await expect(fairness).toHaveAccessibleName(/: Done$/);
  await undoAndRedo(
    page,
    `Set Fairness across demographics of “${CHATBOT}” to done`,
    () => expect(fairness).toHaveAccessibleName(/: In progress$/),
    () => expect(fairness).toHaveAccessibleName(/: Done$/),
  );
  await fairness.focus();
  await page.keyboard.press('ArrowRight');
  const context = cell(page, CHATBOT, 'Deployment context');
  await expect(context).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  const feedback = cell(page, CHATBOT, 'Feedback channels');
  await expect(feedback).toBeFocused();
  await page.keyboard.press('4');
  await expect(feedback).toHaveAccessibleName(/: Not applicable$/);
  await expect(feedback).toContainText('N/A');
  const ready = 'Readiness 80%: data governance 75%, model governance 66%, ethical review 100%';
  await expect(readiness(page, CHATBOT)).toHaveAccessibleName(ready);
  await undoAndRedo(
    page,
    `Set Feedback channels of “${CHATBOT}” to not applicable`,
    () => expect(feedback).toHaveAccessibleName(/: Not started$/),
    () => expect(readiness(page, CHATBOT)).toHaveAccessibleName(ready),
  );

  await roadmap.open();
  await expect(ethics).toHaveCount(0);
  await undoAndRedo(
    page,
    `Set Feedback channels of “${CHATBOT}” to not applicable`,
    () => expect(ethics).toHaveCount(1),
    () => expect(ethics).toHaveCount(0),
  );

  // A gate: Phase 1 asks for all of data governance; the chatbot has 75%.
  await page.getByRole('button', { name: `Edit ${PHASE_1}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${PHASE_1}` });
  await dialog.getByLabel('Data governance at least (%)').fill('100');
  await dialog.getByRole('button', { name: 'Save phase' }).click();
  const gate = roadmap.checks('warnings').filter({
    hasText: `“${CHATBOT}” has data governance at 75%; ${PHASE_1} needs at least 100%: complete its data governance items, or move it to a later phase.`,
  });
  await expect(gate).toHaveCount(1);
  await undoAndRedo(
    page,
    `Edit ${PHASE_1}`,
    () => expect(gate).toHaveCount(0),
    () => expect(gate).toHaveCount(1),
  );

  // Reload: the cells and the gate are as they were.
  await reloadWhenSaved(page);
  await expect(gate).toHaveCount(1);
  await expect(ethics).toHaveCount(0);
  await gate.getByRole('link', { name: 'Go to the checklist' }).click();
  await expect(cell(page, CHATBOT, 'Retention and deletion')).toBeFocused();
  await expect(feedback).toHaveAccessibleName(/: Not applicable$/);
  await expect(context).toHaveAccessibleName(/: Done$/);
});

test('the heatmap filters by phase and sorts by readiness', async ({ page }) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  await roadmap.dragCard(CHATBOT, roadmap.emptySpot(PHASE_1));
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual([CHATBOT]);
  await page.getByRole('link', { name: 'Governance', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Governance readiness heatmap' });
  await page.getByRole('combobox', { name: 'Phase', exact: true }).selectOption({ label: PHASE_1 });
  await expect(grid.getByRole('rowheader')).toHaveCount(1);
  await expect(grid.getByRole('rowheader')).toContainText(CHATBOT);
  await page
    .getByRole('combobox', { name: 'Phase', exact: true })
    .selectOption({ label: 'All candidates' });
  await page
    .getByRole('combobox', { name: 'Sort by' })
    .selectOption({ label: 'Readiness, highest first' });
  await expect(grid.getByRole('rowheader').first()).toContainText(
    'Predictive inventory management',
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test('the Scale screen recommends the blueprint and why; a capability gap shows per phase; reload and undo', async ({
  page,
}) => {
  const roadmap = new RoadmapPage(page);
  await roadmap.openSample();
  await roadmap.dragCard(CHATBOT, roadmap.emptySpot(PHASE_1));
  await expect.poll(() => roadmap.titles(PHASE_1)).toEqual([CHATBOT]);
  await page.getByRole('link', { name: 'Scale', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Scaling blueprint' })).toBeVisible();
  await expect(
    page.getByText(
      '“Customer query chatbot” (pilot succeeded) is the strongest pilot, with 18 of 20 on the pilot-scaling checklist, no criterion below 4, ahead of “Predictive inventory management” (16 of 20).',
    ),
  ).toBeVisible();
  const pilots = page.getByRole('list', { name: 'Pilots' }).getByRole('listitem');
  await expect(pilots.first()).toContainText('Recommended blueprint');
  await expect(pilots.filter({ hasText: 'Demand forecasting' })).toContainText(
    'Falls short: ROI not shown yet.',
  );
  // The blueprint shows the evidence its form holds, and a new note as soon as it is saved.
  const evidence = pilots
    .first()
    .getByRole('list', { name: `Evidence for “${CHATBOT}”` })
    .getByRole('listitem');
  const oldRoi = 'Clear ROI: About 30 % of queries resolved without an agent.';
  const newRoi = 'Clear ROI: 34 % of queries resolved without an agent in March.';
  await expect(evidence).toHaveText([
    'Genuine business problem: Contact-centre queues of 20+ minutes at peak.',
    oldRoi,
    'User acceptance: Agents asked to keep it; CSAT unchanged.',
    'Repeatable patterns: Retrieval plus hand-over fits the other brands.',
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: `Score “${CHATBOT}”` }).click();
  const blueprintForm = page.getByRole('dialog', { name: `Edit “${CHATBOT}”` });
  await blueprintForm
    .getByLabel('Evidence for Clear ROI')
    .fill('34 % of queries resolved without an agent in March.');
  await blueprintForm.getByRole('button', { name: 'Save candidate' }).click();
  await expect(evidence.nth(1)).toHaveText(newRoi);
  await undoAndRedo(
    page,
    `Save “${CHATBOT}”`,
    () => expect(evidence.nth(1)).toHaveText(oldRoi),
    () => expect(evidence.nth(1)).toHaveText(newRoi),
  );

  // Score the weaker pilot's ROI up from its form: it is ready to scale now, and no longer short.
  await page.getByRole('button', { name: 'Score “Demand forecasting”' }).click();
  const form = page.getByRole('dialog', { name: 'Edit “Demand forecasting”' });
  await expect(form.getByRole('combobox', { name: 'Genuine business problem' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('combobox', { name: 'Clear ROI' }).selectOption('4');
  await form.getByRole('button', { name: 'Save candidate' }).click();
  const forecasting = pilots.filter({ hasText: 'Demand forecasting' });
  await expect(forecasting).toContainText('Ready to scale');
  await undoAndRedo(
    page,
    'Save “Demand forecasting”',
    () => expect(forecasting).toContainText('Falls short: ROI not shown yet.'),
    () => expect(forecasting).toContainText('Ready to scale'),
  );

  // A new capability, needed by the chatbot (phase 1) and held by nobody: a gap of one person.
  await page.getByLabel('New capability').fill('Prompt engineering');
  await page.getByRole('button', { name: 'Add capability' }).click();
  const row = page.getByRole('group', { name: 'Prompt engineering' });
  await expect(row).toBeVisible();
  await undoAndRedo(
    page,
    'Add capability “Prompt engineering”',
    () => expect(row).toHaveCount(0),
    () => expect(row).toBeVisible(),
  );
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: CHATBOT, exact: true }) })
    .getByRole('button', { name: /Edit/ })
    .click();
  const chatbot = page.getByRole('dialog', { name: `Edit “${CHATBOT}”` });
  await chatbot.getByRole('checkbox', { name: 'Prompt engineering' }).check();
  await chatbot.getByRole('button', { name: 'Save candidate' }).click();
  await page.getByRole('link', { name: 'Scale', exact: true }).click();
  const gaps = page.getByRole('list', { name: 'Gaps per phase' });
  const sentence = `${PHASE_1} needs Prompt engineering on 1 candidate; you have nobody: a gap of 1 person.`;
  await expect(gaps).toContainText(sentence);
  await undoAndRedo(
    page,
    `Save “${CHATBOT}”`,
    () => expect(gaps).not.toContainText('Prompt engineering'),
    () => expect(gaps).toContainText(sentence),
  );

  // Plan to hire one: covered.
  await row.getByLabel('To hire').fill('1');
  await row.getByLabel('To hire').press('Enter');
  const covered = `${PHASE_1} needs Prompt engineering on 1 candidate; you have nobody, plan to hire 1: covered.`;
  await expect(gaps).toContainText(covered);
  await undoAndRedo(
    page,
    'Change the people to hire of “Prompt engineering”',
    () => expect(gaps).toContainText(sentence),
    () => expect(gaps).toContainText(covered),
  );

  // The change plan and literacy are written when the field is left.
  const concerns = page.getByLabel('Concerns (Leadership)');
  await concerns.fill('Cost of the platform before results');
  await concerns.blur();
  await undoAndRedo(
    page,
    'Change the concerns of leadership',
    () => expect(concerns).toHaveValue('Spending on foundations before visible results.'),
    () => expect(concerns).toHaveValue('Cost of the platform before results'),
  );

  // AI literacy per audience, written when the field is left too.
  const leaders = page.getByRole('region', { name: 'AI literacy' }).getByLabel('Leaders');
  const roi = 'How to read a pilot’s ROI before funding the platform';
  const weighing = 'Enough to weigh AI investments: cost, risk, and what a pilot proves.';
  await expect(leaders).toHaveValue(weighing);
  await leaders.fill(roi);
  await leaders.blur();
  await undoAndRedo(
    page,
    'Change the AI literacy of leaders',
    () => expect(leaders).toHaveValue(weighing),
    () => expect(leaders).toHaveValue(roi),
  );

  // Reload: the new capability, its supply and its need, and every text, as they were.
  await reloadWhenSaved(page);
  await expect(gaps).toContainText(covered);
  await expect(row.getByLabel('People now')).toHaveValue('0');
  await expect(row.getByLabel('To upskill')).toHaveValue('0');
  await expect(row.getByLabel('To hire')).toHaveValue('1');
  await expect(row).toContainText('Needed by 1 candidate');
  await expect(leaders).toHaveValue(roi);
  await expect(page.getByLabel('Concerns (Leadership)')).toHaveValue(
    'Cost of the platform before results',
  );
  await expect(pilots.filter({ hasText: 'Demand forecasting' })).toContainText('Ready to scale');
  await expect(evidence.nth(1)).toHaveText(newRoi);
});
