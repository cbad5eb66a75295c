import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage } from './pages.ts';

test('back up all workshops, delete one, restore it from the backup, and undo the restore', async ({
  page,
}) => {
  // Workshops changed two days ago and were never backed up: the reminder says so.
  await page.addInitScript(() => {
    if (localStorage.getItem('scalepath.unbacked-since') === null) {
      localStorage.setItem('scalepath.unbacked-since', String(Date.now() - 2 * 86_400_000));
    }
  });
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Keep me' });
  await new CandidatesPage(page).addCandidate({ title: 'Fraud detection' });
  await page.getByRole('link', { name: '← All workshops' }).click();
  await home.createWorkshop({ title: 'Another' });
  await page.getByRole('link', { name: '← All workshops' }).click();
  const reminder = page.getByRole('status').filter({ hasText: 'changed since the last backup' });
  await expect(reminder).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up all workshops' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Scalepath backup \d{4}-\d{2}-\d{2}\.scalepath-backup$/,
  );
  const path = await download.path();
  const backup = JSON.parse(readFileSync(path, 'utf8')) as { workshops: string[] };
  expect(backup.workshops).toHaveLength(2);
  await expect(page.getByText('Backed up 2 workshops.')).toBeVisible();
  await page.reload();
  await expect(home.workshops).toHaveCount(2);
  await expect(reminder).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete “Keep me”' }).click();
  await expect(home.workshops).toHaveCount(1);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await choosing).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  const row = dialog.getByRole('row').filter({ hasText: 'Keep me' });
  await expect(row.getByRole('cell').first()).toHaveText('1 candidate');
  await expect(row).toContainText('not here');
  await expect(dialog.getByRole('row').filter({ hasText: 'Another' })).toContainText(
    '0 candidates',
  );
  await row.getByRole('button', { name: 'Restore “Keep me”' }).click();
  await expect(page.getByRole('heading', { name: 'Keep me', level: 1 })).toBeVisible();
  await expect(new CandidatesPage(page).row('Fraud detection')).toBeVisible();

  // The restore is one step on the home screen's history.
  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(2);
  await page.getByRole('button', { name: /^Undo Import “Keep me”/ }).click();
  await expect(home.workshops).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Keep me', exact: true })).toHaveCount(0);
});

test('a file that is not a backup is refused in words, and nothing changes', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'notes.scalepath-backup',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something else"}'),
  });
  await expect(page.getByRole('alert')).toContainText('This file is not a Scalepath backup.');
  await expect(home.workshops).toHaveCount(0);
});
