import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createdReplica } from '../../shared/domain/document.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { crowdedWorkshop } from '../shared/deck/fixtures.ts';
import { expect, test } from './fixtures.ts';
import { HomePage } from './pages.ts';

/** Poppler reads the downloaded deck; CI installs poppler-utils, so a missing tool fails. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

test('the Deck screen counts the pages and exports the sample workshop as a PDF', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'AI strategy: from pilot to scale', level: 1 }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Deck' }).click();
  await expect(page.getByRole('heading', { name: 'PDF deck' })).toBeVisible();

  // The sample schedules nothing: the roadmap section has no data and cannot be chosen.
  await expect(page.getByRole('checkbox', { name: /Roadmap by phase/ })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /Executive summary/ })).toBeChecked();

  const status = page.getByRole('status').filter({ hasText: /page|section/ });
  await expect(status).toHaveText(/^The deck has \d+ pages\.$/, { timeout: 20_000 });
  const counted = Number(/(\d+) pages/.exec((await status.textContent()) ?? '')?.[1]);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);

  // Leaving out the one-pagers drops one page per candidate.
  await page.getByRole('checkbox', { name: /^Candidates/ }).uncheck();
  await expect(status).toHaveText(`The deck has ${counted - 18} pages.`, { timeout: 20_000 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await download.path();
  await expect(page.getByText(/^Exported the deck of/)).toBeVisible();

  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPages(path)).toBe(counted - 18);
  const text = pdfText(path);
  for (const quadrant of ['Quick wins', 'Strategic bets', 'Fill-ins', 'Reconsider']) {
    expect(text).toContain(quadrant);
  }
  expect(text).toContain('Customer query chatbot');
});

test('a 200-candidate deck is counted and exported without freezing the screen', async ({
  page,
}) => {
  const doc = crowdedWorkshop(200);
  const text = serializeWorkshopFile(createdReplica(doc, ['rtest', 1]), {
    appVersion: '0.1.0',
    exportedAt: '2026-01-31T09:00:00.000Z',
    replica: { id: 'rtest', name: 'Test laptop' },
  });
  const home = new HomePage(page);
  await home.goto();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'crowded.scalepath',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('heading', { name: doc.workshop.title, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Deck' }).click();
  await expect(page.getByRole('heading', { name: 'PDF deck' })).toBeVisible();

  // From here on, every main-thread task longer than 50 ms is recorded (the Long Tasks API).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const status = page.getByRole('status').filter({ hasText: /page|section/ });
  await expect(status).toHaveText(/^The deck has \d+ pages\.$/, { timeout: 45_000 });
  const counted = Number(/(\d+) pages/.exec((await status.textContent()) ?? '')?.[1]);
  expect(counted).toBeGreaterThan(200);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  await expect(page.getByText(/^Exported the deck of/)).toBeVisible();
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  test.info().annotations.push({
    type: 'long tasks (ms)',
    description: longTasks.map((t) => Math.round(t)).join(', ') || 'none',
  });
  expect(Math.max(0, ...longTasks)).toBeLessThan(100);
  expect(pdfPages(await download.path())).toBe(counted);
});
