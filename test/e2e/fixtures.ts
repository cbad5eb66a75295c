import { expect, test as base } from '@playwright/test';

/**
 * Every e2e test runs under an offline guard: the app may only ever talk to the origin it was
 * served from (and blob:/data: URLs it makes itself). Any other request fails the test.
 * It also records whether the app asked for persistent storage.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('blob:') || url.startsWith('data:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use();
      expect(foreign, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
