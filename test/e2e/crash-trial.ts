/**
 * One crash trial (issue 14): Chromium on a profile on disk, a burst of edits in the app (in
 * turn: a candidate added through its form, moved from the tray onto the matrix and from the
 * backlog into phase 1 from the keyboard, and the value threshold typed in the settings), every
 * Chromium process killed with SIGKILL at a random moment, and the browser started again on the
 * same profile. Every edit that was on screen for a second before the kill must be stored, and
 * the library must open. Used by test/e2e/crash.spec.ts (a few trials in `npm test`) and
 * scripts/soak.ts (50).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** The kinds of edit a trial makes, in turn. */
export const EDIT_KINDS = ['form', 'matrix', 'roadmap', 'settings'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface TrialResult {
  /** Edits on screen for a second or more before the kill ("matrix: Trial 1 edit 2"). */
  confirmed: string[];
  /** How many of those were of each kind. */
  confirmedKinds: Record<EditKind, number>;
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

interface StoredCandidate {
  title: string;
  workshopId: string;
  placement: unknown;
  phaseId: string | null;
}

interface Stored {
  candidates: StoredCandidate[];
  /** Each workshop's value threshold, by workshop id. */
  valueThresholds: Record<string, number>;
}

/** The candidates and workshops stored, read from IndexedDB in the page. */
function readStored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('scalepath');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'workshops']);
          const candidates = tx.objectStore('candidates').getAll();
          const workshops = tx.objectStore('workshops').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const list = workshops.result as Array<{
              id: string;
              settings: { thresholds: { value: number } };
            }>;
            resolve({
              candidates: candidates.result as StoredCandidate[],
              valueThresholds: Object.fromEntries(
                list.map((w) => [w.id, w.settings.thresholds.value]),
              ),
            });
          };
          tx.onerror = () => reject(tx.error);
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
): Promise<{ isUnreadable: boolean; stored: Stored }> {
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
    return { isUnreadable, stored: await readStored(page) };
  } finally {
    await kill(second.process);
  }
}

/** An edit made in a trial: when it was on screen, and whether what is stored holds it. */
interface Edit {
  kind: EditKind;
  label: string;
  shownAt: number;
  isStored(stored: Stored): boolean;
}

/** Waits for dnd-kit's announcement to start with `text`. */
async function announced(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/**
 * Picks up the focused card, and gives dnd-kit two frames to listen for the arrows and to measure
 * its drop zones (an arrow before that moves nothing), as a person's next key would.
 */
async function pickUp(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Space');
  await announced(page, `Picked up “${title}”`);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Runs one trial on `profile` against the app at `url`: edits of every kind in turn, and the kill
 * `killAfterMs` into them.
 */
export async function crashTrial(
  profile: string,
  url: string,
  trial: number,
  killAfterMs: number,
): Promise<TrialResult> {
  const first = await launch(profile);
  const page = await appPage(first.browser, url);
  // A step is a fraction of a second: one that waits five is a broken trial, and says which.
  page.setDefaultTimeout(5_000);
  await page.getByRole('heading', { name: 'Scalepath', level: 1 }).waitFor();
  const edits: Edit[] = [];
  const shown = (kind: EditKind, label: string, isStored: Edit['isStored']) =>
    edits.push({ kind, label: `${kind}: ${label}`, shownAt: Date.now(), isStored });
  await page.getByRole('button', { name: 'New workshop', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Workshop title').fill(`Trial ${trial}`);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: `Trial ${trial}`, level: 1 }).waitFor();
  const tab = (name: string) => page.getByRole('link', { name, exact: true }).click();
  const stored = (s: Stored, title: string) => s.candidates.find((c) => c.title === title);
  // The kill comes `killAfterMs` into the burst of edits.
  let killedAt = Number.POSITIVE_INFINITY;
  let stopped: string | null = null;
  const editing = (async () => {
    for (let i = 1; ; i += 1) {
      const title = `Trial ${trial} edit ${i}`;
      await tab('Candidates');
      await page.getByRole('button', { name: 'Add candidate' }).first().click();
      const form = page.getByRole('dialog', { name: 'Add a candidate' });
      await form.getByLabel('Title', { exact: true }).fill(title);
      await form.getByRole('button', { name: 'Add candidate' }).click();
      await page.getByRole('rowheader', { name: title, exact: true }).waitFor();
      shown('form', title, (s) => stored(s, title) !== undefined);

      // From the tray onto the matrix: the first arrow brings it to the matrix's right edge,
      // two more well inside.
      await tab('Matrix');
      await page.getByRole('button', { name: `${title}, in the tray` }).focus();
      await pickUp(page, title);
      for (const key of ['ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft']) {
        await page.keyboard.press(key);
      }
      await page.keyboard.press('Space');
      await announced(page, `Placed “${title}”`);
      shown('matrix', title, (s) => (stored(s, title)?.placement ?? null) !== null);

      // From the backlog into phase 1.
      await tab('Roadmap');
      await page
        .getByRole('group', { name: 'Backlog and phases' })
        .getByRole('button', { name: title, exact: true })
        .focus();
      await pickUp(page, title);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await announced(page, `Moved “${title}”`);
      shown('roadmap', title, (s) => (stored(s, title)?.phaseId ?? null) !== null);

      // A typed setting, written when it is entered. A later one may overwrite it, so it is
      // stored when the stored value is it or one typed after it.
      await tab('Settings');
      const value = 40 + (i % 40);
      const threshold = page.getByRole('spinbutton', { name: 'Value threshold' });
      await threshold.fill(String(value));
      await threshold.press('Enter');
      const index = edits.length;
      shown('settings', String(value), (s) => {
        const now = s.valueThresholds[stored(s, title)?.workshopId ?? ''];
        const later = edits.slice(index + 1).filter((e) => e.kind === 'settings');
        return now === value || later.some((e) => e.label === `settings: ${now}`);
      });
    }
  })().catch((error: unknown) => {
    // Ends when the browser is killed under it; anything else is a broken trial, said as such.
    if (Date.now() < killedAt) stopped = error instanceof Error ? error.message : String(error);
  });
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  killedAt = Date.now();
  await kill(first.process);
  await editing;
  if (stopped !== null) throw new Error(`The trial's edits stopped before the kill: ${stopped}`);

  const after = await afterRestart(profile, url);
  const confirmed = edits.filter((e) => killedAt - e.shownAt >= 1_000);
  const confirmedKinds = Object.fromEntries(
    EDIT_KINDS.map((kind) => [kind, confirmed.filter((e) => e.kind === kind).length]),
  ) as Record<EditKind, number>;
  return {
    confirmed: confirmed.map((e) => e.label),
    confirmedKinds,
    lost: confirmed.filter((e) => !e.isStored(after.stored)).map((e) => e.label),
    isUnreadable: after.isUnreadable,
  };
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
  return { stored: stored.candidates.length, isUnreadable };
}
