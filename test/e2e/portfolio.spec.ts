import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createdReplica } from '../../shared/domain/document.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { buildSampleWorkshop } from '../../shared/sample/sample-workshop.ts';
import { expect, test } from './fixtures.ts';
import { HomePage, PortfolioPage, reloadWhenSaved } from './pages.ts';

const DIMENSIONS = [
  'Quick-win vs long-term horizon',
  'Customer-facing vs operational',
  'Proven vs experimental',
] as const;

async function openSamplePortfolio(page: Page): Promise<PortfolioPage> {
  await new HomePage(page).goto();
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Candidates/ })).toBeVisible();
  const portfolio = new PortfolioPage(page);
  await portfolio.goto();
  return portfolio;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the sample workshop shows the three balances, a warning where it is out of band, and the numbers as tables', async ({
  page,
}) => {
  const portfolio = await openSamplePortfolio(page);

  // Nothing is scheduled in the sample: the screen starts on all candidates.
  await expect(portfolio.view('All candidates')).toBeChecked();
  for (const title of DIMENSIONS) {
    await expect(portfolio.chart(title).getByRole('heading', { name: title })).toBeVisible();
    await expect(portfolio.chartImage(title)).toBeVisible();
  }
  // Each drawing names its numbers (9 quick wins and 8 long-term of 17 tagged; one not set).
  await expect(portfolio.chartImage('Quick-win vs long-term horizon')).toHaveAccessibleName(
    /By count: Quick-win horizon 52\.9% \(9 candidates\), Long-term horizon 47\.1% \(8 candidates\); 1 candidate not set\. By effort: Quick-win horizon 34\.6% \(18 effort points\), Long-term horizon 65\.4% \(34 effort points\); 4 effort points not set\./,
  );
  await expect(portfolio.chartImage('Customer-facing vs operational')).toHaveAccessibleName(
    /Customer-facing 27\.8% \(5 candidates\), Operational 72\.2% \(13 candidates\), outside the healthy band/,
  );

  // 5 of 18 candidates are customer-facing: below the 30% end of the default band, by count only.
  await expect(portfolio.warnings).toContainText('healthy band 30-70%');
  await expect(portfolio.warnings.getByRole('listitem')).toHaveCount(1);
  await expect(portfolio.warnings.getByRole('listitem')).toContainText(
    'Customer-facing projects make up only 5 of 18 tagged candidates (27%): add a customer-facing project that shows market value.',
  );
  await expect(portfolio.chart('Customer-facing vs operational')).toContainText(
    'Outside the healthy band 30-70% by count',
  );
  await expect(portfolio.chart('Quick-win vs long-term horizon')).toContainText(
    'Inside the healthy band 30-70%',
  );
  await expect(portfolio.chart('Proven vs experimental')).toContainText(
    'Inside the healthy band 30-70%',
  );

  // The same numbers as a table, on demand.
  const table = await portfolio.showTable('Customer-facing vs operational');
  await expect(table).toHaveAccessibleName('Customer-facing vs operational, All candidates');
  expect(await portfolio.tableRow(table, 'Customer-facing')).toEqual(['5', '27.8%', '20', '35.7%']);
  expect(await portfolio.tableRow(table, 'Operational')).toEqual(['13', '72.2%', '36', '64.3%']);
  expect(await portfolio.tableRow(table, 'Not set')).toEqual(['0', '–', '0', '–']);
  const approach = await portfolio.showTable('Proven vs experimental');
  expect(await portfolio.tableRow(approach, 'Not set')).toEqual(['2', '–', '8', '–']);
  await portfolio.tableToggle('Customer-facing vs operational').click();
  await expect(portfolio.tableToggle('Customer-facing vs operational')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(table).toBeHidden();

  // The roadmap and each phase are views too; the sample has nothing scheduled yet.
  await portfolio.view('Roadmap').check();
  await expect(page.getByText('Nothing is scheduled yet.')).toBeVisible();
  await expect(portfolio.warnings).toContainText('nothing to warn about');
  await expect(portfolio.chart('Quick-win vs long-term horizon')).toHaveCount(0);
  await portfolio.view('Phase 1 - Foundation').check();
  await expect(page.getByText('No candidate is in “Phase 1 - Foundation” yet.')).toBeVisible();
  await portfolio.view('All candidates').check();
  await expect(portfolio.warnings.getByRole('listitem')).toHaveCount(1);
});

