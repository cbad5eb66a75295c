import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { HomePage, reloadWhenSaved } from './pages.ts';

test('a first-time user sees what Scalepath is, asks for lasting storage, and opens the sample in one click', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { persistCalls: string[] }).persistCalls = calls;
    navigator.storage.persist = async () => {
      calls.push('persist');
      return true;
    };
  });
  const home = new HomePage(page);
  await home.goto();
  await expect(page.getByText('Run an AI strategy workshop offline')).toBeVisible();
  // The storage figures, as the browser gives them.
  await expect(page.getByText(/^Storage: .+ used of the .+ available here \(/)).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls),
  ).toEqual(['persist']);

  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'AI strategy: from pilot to scale', level: 1 }),
  ).toBeVisible();
  for (const title of [
    'Customer query chatbot',
    'Predictive inventory',
    'Lead scoring',
    'Customer segmentation',
    'Fraud detection',
    'Churn prediction',
    'Credit scoring',
  ]) {
    await expect(
      page.getByRole('rowheader', { name: new RegExp(title, 'i') }).first(),
    ).toBeVisible();
  }
  // Asking again opens the same sample rather than piling up copies.
  await page.getByRole('link', { name: '← All workshops' }).click();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(1);
});

test('workshops can be renamed, duplicated, and deleted with undo', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Q3 planning' });
  await page.getByRole('link', { name: '← All workshops' }).click();

  await page.getByRole('button', { name: 'Rename “Q3 planning”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workshop details' });
  await dialog.getByLabel('Workshop title').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Give the workshop a title.')).toBeVisible();
  await dialog.getByLabel('Workshop title').fill('Q4 planning');
  await dialog.getByLabel('Organisation').fill('Northwind');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(home.workshops).toHaveCount(1);
  await expect(home.workshops.first()).toContainText('Q4 planning');
  await expect(home.workshops.first()).toContainText('Northwind');

  await page.getByRole('button', { name: 'Duplicate “Q4 planning”' }).click();
  await expect(home.workshops).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Q4 planning (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete “Q4 planning”' }).click();
  await expect(home.workshops).toHaveCount(1);
  const notice = page.getByRole('status').filter({ hasText: 'Deleted “Q4 planning”.' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(home.workshops).toHaveCount(2);

  await reloadWhenSaved(page);
  await expect(page.getByRole('link', { name: 'Q4 planning', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Q4 planning (copy)' })).toBeVisible();
});

test('Undo on the home screen takes back a rename made there, not the step before it', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'First' });
  await page.getByRole('link', { name: '← All workshops' }).click();
  await home.createWorkshop({ title: 'Second' });
  await page.getByRole('link', { name: '← All workshops' }).click();

  await page.getByRole('button', { name: 'Rename “Second”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workshop details' });
  await dialog.getByLabel('Workshop title').fill('Second, renamed');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Second, renamed' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo Rename “Second”' }).click();
  await expect(page.getByRole('link', { name: 'Second', exact: true })).toBeVisible();
  await expect(home.workshops).toHaveCount(2);
  await reloadWhenSaved(page);
  await expect(page.getByRole('link', { name: 'Second', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'First', exact: true })).toBeVisible();
});

test('this laptop has a name the user can change: it stays after a reload, and exported files carry it', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  // A fresh install has a name of its own before anyone gives it one.
  await expect(home.laptopName).toHaveText(
    /^Files exported from here say they come from “Laptop [0-9A-F]{4}”\. Rename this laptop$/,
  );

  await home.renameLaptop('');
  const dialog = page.getByRole('dialog', { name: 'Name this laptop' });
  await expect(dialog.getByText('Give this laptop a name, e.g. “Anna’s laptop”.')).toBeVisible();
  await dialog.getByLabel('Laptop name').fill('Anna’s laptop');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog).toBeHidden();
  await expect(home.laptopName).toContainText('come from “Anna’s laptop”.');

  await page.reload();
  await expect(home.laptopName).toContainText('come from “Anna’s laptop”.');

  await home.createWorkshop({ title: 'Offsite' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const file = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    replica: { id: string; name: string };
  };
  expect(file.replica).toEqual({
    id: expect.stringMatching(/^r[0-9a-f]{16}$/),
    name: 'Anna’s laptop',
  });
});

test('a library that cannot be opened at start is said in words, not a blank window', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText(
    'Scalepath could not open the workshops stored here (the disk is full). They are as they were: nothing was changed or lost. If the disk is full, free some space; then close Scalepath and open it again. If this comes back, open them with the version of Scalepath you used before, and export them.',
  );
  await expect(page.getByRole('button', { name: 'New workshop', exact: true })).toHaveCount(0);
});
