import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { allSaved, reloadWhenSaved, SensitivityPage } from './pages.ts';

const CHATBOT = 'Customer query chatbot';
const FRAUD = 'Fraud detection for card payments';
const PIPELINE = 'Customer data pipeline and feature library';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function financialWeight(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const value = await page
    .getByRole('group', { name: 'Value weights' })
    .getByLabel('Direct financial impact')
    .inputValue();
  await page.getByRole('link', { name: 'Sensitivity', exact: true }).click();
  return value;
}

test('the sample’s near-tie at the top is Fragile, with its close call; two scenarios compared; one adopted and undone', async ({
  page,
}) => {
  const screen = new SensitivityPage(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();

  // Watch the top 5 (a setting), then open the screen.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const topN = page.getByLabel('Top of the ranking watched (N)');
  await topN.fill('5');
  await topN.press('Enter');
  await allSaved(page);
  await screen.open();

  // The chatbot and fraud detection tie at 79: both Fragile, and the rule is written out.
  await expect(screen.row(CHATBOT)).toContainText('Fragile');
  await expect(screen.row(FRAUD)).toContainText('Fragile');
  await expect(
    page.getByText(/^Fragile: in or next to the top 5, and a small change moves it/),
  ).toBeVisible();
  // The grid's figures arrive from the worker.
  await expect(screen.row(CHATBOT)).toContainText(/\d+% of scenarios/);
  await expect(screen.closeCalls.first()).toHaveText(
    `Close call: ${FRAUD} overtakes ${CHATBOT} if the weight of direct financial impact goes from 1 to 0.9.`,
  );
  // The tornado has its text alternative and its table.
  const tornado = page.getByRole('region', { name: 'Weights over which the top 5 stays the same' });
  await expect(tornado.getByRole('img')).toHaveAccessibleName(
    /Risk mitigation from 0\.43 to 1\.5 \(now 1\)/,
  );
  await tornado.getByRole('button', { name: /Show as table/ }).click();
  await expect(tornado.getByRole('rowheader', { name: 'Risk mitigation' })).toBeVisible();

  // Two scenarios: the settings as they are, and financial impact weighed three times.
  await screen.saveScenario('Conservative');
  await screen.saveScenario('Aggressive');
  await screen.setScenarioWeight('Aggressive', 'Direct financial impact', 3);
  await screen.compare('current settings').uncheck();
  await screen.compare('Conservative').check();
  await screen.compare('Aggressive').check();
  const compared = page.getByRole('region', { name: 'Compared: Conservative, Aggressive' });
  const leaving = compared
    .getByRole('table', { name: 'Who enters or leaves the top 5' })
    .getByRole('row', { name: new RegExp(`^${PIPELINE}`) });
  await expect(leaving).toHaveText(`${PIPELINE}Rank 4Not in the top 5`);
  expect(await seriousViolations(page)).toEqual([]);

  // Adopt Aggressive: the workshop's weight becomes 3, and one Undo takes it back.
  await page.getByRole('button', { name: 'Adopt scenario “Aggressive”' }).click();
  await expect(page.getByText('Adopted “Aggressive” as the workshop’s settings.')).toBeVisible();
  await allSaved(page);
  expect(await financialWeight(page)).toBe('3');
  await page.getByRole('button', { name: 'Undo Adopt scenario “Aggressive”' }).click();
  await allSaved(page);
  expect(await financialWeight(page)).toBe('1');

  // The scenarios are stored: a reload shows them, Aggressive still weighing financial impact 3.
  await reloadWhenSaved(page);
  await expect(screen.scenario('Conservative')).toBeVisible();
  await expect(screen.scenario('Aggressive')).toContainText('Direct financial impact 3');
});
