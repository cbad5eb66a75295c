import { expect, test as base } from '@playwright/test';

/**
 * Every e2e test runs under two guards. Offline: the app may only ever talk to the origin it was
 * served from (and blob:/data: URLs it makes itself); any other request fails the test. Sound:
 * an uncaught exception or a Content-Security-Policy violation in the page fails the test too.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
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
      await use();
      expect(foreign, 'requests that left the machine').toEqual([]);
      expect(faults, 'uncaught errors and CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
