import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage, MatrixPage } from './pages.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/csv/german-scoring-sheet.csv',
);
const TITLES = ['Absatzprognose', 'Betrugserkennung', 'Chatbot für Kunden'];
const WORKBOOK = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/xlsx/scoring-workbook.xlsx',
);

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
}

test('a German Windows-1252 scoring sheet: read, one column fixed, values mapped, reviewed, imported, on the matrix, undone; then exported and read back', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Spreadsheet workshop' });
  await page.getByRole('button', { name: 'Import from a spreadsheet…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Import from a spreadsheet' })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await dialog.getByLabel('Spreadsheet file').setInputFiles(FIXTURE);

  // How it reads: the code page and the delimiter found, with a preview.
  await expect(dialog.getByRole('heading', { name: 'Import: how the file reads' })).toBeVisible();
  await expect(dialog.getByLabel('Text encoding')).toHaveValue('windows-1252');
  await expect(dialog.getByLabel('Delimiter')).toHaveValue(';');
  await expect(dialog.getByLabel('First row is headers')).toBeChecked();
  await expect(dialog.getByRole('table', { name: /^The first rows/ })).toContainText(
    'Chatbot für Kunden',
  );
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Next: columns' }).click();

  // Columns: the German headers found by alias; one left out is fixed by hand.
  await expect(dialog.getByLabel('Field for the column Finanzieller Nutzen')).toHaveValue(
    'financialImpact',
  );
  await expect(dialog.getByLabel('Field for the column Datenverfügbarkeit')).toHaveValue(
    'dataReadiness',
  );
  await expect(dialog.getByLabel('Field for the column Strategischer Beitrag')).toHaveValue('');
  await dialog
    .getByLabel('Field for the column Strategischer Beitrag')
    .selectOption('strategicImportance');
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Next: values' }).click();

  // Values: Hoch / Mittel / Niedrig prefilled as 4 / 3 / 2.
  await expect(dialog.getByLabel('Finanzieller Nutzen: Hoch')).toHaveValue('4');
  await expect(dialog.getByLabel('Finanzieller Nutzen: Mittel')).toHaveValue('3');
  await expect(dialog.getByLabel('Strategischer Beitrag: Niedrig')).toHaveValue('2');
  await expect(dialog.getByLabel('Größe: M')).toHaveValue('M');
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Next: review' }).click();

  await expect(dialog.getByRole('status')).toHaveText('3 candidates to import from 3 rows.');
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(dialog).toBeHidden();

  const candidates = new CandidatesPage(page);
  for (const title of TITLES) await expect(candidates.row(title)).toBeVisible();
  const cells = await candidates.rowCells('Absatzprognose');
  // V 75 (both value scores 4), F 75 (4, inverted 2, 4, inverted 2), P 0.6·75 + 0.4·75 + 5 = 80.
  expect(cells.slice(0, 6)).toEqual(['Vertrieb', 'Idea', '75', '75', '80', 'Quick wins']);
  const fraudCells = await candidates.rowCells('Betrugserkennung');
  const matrix = new MatrixPage(page);
  await matrix.open();
  for (const title of TITLES)
    await expect(matrix.card(title)).not.toHaveAccessibleName(/in the tray$/);
  await expect(matrix.tray).not.toContainText('Absatzprognose');

  // One undo step takes all three away.
  await page.getByRole('button', { name: 'Undo Import “german-scoring-sheet.csv”' }).click();
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Candidates (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo Import “german-scoring-sheet.csv”' }).click();
  await expect(page.getByRole('heading', { name: 'Candidates (3)' })).toBeVisible();

  // Export CSV, and read it back into a new workshop: the same candidates.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const path = await download.path();
  const exported = readFileSync(path);
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = exported.toString('utf8');
  expect(text).toContain('\r\n');
  for (const title of TITLES) expect(text).toContain(title);

  await page.getByRole('link', { name: '← All workshops' }).click();
  await page.getByRole('button', { name: 'New workshop from a spreadsheet…' }).click();
  const again = page.getByRole('dialog');
  await again
    .getByLabel('Spreadsheet file')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: exported });
  await expect(again.getByLabel('Text encoding')).toHaveValue('utf-8');
  await again.getByRole('button', { name: 'Next: columns' }).click();
  await again.getByRole('button', { name: 'Next: values' }).click();
  await again.getByRole('button', { name: 'Next: review' }).click();
  await again.getByLabel('Title of the new workshop').fill('Read back');
  await again.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(page.getByRole('heading', { name: 'Read back', level: 1 })).toBeVisible();
  expect((await candidates.rowCells('Absatzprognose')).slice(0, 6)).toEqual(cells.slice(0, 6));
  expect((await candidates.rowCells('Betrugserkennung')).slice(0, 6)).toEqual(
    fraudCells.slice(0, 6),
  );

  // The same client's next file, with a row more: the column fixed by hand is remembered for its
  // layout, and a value new in this file ("Sehr hoch") is prefilled beside the remembered ones.
  const nextFile = Buffer.concat([
    readFileSync(FIXTURE),
    Buffer.from(
      '\r\nKündigungsvorhersage;Vertrieb;Sehr hoch;Hoch;Hoch;Niedrig;Hoch;Niedrig;S;Neu',
      'latin1',
    ),
  ]);
  await page.getByRole('link', { name: '← All workshops' }).click();
  await page.getByRole('button', { name: 'New workshop from a spreadsheet…' }).click();
  const next = page.getByRole('dialog');
  await next
    .getByLabel('Spreadsheet file')
    .setInputFiles({ name: 'german-scoring-sheet-2.csv', mimeType: 'text/csv', buffer: nextFile });
  await next.getByRole('button', { name: 'Next: columns' }).click();
  await expect(next.getByLabel('Field for the column Strategischer Beitrag')).toHaveValue(
    'strategicImportance',
  );
  await next.getByRole('button', { name: 'Next: values' }).click();
  await expect(next.getByLabel('Finanzieller Nutzen: Sehr hoch')).toHaveValue('5');
  await expect(next.getByLabel('Finanzieller Nutzen: Hoch')).toHaveValue('4');
  await expect(next.getByLabel('Strategischer Beitrag: Niedrig')).toHaveValue('2');
});

