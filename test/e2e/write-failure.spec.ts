import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage, MatrixPage, reloadWhenSaved } from './pages.ts';

/** The disk fills up: every IndexedDB write fails as a real quota error would, until `freeDisk`. */
async function fillDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const real = IDBObjectStore.prototype.put;
    (window as unknown as Record<string, unknown>).restorePut = () =>
      (IDBObjectStore.prototype.put = real);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(() =>
    ((window as unknown as Record<string, () => void>).restorePut ?? (() => undefined))(),
  );
}

test('a write that fails for lack of space is shown, kept, and lands on Retry', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Full disk' });

  await fillDisk(page);
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
  // It stays while the facilitator goes on elsewhere.
  await page.getByRole('link', { name: 'Matrix', exact: true }).click();
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await expect(banner).toBeVisible();

  await freeDisk(page);
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await expect(new CandidatesPage(page).row('Customer-query chatbot')).toBeVisible();
  await reloadWhenSaved(page);
  await expect(new CandidatesPage(page).row('Customer-query chatbot')).toBeVisible();
});

test('a Retry lands the failed edit on what is stored now, leaving a later edit of the same card in place', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Retry later' });
  const candidates = new CandidatesPage(page);
  await candidates.addCandidate({ title: 'Chatbot' });

  await fillDisk(page);
  await page.getByRole('button', { name: 'Edit “Chatbot”' }).click();
  const form = page.getByRole('dialog', { name: 'Edit “Chatbot”' });
  await form.getByLabel('Notes and rationale').fill('Agreed in the room');
  await form.getByRole('button', { name: 'Save candidate' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(banner).toContainText('Not saved: Save “Chatbot”');

  // Space again; the card is moved on the matrix before anyone presses Retry.
  await freeDisk(page);
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.dragCardOnMatrix('Chatbot', { feasibility: 80, value: 80 });
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Quick wins' })).toBeVisible();
  // The move is on disk; the notes still wait for Retry.
  await expect(page.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();

  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await reloadWhenSaved(page);
  await expect(matrix.plot.getByRole('button', { name: 'Chatbot, Quick wins' })).toBeVisible();
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await page.getByRole('button', { name: 'Edit “Chatbot”' }).click();
  await expect(form.getByLabel('Notes and rationale')).toHaveValue('Agreed in the room');
});
