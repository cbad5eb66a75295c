/**
 * The built app in headless Chromium, for the benchmarks that drive its screens: the renderer is
 * built into a temporary folder (dist/renderer is left alone for the e2e tests) and served with
 * `vite preview` on the given port, in its own process group so that stopping it ends npx and vite;
 * and the two ways the benchmarks read the main thread: CDP task time and long tasks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

/** Builds and serves the app, launches Chromium, runs `use`, and stops both whatever happens. */
export async function withApp<T>(
  port: number,
  use: (browser: Browser, url: string) => Promise<T>,
): Promise<T> {
  const outDir = join(tmpdir(), `scalepath-bench-renderer-${port}`);
  const url = `http://127.0.0.1:${port}/`;
  console.log('Building the renderer…');
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'warn',
      ...(process.env.BENCH_NO_MINIFY ? ['--minify', 'false'] : []),
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForServer(url, 60_000);
    return await use(browser, url);
  } finally {
    await browser.close();
    if (server.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

/** The main thread's task time so far, in seconds (CDP Performance.getMetrics TaskDuration). */
export async function taskSeconds(page: Page): Promise<number> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    sessions.set(page, session);
  }
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}
const sessions = new WeakMap<Page, CDPSession>();

/**
 * Starts recording the page's long tasks (50 ms and more, the Long Tasks API); the function it
 * returns gives those recorded since the last call, and starts afresh.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      const tasks = w.__longTasks;
      w.__longTasks = [];
      return tasks;
    });
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A 2-second mouse drag from `from`, through `pointAt(share)` for share 0…1 (240 pointer moves,
 * 120 a second, as a mouse sends them), not dropped. Returns the requestAnimationFrame intervals
 * from the frame of the press until the last move, and the main thread's task time in that span
 * divided by the frames counted (CDP TaskDuration before and after). The caller releases the
 * mouse.
 */
export async function dragFrames(
  page: Page,
  from: Point,
  pointAt: (share: number) => Point,
): Promise<{ frames: number[]; workPerFrame: number }> {
  await page.mouse.move(from.x, from.y);
  // The rAF loop starts well before the press (its first interval after an idle page says
  // nothing about the drag); intervals count from the one in which the card is pressed.
  await page.evaluate(() => {
    const w = window as unknown as { __times: number[]; __downAt: number; __collecting: boolean };
    w.__times = [];
    w.__downAt = Number.POSITIVE_INFINITY;
    w.__collecting = true;
    addEventListener('pointerdown', () => (w.__downAt = performance.now()), {
      capture: true,
      once: true,
    });
    const tick = (t: number) => {
      w.__times.push(t);
      if (w.__collecting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await sleep(300);
  const before = await taskSeconds(page);
  await page.mouse.down();
  const moves = 240;
  const durationMs = 2_000;
  const start = Date.now();
  for (let i = 1; i <= moves; i += 1) {
    const share = i / moves;
    const to = pointAt(share);
    await page.mouse.move(to.x, to.y);
    const due = start + share * durationMs;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __times: number[]; __downAt: number; __collecting: boolean };
    w.__collecting = false;
    const deltas: number[] = [];
    for (let i = 1; i < w.__times.length; i += 1) {
      const end = w.__times[i] ?? 0;
      if (end > w.__downAt) deltas.push(end - (w.__times[i - 1] ?? end));
    }
    return deltas;
  });
  const work = (await taskSeconds(page)) - before;
  return { frames, workPerFrame: (work * 1000) / frames.length };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * The longest task on the page's main thread while `act` runs, in ms, from a Chromium trace
 * (devtools.timeline's RunTask events, which time every task, not only the long ones).
 */
export async function longestTaskDuring(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
): Promise<number> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of trace.traceEvents) {
    if (e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`)) {
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
  }
  return longest;
}

/**
 * A fresh context at 1280×720 on the app, with the workshop file `text` imported through the home
 * screen's "Import a workshop file…" and open (its heading, `title`, on screen).
 */
export async function openImported(
  browser: Browser,
  url: string,
  text: string,
  title: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (
    await choosing
  ).setFiles({ name: 'bench.scalepath', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  return page;
}
