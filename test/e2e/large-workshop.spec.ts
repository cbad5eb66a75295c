import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { largePlacement, largeWorkshopFile } from '../fixtures/large-workshop.ts';
import { expect, test } from './fixtures.ts';
import { afterPickUp, HomePage, MatrixPage, reloadWhenSaved } from './pages.ts';

const COUNT = 5_000;
const title = (i: number) => `Candidate ${String(i).padStart(5, '0')}`;

/** Imports a `.scalepath` file of `text` from the home screen, as a user would. */
async function importWorkshop(page: Page, text: string, title: string) {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-large-'));
  const path = join(dir, 'large.scalepath');
  // A path, not a buffer: Playwright would rebuild a buffer this size in the page with script.
  writeFileSync(path, text);
  try {
    const home = new HomePage(page);
    await home.goto();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a workshop file…' }).click();
    await (await choosing).setFiles(path);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}

test('a workshop of 5,000 candidates: the table says so, renders the rows near the screen, and the keyboard reaches any row', async ({
  page,
}) => {
  await importWorkshop(page, largeWorkshopFile(COUNT, 'Five thousand'), 'Five thousand');

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

  expect(await seriousViolations(page)).toEqual([]);
});

test('a matrix of 5,000 placed candidates: numbered dots, all inside the plot, each named, reachable and moved from the keyboard', async ({
  page,
}) => {
  // axe alone takes about 80 s over 5,000 dots on this machine (its region, inline-spacing and
  // listitem rules walk every element).
  test.setTimeout(240_000);
  await importWorkshop(
    page,
    largeWorkshopFile(COUNT, 'Five thousand placed', true),
    'Five thousand placed',
  );
  const matrix = new MatrixPage(page);
  await matrix.open();
  await expect(
    page.getByText(`${COUNT} cards are too many to draw as cards: each is a dot`),
  ).toBeVisible();
  const dots = matrix.plot.getByRole('button');
  await expect(dots).toHaveCount(COUNT);

  // Nothing is drawn outside the plot, the dots at its corners included.
  const plot = await matrix.plot.boundingBox();
  if (!plot) throw new Error('the matrix is not on screen');
  const outside = await dots.evaluateAll(
    (buttons, box) =>
      buttons.filter((b) => {
        const r = b.getBoundingClientRect();
        return (
          r.left < box.x - 0.5 ||
          r.top < box.y - 0.5 ||
          r.right > box.x + box.width + 0.5 ||
          r.bottom > box.y + box.height + 0.5
        );
      }).length,
    plot,
  );
  expect(outside).toBe(0);

  // Each dot is painted in its quadrant's colour where its button stands (on the canvas beneath
  // the buttons): the last one, painted over the others, is seen above its number.
  const painted = await dots.last().evaluate((button) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.plot-dots');
    if (!canvas) return null;
    const c = canvas.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    const ratio = canvas.width / c.width;
    const x = Math.round((b.left + b.width / 2 - c.left) * ratio);
    const y = Math.round((b.top + b.height * 0.2 - c.top) * ratio);
    const pixel = [...(canvas.getContext('2d')?.getImageData(x, y, 1, 1).data ?? [])];
    const quadrant = /card-(quick-wins|strategic-bets|fill-ins|reconsider)/.exec(button.className);
    const name = quadrant?.[1] === 'reconsider' ? '--card-reconsider' : `--${quadrant?.[1]}`;
    const hex = getComputedStyle(canvas).getPropertyValue(name).trim();
    const colour = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return { pixel, colour: [...colour, 255] };
  });
  expect(painted).not.toBeNull();
  expect(painted?.pixel).toEqual(painted?.colour);

  // A dot in the middle of the plot: named by its title, quadrant and number.
  const index = Array.from({ length: COUNT }, (_, i) => i).find((i) => {
    const p = largePlacement(i);
    return p.x >= 30 && p.x <= 40 && p.y >= 60 && p.y <= 70;
  });
  if (index === undefined) throw new Error('no candidate stands in the middle');
  const { x, y } = largePlacement(index);
  const name = title(index + 1);
  const dot = matrix.card(name);
  await expect(dot).toHaveAccessibleName(new RegExp(`^${name}, Strategic bets, dot \\d+$`));
  const number = /dot (\d+)$/.exec((await dot.getAttribute('aria-label')) ?? '')?.[1];
  // Under the canvas a dot draws nothing itself, not even its number: the canvas paints it.
  const drawnNumber = () => dot.evaluate((button) => getComputedStyle(button, '::after').content);
  expect(await drawnNumber()).toBe('none');

  // Tab from the dot before it (in title order) focuses it and shows its title; Space, two
  // Shift+arrows and Space move it 20 points to the right.
  await matrix.card(title(index)).focus();
  await page.keyboard.press('Tab');
  await expect(dot).toBeFocused();
  await expect(page.getByRole('tooltip').filter({ hasText: name })).toBeVisible();
  // Focused, it rises over the canvas and draws itself, with the number its name says.
  expect(await drawnNumber()).toBe(`"${number}"`);
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(`Picked up “${name}”, in Strategic bets.`);
  await afterPickUp(page);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(matrix.announcement).toHaveText(
    `“${name}” is over Quick wins, value ${y}, feasibility ${x + 20}.`,
  );
  await page.keyboard.press('Space');
  await expect(matrix.announcement).toHaveText(
    `Placed “${name}” in Quick wins, value ${y}, feasibility ${x + 20}.`,
  );
  await expect(dot).toHaveAccessibleName(new RegExp(`^${name}, Quick wins, dot \\d+$`));
  await expect(dot).toBeFocused();

  await reloadWhenSaved(page);
  await expect(matrix.card(name)).toHaveAccessibleName(new RegExp(`^${name}, Quick wins, dot`));
  await expect(matrix.card(name).locator('xpath=ancestor::li[1]')).toHaveAttribute(
    'style',
    new RegExp(`left: ${x + 20}%`),
  );
  expect(await seriousViolations(page)).toEqual([]);
});
