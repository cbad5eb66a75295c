/**
 * One crash trial (issue 14): Chromium on a profile on disk, a burst of edits in the app
 * (candidates added through their form, one after another), every Chromium process killed with
 * SIGKILL at a random moment, and the browser started again on the same profile. Every edit that
 * was on screen for a second before the kill must be stored, and the library must open. Used by
 * test/e2e/crash.spec.ts (a few trials in `npm test`) and scripts/soak.ts (50).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export interface TrialResult {
  /** Edits on screen for a second or more before the kill. */
  confirmed: string[];
  /** Of those, the ones not stored after the restart. */
  lost: string[];
  /** The library did not open after the restart. */
  isUnreadable: boolean;
}

async function launch(profile: string): Promise<{ process: ChildProcess; browser: Browser }> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    // Its own process group, so that the kill takes every Chromium process at once (the storage
    // and network services too), as a crash of the machine or the app would.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited: ${output.slice(-400)}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

async function appPage(browser: Browser, url: string): Promise<Page> {
  // The tab Chromium opened with (about:blank): the one in front, which renders.
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  return page;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid, 'SIGKILL');
  });
}

/** The candidates stored, read from IndexedDB in the page. */
function storedCandidates(page: Page): Promise<Array<{ title: string; workshopId: string }>> {
  return page.evaluate(
    () =>
      new Promise<Array<{ title: string; workshopId: string }>>((resolve, reject) => {
        const open = indexedDB.open('scalepath');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('candidates').objectStore('candidates').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as Array<{ title: string; workshopId: string }>);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Starts Chromium again on the profile after a kill: whether the library opens, and the
 * candidates stored.
 */
async function afterRestart(
  profile: string,
  url: string,
): Promise<{ isUnreadable: boolean; stored: Array<{ title: string; workshopId: string }> }> {
  const second = await launch(profile);
  try {
    const page = await appPage(second.browser, url);
    const isUnreadable = await page
      .getByRole('heading', { name: 'Your workshops' })
      .waitFor({ timeout: 15_000 })
      .then(
        () => false,
        () => true,
      );
    return { isUnreadable, stored: await storedCandidates(page) };
  } finally {
    await kill(second.process);
  }
}

/**
 * Runs one trial on `profile` against the app at `url`: candidates added one after another, and
 * the kill `killAfterMs` into them.
 */
export async function crashTrial(
  profile: string,
  url: string,
  trial: number,
  killAfterMs: number,
): Promise<TrialResult> {
  const first = await launch(profile);
  const page = await appPage(first.browser, url);
  await page.getByRole('heading', { name: 'Scalepath', level: 1 }).waitFor();
  const shownAt = new Map<string, number>();
  await page.getByRole('button', { name: 'New workshop', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Workshop title').fill(`Trial ${trial}`);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: `Trial ${trial}`, level: 1 }).waitFor();
  // The kill comes `killAfterMs` into the burst of edits.
  const editing = (async () => {
    for (let i = 1; ; i += 1) {
      const title = `Trial ${trial} edit ${i}`;
      await page.getByRole('button', { name: 'Add candidate' }).first().click();
      const form = page.getByRole('dialog', { name: 'Add a candidate' });
      await form.getByLabel('Title', { exact: true }).fill(title);
      await form.getByRole('button', { name: 'Add candidate' }).click();
      await page.getByRole('rowheader', { name: title, exact: true }).waitFor();
      shownAt.set(title, Date.now());
    }
  })().catch(() => undefined); // Ends when the browser is killed under it.
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  const killedAt = Date.now();
  await kill(first.process);
  await editing;

  const { isUnreadable, stored } = await afterRestart(profile, url);
  const titles = new Set(stored.map((c) => c.title));
  const confirmed = [...shownAt].filter(([, at]) => killedAt - at >= 1_000).map(([title]) => title);
  return { confirmed, lost: confirmed.filter((t) => !titles.has(t)), isUnreadable };
}

/**
 * A kill in the middle of a large import: the file at `path` chosen in "Import a workshop file…",
 * every Chromium process killed `killAfterMs` later. Returns how many of its candidates are
 * stored after the restart: all of them or none is the only right answer.
 */
export async function importCrashTrial(
  profile: string,
  url: string,
  path: string,
  killAfterMs: number,
): Promise<{ stored: number; isUnreadable: boolean }> {
  const first = await launch(profile);
  const page = await appPage(first.browser, url);
  await page.getByRole('heading', { name: 'Scalepath', level: 1 }).waitFor();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (await choosing).setFiles(path);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await kill(first.process);
  const { isUnreadable, stored } = await afterRestart(profile, url);
  return { stored: stored.length, isUnreadable };
}