test('a planned roadmap shows its own balance and each phase’s, with their warnings', async ({
  page,
}) => {
  // The sample with six candidates scheduled, brought in as a file the way a colleague shares one.
  const plan: Record<string, string> = {
    'sample-knowledge-base': 'sample-phase-1',
    'sample-data-pipeline': 'sample-phase-1',
    'sample-invoice-automation': 'sample-phase-1',
    'sample-productivity-assistant': 'sample-phase-1',
    'sample-chatbot': 'sample-phase-2',
    'sample-recommendations': 'sample-phase-2',
  };
  const doc = buildSampleWorkshop();
  doc.candidates = doc.candidates.map((c) => ({ ...c, phaseId: plan[c.id] ?? null }));
  const text = serializeWorkshopFile(createdReplica(doc, ['rtest', 1]), {
    appVersion: '0.0.0-test',
    exportedAt: '2026-02-10T09:00:00.000Z',
    replica: { id: 'rtest', name: 'Test laptop' },
  });
  await new HomePage(page).goto();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'planned.scalepath',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(
    page.getByRole('heading', { name: 'AI strategy: from pilot to scale', level: 1 }),
  ).toBeVisible();
  const portfolio = new PortfolioPage(page);
  await portfolio.goto();

  // Something is scheduled: the screen starts on the whole roadmap.
  await expect(portfolio.view('Roadmap')).toBeChecked();
  await expect(portfolio.view('Roadmap')).toHaveAccessibleName('Roadmap (6 candidates)');
  await expect(portfolio.warnings.getByRole('listitem')).toHaveCount(1);
  await expect(portfolio.warnings).toContainText(
    'Only 7% of the effort goes to experiments: add an experiment that explores a new technique.',
  );
  await expect(portfolio.chart('Proven vs experimental')).toContainText(
    'Outside the healthy band 30-70% by count and by effort',
  );
  const approach = await portfolio.showTable('Proven vs experimental');
  await expect(approach).toHaveAccessibleName('Proven vs experimental, Roadmap');
  expect(await portfolio.tableRow(approach, 'Proven')).toEqual(['5', '83.3%', '13', '92.9%']);

  // Phase 1 holds no customer-facing work at all.
  await portfolio.view('Phase 1 - Foundation').check();
  await expect(portfolio.warnings.getByRole('listitem')).toHaveCount(3);
  await expect(portfolio.warnings).toContainText(
    'No effort goes to customer-facing projects: add a customer-facing project that shows market value.',
  );
  await expect(portfolio.chartImage('Customer-facing vs operational')).toHaveAccessibleName(
    /By count: Customer-facing 0% \(0 candidates\), Operational 100% \(4 candidates\)/,
  );
  const departments = await portfolio.showTable('Spread over departments');
  await expect(departments).toHaveAccessibleName('Spread over departments, Phase 1 - Foundation');
  expect(await portfolio.tableRow(departments, 'IT / AI CoE')).toEqual(['2', '5', '62.5%']);
  await expect(departments.getByRole('row')).toHaveCount(4);

  await portfolio.view('Phase 3 - Transformation').check();
  await expect(page.getByText('No candidate is in “Phase 3 - Transformation” yet.')).toBeVisible();
});

test('the spread over departments shows as bars and as a table, largest effort first', async ({
  page,
}) => {
  const portfolio = await openSamplePortfolio(page);
  const title = 'Spread over departments';
  await expect(portfolio.chartImage(title)).toHaveAccessibleName(
    /^Spread over departments, All candidates, largest effort first\. Risk: 2 candidates, 12 effort points; Marketing: 3 candidates, 8 effort points; /,
  );
  const table = await portfolio.showTable(title);
  // Eleven departments and the header row.
  await expect(table.getByRole('row')).toHaveCount(12);
  expect(await portfolio.tableRow(table, 'Risk')).toEqual(['2', '12', '21.4%']);
  expect(await portfolio.tableRow(table, 'Finance')).toEqual(['1', '1', '1.8%']);
});

