import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage } from './pages.ts';

test('a write that fails for lack of space is shown, kept, and lands on Retry', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Full disk' });

  // The disk fills up: every IndexedDB write now fails as a real quota error would.
  await page.evaluate(() => {
    const real = IDBObjectStore.prototype.put;
    (window as unknown as Record<string, unknown>).restorePut = () =>
      (IDBObjectStore.prototype.put = real);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Add candidate' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await dialog.getByLabel('Title', { exact: true }).fill('Customer-query chatbot');
  await dialog.getByRole('button', { name: 'Add candidate' }).click();

  const banner = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(banner).toContainText('Not saved: Add “Customer-query chatbot”');
  await expect(banner).toContainText('storage for Scalepath is full');
  // Nothing was half-written; the change waits in the banner, which stays until it lands.
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No candidates yet')).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(banner).toBeVisible();

  await page.evaluate(() =>
    ((window as unknown as Record<string, () => void>).restorePut ?? (() => undefined))(),
  );
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await expect(new CandidatesPage(page).row('Customer-query chatbot')).toBeVisible();
  await page.reload();
  await expect(new CandidatesPage(page).row('Customer-query chatbot')).toBeVisible();
});
