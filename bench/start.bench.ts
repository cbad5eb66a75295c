/**
 * Start-up and import at scale (issue 13), in headless Chromium: `npx jiti bench/start.bench.ts`.
 *
 * In the served app (bench/app.ts):
 * - import.open_10000_ms: a 10,000-candidate `.scalepath` file (about 13 MB), from the file chosen
 *   in "Import a workshop file…" to the workshop's heading on screen; import.longest_task_10000_ms,
 *   the longest main-thread task meanwhile (long-task entries, 50 ms and more);
 * - start.table_5000_ms: with 5,000 candidates stored, a reload of the Candidates screen until the
 *   table, saying it has 5,001 rows, shows its first screen of them, painted (two frames after),
 *   from the navigation's start (rows off the screen are rendered as the page scrolls to them);
 * - start.matrix_5000_ms: the same for the Matrix screen and its last card.
 * Goals: 1,500 ms, 100 ms, 800 ms and 1,000 ms. Each figure is the median of 3.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { watchLongTasks, withApp } from './app.ts';
import { placedWorkshopFile } from './workshops.ts';
import { median, recordResults, roundMs, goalVerdict } from './results.ts';

const PORT = 4178;
const GOALS = {
  'import.open_10000_ms': 1_500,
  'import.longest_task_10000_ms': 100,
  'start.table_5000_ms': 800,
  'start.matrix_5000_ms': 1_000,
} as const;

function workshopFile(cards: number): string {
  return placedWorkshopFile({
    cards,
    seed: 13,
    title: `Scale: ${cards} candidates`,
    cardTitle: (i) => `Scale candidate ${String(i + 1).padStart(5, '0')}`,
    newId: (n) => `s${cards}-${String(n).padStart(5, '0')}`,
    notes: 'A note of a sentence or two, as a room writes them, about the data and the owner.',
  });
}

/** Imports the file in a fresh context; returns the page, the time to open and the longest task. */
async function importFile(
  browser: Browser,
  url: string,
  path: string,
  cards: number,
): Promise<{ page: Page; openMs: number; longestTask: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Scalepath', level: 1 }).waitFor();
  const longTasks = await watchLongTasks(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  const chooser = await choosing;
  const start = Date.now();
  await chooser.setFiles(path);
  await page
    .getByRole('heading', { name: `Scale: ${cards} candidates`, level: 1 })
    .waitFor({ timeout: 30_000 })
    .catch(async (error: unknown) => {
      const said = await page.getByRole('alert').allTextContents();
      throw new Error(`the import did not open (${said.join(' ') || 'nothing said'})`, {
        cause: error,
      });
    });
  const openMs = Date.now() - start;
  const tasks = await longTasks();
  return { page, openMs, longestTask: Math.max(0, ...tasks) };
}

/** Reloads the page and times, from the navigation's start, until `selector` has `count` matches painted. */
async function timeReload(page: Page, selector: string, count: number): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(
    ({ selector, count }) =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelectorAll(selector).length >= count) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
          } else setTimeout(check, 5);
        };
        check();
      }),
    { selector, count },
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-start-bench-'));
  const big = join(dir, 'scale-10000.scalepath');
  const medium = join(dir, 'scale-5000.scalepath');
  writeFileSync(big, workshopFile(10_000));
  writeFileSync(medium, workshopFile(5_000));
  try {
    await withApp(PORT, async (browser, url) => {
      const opens: number[] = [];
      const tasks: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const { page, openMs, longestTask } = await importFile(browser, url, big, 10_000);
        opens.push(openMs);
        tasks.push(longestTask);
        await page.context().close();
      }
      const { page } = await importFile(browser, url, medium, 5_000);
      const tables: number[] = [];
      const matrices: number[] = [];
      // The table says it has all 5,000 rows, and shows those on the screen (the rest are
      // rendered as the page scrolls to them).
      const rows = 'table[aria-rowcount="5001"] tbody tr[aria-rowindex]';
      const cards = '[aria-roledescription="movable card"]';
      for (let run = 0; run < 3; run += 1) tables.push(await timeReload(page, rows, 1));
      await page.getByRole('link', { name: 'Matrix', exact: true }).click();
      for (let run = 0; run < 3; run += 1) matrices.push(await timeReload(page, cards, 5_000));
      await page.context().close();

      const figures = {
        'import.open_10000_ms': roundMs(median(opens)),
        'import.longest_task_10000_ms': roundMs(median(tasks)),
        'start.table_5000_ms': roundMs(median(tables)),
        'start.matrix_5000_ms': roundMs(median(matrices)),
      };
      const runs = {
        'import.open_10000_ms': opens,
        'import.longest_task_10000_ms': tasks,
        'start.table_5000_ms': tables,
        'start.matrix_5000_ms': matrices,
      };
      console.log('\nStart-up and import at scale, Chromium headless, 1280x720');
      for (const [key, value] of Object.entries(figures) as Array<[keyof typeof GOALS, number]>) {
        const goal = GOALS[key];
        console.log(
          `  ${key.padEnd(30)} ${value.toFixed(0).padStart(7)} ms   ${goalVerdict(value, goal)}; runs ${runs[key].map((r) => r.toFixed(0)).join(', ')}`,
        );
      }
      console.log(`  Machine load average while measuring: ${loadavg()[0]?.toFixed(1)} (2 cores).`);
      recordResults(figures);
      console.log('\nWritten to bench/results.json.');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
