import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Watches a page for what no test may see. Offline: the app may only ever talk to the origin it
 * was served from (and blob:/data: URLs it makes itself); any other request fails the test. Sound:
 * an uncaught exception or a Content-Security-Policy violation in the page fails the test too.
 * Returns the check to run at the end.
 */
export function guardPage(page: Page, baseURL: string | undefined): () => void {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const foreign: string[] = [];
  const faults: string[] = [];
  page.on('pageerror', (error) => faults.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) faults.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return () => {
    expect(foreign, 'requests that left the machine').toEqual([]);
    expect(faults, 'uncaught errors and CSP violations in the page').toEqual([]);
  };
}

/** Every e2e test runs its page under guardPage; pages of other contexts call it themselves. */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const check = guardPage(page, baseURL);
      await use();
      check();
    },
    { auto: true },
  ],
});

export { expect };
