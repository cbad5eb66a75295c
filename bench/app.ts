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
    ['vite', 'build', '--config', 'vite.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
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