test('a workbook or a broken file is refused in plain words, and nothing changes', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: 'New workshop from a spreadsheet…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Spreadsheet file').setInputFiles({
    name: 'sheet.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004 not really'),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'This workbook cannot be read: it is not a complete zip archive',
  );
  await dialog.getByLabel('Spreadsheet file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
  });
  await expect(dialog.getByRole('alert')).toContainText('not valid UTF-8');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(home.workshops).toHaveCount(0);
});

test('an Excel workbook: a sheet chosen, percentages confirmed as of 100, imported as a new workshop', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: 'New workshop from a spreadsheet…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Spreadsheet file').setInputFiles(WORKBOOK);
  await expect(dialog.getByLabel('Sheet')).toHaveValue('0');
  await expect(dialog.getByLabel('Text encoding')).toHaveCount(0);
  await dialog.getByLabel('Sheet').selectOption({ label: 'Обзор' });
  await expect(dialog.getByRole('table', { name: /^The first rows/ })).toContainText(
    'Прогноз спроса',
  );
  await dialog.getByLabel('Sheet').selectOption({ label: 'Use cases' });
  await expect(dialog.getByRole('table', { name: /^The first rows/ })).toContainText(
    'Customer query chatbot',
  );
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Next: columns' }).click();
  await expect(dialog.getByLabel('Field for the column User adoption')).toHaveValue(
    'userReadiness',
  );
  await dialog.getByRole('button', { name: 'Next: values' }).click();
  // 80% is no score until the scale is confirmed.
  await expect(dialog.getByLabel('User adoption: 80%')).toHaveValue('');
  await dialog.getByLabel('Percentages are of 100 (80% is 4 of 5)').check();
  await expect(dialog.getByLabel('User adoption: 80%')).toHaveValue('4');
  await expect(dialog.getByLabel('User adoption: 60%')).toHaveValue('3');
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  await expect(dialog.getByRole('status')).toHaveText('3 candidates to import from 3 rows.');
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(page.getByRole('heading', { name: 'scoring-workbook', level: 1 })).toBeVisible();
  const candidates = new CandidatesPage(page);
  await expect(candidates.row('Prévision des ventes')).toBeVisible();
  // Financial impact 5 (a formula), data readiness 3, user readiness 3: V 100, F 50.
  expect((await candidates.rowCells('Prévision des ventes')).slice(0, 4)).toEqual([
    'Ventes & Marketing',
    'Pilot running',
    '100',
    '50',
  ]);
});