test('the duplication between lead scoring and segmentation is flagged, and goes when one is dropped', async ({
  page,
}) => {
  const portfolio = await openSamplePortfolio(page);
  const message =
    '“AI-powered lead scoring” and “Customer segmentation” each build a feature definition for customer data: build it once, as a shared component, and let the others reuse it.';
  await expect(portfolio.duplicationWarnings).toContainText(message);
  await expect(portfolio.duplicationWarnings).toContainText('Duplication');
  await expect(portfolio.component('Lead-scoring customer features')).toContainText(
    'Duplication: another candidate builds the same kind of component',
  );
  await expect(portfolio.component('Segmentation customer features')).toContainText('Duplication');
  // Where reuse happens: the customer data pipeline, built once and reused five times.
  const pipeline = portfolio.component('Customer data pipeline');
  await expect(pipeline).toContainText('Data pipeline · customer data');
  await expect(pipeline).toContainText('Built by Customer data pipeline and feature library');
  await expect(pipeline).toContainText('Reused by 5: ');
  await expect(portfolio.components).toContainText('dependency-order problem');

  // The room decides segmentation reuses lead scoring's features: the duplication is gone.
  await portfolio.components
    .getByRole('button', { name: 'Delete component “Segmentation customer features”' })
    .click();
  await expect(portfolio.component('Segmentation customer features')).toHaveCount(0);
  await expect(portfolio.duplicationWarnings).toHaveCount(0);
  // One undo step brings it back, duplication and all.
  await page.getByRole('status').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(portfolio.component('Segmentation customer features')).toBeVisible();
  await expect(portfolio.duplicationWarnings).toContainText(message);
});

test('a new component is checked inline, saved, survives a reload, and an edit is one undo step', async ({
  page,
}) => {
  const portfolio = await openSamplePortfolio(page);
  await portfolio.components.getByRole('button', { name: 'Add component' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a component' });

  await dialog.getByRole('button', { name: 'Add component' }).click();
  await expect(dialog.getByText('Give the component a name.')).toBeVisible();
  await expect(dialog).toBeVisible();

  await portfolio.fillComponent(dialog, {
    name: 'Store camera data pipeline',
    kind: 'Data pipeline',
    dataDomain: 'store images',
    builtBy: 'Shelf-gap detection from store cameras',
  });
  const reusedBy = dialog.getByRole('group', { name: 'Reused by' });
  const builder = reusedBy.getByRole('checkbox', { name: /^Shelf-gap detection/ });
  await builder.check();
  await expect(dialog.getByText('cannot also reuse it')).toBeVisible();
  await builder.uncheck();
  await expect(dialog.getByText('cannot also reuse it')).toBeHidden();
  for (const title of ['Predictive inventory management', 'Demand forecasting']) {
    await reusedBy.getByRole('checkbox', { name: title, exact: true }).check();
  }
  await dialog.getByRole('button', { name: 'Add component' }).click();
  await expect(dialog).toBeHidden();

  const card = portfolio.component('Store camera data pipeline');
  await expect(card).toContainText('Data pipeline · store images');
  await expect(card).toContainText('Built by Shelf-gap detection from store cameras');
  await expect(card).toContainText(
    'Reused by 2: Demand forecasting, Predictive inventory management',
  );

  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { name: 'Portfolio balance' })).toBeVisible();
  await expect(card).toContainText(
    'Reused by 2: Demand forecasting, Predictive inventory management',
  );

  // A second pipeline for the same data by another candidate is duplication, shown before saving.
  await portfolio.components.getByRole('button', { name: 'Add component' }).click();
  await portfolio.fillComponent(dialog, {
    name: 'Shelf image feed',
    dataDomain: 'Store images',
    builtBy: 'Predictive inventory management',
  });
  await expect(dialog.getByRole('status')).toContainText(
    'Duplication: “Predictive inventory management” and “Shelf-gap detection from store cameras” each build a data pipeline',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(portfolio.component('Shelf image feed')).toHaveCount(0);

  await card.getByRole('button', { name: 'Edit component “Store camera data pipeline”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit component “Store camera data pipeline”' });
  await edit.getByLabel('Name', { exact: true }).fill('Store image pipeline');
  await edit.getByRole('button', { name: 'Save component' }).click();
  await expect(edit).toBeHidden();
  await expect(portfolio.component('Store image pipeline')).toBeVisible();

  await page.getByRole('button', { name: 'Undo Save component “Store image pipeline”' }).click();
  await expect(portfolio.component('Store camera data pipeline')).toBeVisible();
  await expect(portfolio.component('Store image pipeline')).toHaveCount(0);
});

test('the Portfolio screen has no serious or critical axe violations, with tables and the form open', async ({
  page,
}) => {
  const portfolio = await openSamplePortfolio(page);
  await expect(portfolio.chartImage('Proven vs experimental')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await portfolio.showTable('Customer-facing vs operational');
  await portfolio.showTable('Spread over departments');
  expect(await seriousViolations(page)).toEqual([]);

  await portfolio.view('Roadmap').check();
  await expect(page.getByText('Nothing is scheduled yet.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await portfolio.components.getByRole('button', { name: 'Add component' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a component' });
  await dialog.getByRole('button', { name: 'Add component' }).click();
  await expect(dialog.getByText('Give the component a name.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
