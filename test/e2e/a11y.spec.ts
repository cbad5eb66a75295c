import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { HomePage } from './pages.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('home, candidates, candidate form and settings have no serious or critical axe violations', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Candidates/ })).toBeVisible();
  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  await home.workshops.first().getByRole('link').click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Add candidate' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Add a candidate' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workshop settings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
