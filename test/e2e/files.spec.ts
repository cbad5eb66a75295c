import { readFile } from 'node:fs/promises';
import { CURRENT_SCHEMA_VERSION } from '../../shared/file/format.ts';
import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage, reloadWhenSaved } from './pages.ts';

test('a workshop exported to a file comes back, as a new workshop, with the same candidates', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  const title = 'AI strategy: from pilot to scale';
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const candidates = new CandidatesPage(page);
  const table = async () =>
    Promise.all(
      (await page.getByRole('rowheader').allInnerTexts()).map(async (t) => [
        t,
        ...(await candidates.rowCells(t)).slice(0, 6),
      ]),
    );
  const original = await table();
  expect(original.length).toBeGreaterThanOrEqual(12);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.scalepath$/);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'scalepath',
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });

  // The same workshop is already here: merging its own file changes nothing.
  await page.getByRole('link', { name: '← All workshops' }).click();
  const importFile = async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a workshop file…' }).click();
    await (await choosing).setFiles(path);
    return page.getByRole('dialog', { name: `“${title}” is already in your library` });
  };
  const choice = await importFile();
  await expect(choice.getByRole('button', { name: `Merge into “${title}”` })).toBeFocused();
  await choice.getByRole('button', { name: `Merge into “${title}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to merge' })).toBeVisible();
  await expect(home.workshops).toHaveCount(1);

  // As a separate copy, it comes in under fresh ids, beside the original.
  await (await importFile()).getByRole('button', { name: 'Import as a separate copy' }).click();
  await expect(
    page.getByRole('heading', { name: `${title} (imported copy)`, level: 1 }),
  ).toBeVisible();
  expect(await table()).toEqual(original);

  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(2);
});

test('a broken file is refused with a plain message and nothing stored changes', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Keep me' });
  await new CandidatesPage(page).addCandidate({
    title: 'Lead scoring',
    scores: { financialImpact: 4 },
  });
  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(1);
  const before = await home.workshops.allInnerTexts();

  const files = [
    {
      name: 'truncated.scalepath',
      body: '{"format":"scalepath","schemaVersion":1,"workshop":{"id":"x","tit',
      says: 'truncated',
    },
    {
      name: 'newer.scalepath',
      body: JSON.stringify({ format: 'scalepath', schemaVersion: 99 }),
      says: 'newer',
    },
    {
      name: 'notes.scalepath',
      body: 'title;department\nChatbot;Service',
      says: 'not a Scalepath workshop',
    },
  ];
  for (const file of files) {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a workshop file…' }).click();
    await (
      await choosing
    ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.body) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${file.name}” was not imported`);
    await expect(alert).toContainText(file.says);
    await expect(alert).toContainText('Nothing in your library was changed.');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }

  await reloadWhenSaved(page);
  await expect(home.workshops).toHaveCount(1);
  expect(await home.workshops.allInnerTexts()).toEqual(before);
  await home.workshops.first().getByRole('link').click();
  await expect(page.getByRole('rowheader')).toHaveText(['Lead scoring']);
});
