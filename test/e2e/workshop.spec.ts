import { expect, test } from './fixtures.ts';
import { CandidatesPage, HomePage, reloadWhenSaved } from './pages.ts';

test('a new user creates a workshop, scores two candidates and finds them again after a reload', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(page.getByText('No workshops yet')).toBeVisible();
  await home.createWorkshop({
    title: 'Acme AI day',
    organisation: 'Acme',
    facilitator: 'Rosa Diaz',
  });

  const candidates = new CandidatesPage(page);
  await candidates.addCandidate({
    title: 'Invoice automation',
    department: 'Finance',
    scores: {
      financialImpact: 5,
      strategicImportance: 5,
      riskMitigation: 5,
      learningValue: 5,
      dataReadiness: 5,
      technicalComplexity: 1,
      integrationRequirements: 1,
      userReadiness: 5,
    },
  });
  await candidates.addCandidate({
    title: 'Churn prediction',
    department: 'Marketing',
    scores: {
      financialImpact: 4,
      strategicImportance: 3,
      riskMitigation: 2,
      learningValue: 1,
      dataReadiness: 4,
      technicalComplexity: 2,
      integrationRequirements: 3,
      userReadiness: 4,
    },
  });

  // V = 100, F = 100 and four strong value criteria: priority capped at 100, a quick win.
  const invoice = ['Finance', 'Idea', '100', '100', '100', 'Quick wins'];
  // V = 37.5, F = 68.75, P = 0.6 V + 0.4 F = 50: a fill-in.
  const churn = ['Marketing', 'Idea', '38', '69', '50', 'Fill-ins'];
  expect((await candidates.rowCells('Invoice automation')).slice(0, 6)).toEqual(invoice);
  expect((await candidates.rowCells('Churn prediction')).slice(0, 6)).toEqual(churn);

  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { name: 'Acme AI day', level: 1 })).toBeVisible();
  expect((await candidates.rowCells('Invoice automation')).slice(0, 6)).toEqual(invoice);
  expect((await candidates.rowCells('Churn prediction')).slice(0, 6)).toEqual(churn);

  await page.getByRole('link', { name: '← All workshops' }).click();
  await expect(home.workshops).toHaveCount(1);
  await expect(home.workshops.first()).toContainText('Acme AI day');
  await expect(home.workshops.first()).toContainText('2 candidates');
});

test('scores update live in the form, and an empty title is refused inline', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Live scoring' });
  await page.getByRole('button', { name: 'Add candidate' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  const live = dialog.getByRole('status', { name: 'Live scores' });
  await expect(live).toContainText('Not placed or scored: stays in the tray');
  await dialog.getByRole('radio', { name: 'Direct financial impact: 5' }).check();
  await expect(live).toContainText('V 100');
  await dialog.getByRole('radio', { name: 'Data readiness: 1' }).check();
  await expect(live).toContainText('F 0');
  await expect(live).toContainText('Strategic bets');

  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog.getByText('Give the candidate a title.')).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('editing a candidate and changing a weight re-scores it', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Weights' });
  const candidates = new CandidatesPage(page);
  await candidates.addCandidate({
    title: 'Fraud detection',
    scores: { financialImpact: 5, strategicImportance: 1, dataReadiness: 3 },
  });
  expect((await candidates.rowCells('Fraud detection')).slice(2, 6)).toEqual([
    '50',
    '50',
    '50',
    'Quick wins',
  ]);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Strategic importance').fill('0');
  await page.getByLabel('Value threshold').fill('120');
  await expect(page.getByText('Enter a number from 0 to 100.')).toBeVisible();
  await page.getByRole('link', { name: 'Candidates' }).click();
  expect((await candidates.rowCells('Fraud detection')).slice(2, 6)).toEqual([
    '100',
    '50',
    '80',
    'Quick wins',
  ]);

  await page.getByRole('button', { name: 'Edit “Fraud detection”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit “Fraud detection”' });
  await dialog.getByRole('radio', { name: 'Direct financial impact: 1' }).check();
  await dialog.getByRole('button', { name: 'Save candidate' }).click();
  await expect(dialog).toBeHidden();
  await reloadWhenSaved(page);
  expect((await candidates.rowCells('Fraud detection')).slice(2, 6)).toEqual([
    '0',
    '50',
    '20',
    'Fill-ins',
  ]);
});

test('candidates sort by any column, take dependencies, and come back after a delete is undone', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Sequencing' });
  const candidates = new CandidatesPage(page);
  await candidates.addCandidate({
    title: 'Customer data pipeline',
    department: 'IT',
    scores: { financialImpact: 2, dataReadiness: 4 },
  });
  await candidates.addCandidate({
    title: 'Recommendations',
    department: 'E-commerce',
    scores: { financialImpact: 5, dataReadiness: 2 },
  });

  await page.getByRole('button', { name: 'Edit “Recommendations”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit “Recommendations”' });
  await expect(dialog.getByRole('checkbox', { name: 'Recommendations' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'Customer data pipeline' }).check();
  await dialog.getByRole('button', { name: 'Save candidate' }).click();
  await expect(dialog).toBeHidden();

  const titles = page.getByRole('rowheader');
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(titles).toHaveText(['Customer data pipeline', 'Recommendations']);
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(titles).toHaveText(['Recommendations', 'Customer data pipeline']);
  await page.getByRole('button', { name: 'Feasibility (F)' }).click();
  await expect(titles).toHaveText(['Customer data pipeline', 'Recommendations']);

  // Deleting the pipeline also takes it out of what Recommendations depends on; Undo restores both.
  await page.getByRole('button', { name: 'Delete “Customer data pipeline”' }).click();
  await expect(titles).toHaveText(['Recommendations']);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(candidates.row('Customer data pipeline')).toBeVisible();
  await reloadWhenSaved(page);
  await page.getByRole('button', { name: 'Edit “Recommendations”' }).click();
  await expect(
    page.getByRole('dialog').getByRole('checkbox', { name: 'Customer data pipeline' }),
  ).toBeChecked();
});

test('a typed setting is one undo step, written when it is entered', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createWorkshop({ title: 'Thresholds' });
  await page.getByRole('link', { name: 'Settings' }).click();
  const threshold = page.getByRole('spinbutton', { name: 'Value threshold' });
  await threshold.fill('65');
  await threshold.press('Enter');
  await reloadWhenSaved(page);
  await expect(threshold).toHaveValue('65');
  // One step for "65", not "6" then "65" (the history is for the session, so no reload here).
  await threshold.fill('70');
  await threshold.press('Enter');
  await page.getByRole('button', { name: 'Undo Change the value threshold' }).click();
  await expect(threshold).toHaveValue('65');
  await reloadWhenSaved(page);
  await expect(threshold).toHaveValue('65');
});
