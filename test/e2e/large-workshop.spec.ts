import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeWorkshopFile } from '../fixtures/large-workshop.ts';
import { expect, test } from './fixtures.ts';
import { HomePage } from './pages.ts';

const COUNT = 5_000;
const title = (i: number) => `Candidate ${String(i).padStart(5, '0')}`;

test('a workshop of 5,000 candidates: the table says so, renders the rows near the screen, and the keyboard reaches any row', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-large-'));
  const path = join(dir, 'large.scalepath');
  // A path, not a buffer: Playwright would rebuild a buffer this size in the page with script.
  writeFileSync(path, largeWorkshopFile(COUNT, 'Five thousand'));
  try {
    const home = new HomePage(page);
    await home.goto();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a workshop file…' }).click();
    await (await choosing).setFiles(path);
    await expect(page.getByRole('heading', { name: 'Five thousand', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const table = page.getByRole('table', { name: /^Candidates, sorted by/ });
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  // Only the rows near the screen are in the page.
  expect(await table.getByRole('rowheader').count()).toBeLessThan(200);

  // Sorted by title from the keyboard; the first row is the first title.
  await table.getByRole('button', { name: 'Title' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(table.getByRole('rowheader').first()).toHaveText(title(1));

  // Tab walks row by row past the rows first rendered: each row's Edit, then its Delete.
  await page.getByRole('button', { name: `Edit “${title(1)}”` }).focus();
  for (let i = 0; i < 2 * 99; i += 1) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Edit “${title(100)}”` })).toBeFocused();
  await expect(page.getByRole('rowheader', { name: title(100) })).toBeInViewport();

  // End scrolls to the last row, which is then there to be edited from the keyboard.
  await page.keyboard.press('End');
  const last = page.getByRole('button', { name: `Edit “${title(COUNT)}”` });
  await expect(last).toBeInViewport();
  await expect(last.locator('xpath=ancestor::tr')).toHaveAttribute(
    'aria-rowindex',
    String(COUNT + 1),
  );
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Edit/ })).toBeVisible();
  await page.keyboard.press('Escape');

  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
});
