/**
 * Files between laptops (issue 8), end to end: two browser contexts, each with its own storage,
 * stand for the consultant's laptop (A) and the client's (B). They exchange real exported files
 * through the Import and Export buttons.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { createdReplica } from '../../shared/domain/document.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { rankOfIndex } from '../../shared/domain/rank.ts';
import { expect, guardPage, test } from './fixtures.ts';
import {
  afterPickUp,
  allSaved,
  CandidatesPage,
  HomePage,
  RoadmapPage,
  reloadWhenSaved,
} from './pages.ts';

const TITLE = 'Merge day';

/** The workshop both laptops start from: four candidates, three of them in phase 1. */
function startingFile(): string {
  const doc = aDocument(
    {
      workshop: { id: 'w-merge', title: TITLE },
      phases: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
      candidates: [
        {
          id: 'c-chatbot',
          title: 'Chatbot',
          valueScores: { financialImpact: 3, strategicImportance: 3 },
          feasibilityScores: { dataReadiness: 3 },
          phaseId: 'p1',
          phaseRank: rankOfIndex(0),
        },
        {
          id: 'c-fraud',
          title: 'Fraud detection',
          valueScores: { riskMitigation: 3, financialImpact: 4 },
          feasibilityScores: { dataReadiness: 4 },
          phaseId: 'p1',
          phaseRank: rankOfIndex(1),
        },
        {
          id: 'c-churn',
          title: 'Churn prediction',
          valueScores: { financialImpact: 2 },
          phaseId: 'p1',
          phaseRank: rankOfIndex(2),
        },
        { id: 'c-leads', title: 'Lead scoring', valueScores: { financialImpact: 4 } },
      ],
    },
    testEnv(),
  );
  return serializeWorkshopFile(createdReplica(doc, ['rconsultant', 1]), {
    appVersion: '0.1.0',
    exportedAt: '2026-11-30T09:00:00.000Z',
    replica: { id: 'rconsultant', name: 'Consultant’s laptop' },
  });
}

interface Laptop {
  page: Page;
  check: () => void;
  close: () => Promise<void>;
}

async function laptop(browser: Browser, baseURL: string | undefined): Promise<Laptop> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  const check = guardPage(page, baseURL);
  await new HomePage(page).goto();
  return { page, check, close: () => context.close() };
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (
    await choosing
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Exports the open workshop and returns the file's text. */
async function exportFile(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  return readFile(await (await downloading).path(), 'utf8');
}

/** Brings a file into the open workshop through "Merge a file…". */
async function mergeText(page: Page, name: string, text: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Merge a file…' }).click();
  await (
    await choosing
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const choice = page.getByRole('dialog', { name: `“${TITLE}” is already in your library` });
  await choice.getByRole('button', { name: `Merge into “${TITLE}”` }).click();
}

async function editCandidate(
  page: Page,
  title: string,
  edit: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await page.getByRole('button', { name: `Edit “${title}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit “${title}”` });
  await edit(dialog);
  await dialog.getByRole('button', { name: 'Save candidate' }).click();
  await expect(dialog).toBeHidden();
}

/** Moves a roadmap card up or down inside its phase with the keyboard. */
async function moveInPhase(page: Page, title: string, key: 'ArrowUp' | 'ArrowDown', times: number) {
  const roadmap = new RoadmapPage(page);
  await roadmap.open();
  await roadmap.card(title).focus();
  await page.keyboard.press('Space');
  await expect(roadmap.announcement).toHaveText(new RegExp(`^Picked up “${title}”`));
  await afterPickUp(page);
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await expect(roadmap.announcement).toHaveText(new RegExp(`^“${title}” is over`));
  }
  await page.keyboard.press('Space');
  await expect(roadmap.announcement).toHaveText(new RegExp(`^Moved “${title}”`));
}

/** A file's content apart from when and where it was exported. */
function content(text: string): unknown {
  const { exportedAt: _e, replica: _r, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

test('two laptops edit one workshop, exchange files, resolve the two conflicts and end with the same file', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const a = await laptop(browser, baseURL);
  const b = await laptop(browser, baseURL);
  try {
    // 1. A has the workshop; its export comes in on B as the same workshop, with the same ids.
    await importText(a.page, 'merge-day.scalepath', startingFile());
    await expect(a.page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    const fromA = await exportFile(a.page);
    await importText(b.page, 'from-a.scalepath', fromA);
    await expect(b.page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    const ids = (text: string) =>
      (JSON.parse(text) as { candidates: Array<{ id: string }> }).candidates.map((c) => c.id);
    expect(ids(await exportFile(b.page))).toEqual(ids(fromA));

    // 2. Both edit. A: a score of Chatbot; B: the title of Chatbot (no conflict).
    await editCandidate(a.page, 'Chatbot', (d) =>
      d.getByRole('radio', { name: 'Direct financial impact: 5' }).check(),
    );
    await editCandidate(b.page, 'Chatbot', (d) =>
      d.getByLabel('Title', { exact: true }).fill('Customer chatbot'),
    );
    // One score changed differently on both sides: the first conflict.
    await editCandidate(a.page, 'Fraud detection', (d) =>
      d.getByRole('radio', { name: 'Risk mitigation: 2' }).check(),
    );
    await editCandidate(b.page, 'Fraud detection', (d) =>
      d.getByRole('radio', { name: 'Risk mitigation: 5' }).check(),
    );
    // Deleted on A, edited on B: the second conflict.
    await a.page.getByRole('button', { name: 'Delete “Churn prediction”' }).click();
    await expect(new CandidatesPage(a.page).row('Churn prediction')).toHaveCount(0);
    await editCandidate(b.page, 'Churn prediction', (d) =>
      d.getByLabel('Notes and rationale').fill('The client wants this first.'),
    );
    // Phase 1 reordered on both.
    await moveInPhase(a.page, 'Chatbot', 'ArrowDown', 1);
    await moveInPhase(b.page, 'Fraud detection', 'ArrowUp', 1);
    // A candidate added on each side.
    await a.page.getByRole('link', { name: 'Candidates', exact: true }).click();
    await new CandidatesPage(a.page).addCandidate({ title: 'Demand forecasting' });
    await b.page.getByRole('link', { name: 'Candidates', exact: true }).click();
    await new CandidatesPage(b.page).addCandidate({ title: 'Invoice matching' });

    // 3. B's file merged at A.
    const beforeMerge = await exportFile(a.page);
    const fromB = await exportFile(b.page);
    await mergeText(a.page, 'from-b.scalepath', fromB);
    const dialog = a.page.getByRole('dialog', { name: `Merge “from-b.scalepath” into “${TITLE}”` });
    await expect(dialog.getByRole('status')).toHaveText(
      /changes? appl(y|ies) automatically · 2 need you$/,
    );
    const conflicts = dialog.getByRole('region', { name: 'Needs you' });
    const cards = conflicts.getByRole('region');
    await expect(cards).toHaveCount(2);
    const fraud = cards.filter({ hasText: 'Fraud detection' });
    await expect(fraud.getByRole('row')).toHaveCount(2); // the header and one field
    await expect(fraud.getByRole('rowheader')).toHaveText('Risk mitigation score');
    const takeFive = fraud.getByRole('radio', { name: /^Take 5/ });
    await expect(takeFive).toHaveAccessibleName(/priority \d+ → \d+/);
    await takeFive.check();
    const churn = cards.filter({ hasText: 'Churn prediction' });
    await expect(churn).toContainText('Deleted here');
    await expect(
      churn.getByRole('radio', { name: 'Keep it, with the edits from the file' }),
    ).toBeChecked();
    await dialog.getByRole('button', { name: 'Apply merge' }).click();
    await expect(dialog).toBeHidden();

    const candidates = new CandidatesPage(a.page);
    const merged = async () => {
      await a.page.getByRole('link', { name: 'Candidates', exact: true }).click();
      await expect(candidates.row('Customer chatbot')).toBeVisible();
      const titles = (await a.page.getByRole('rowheader').allInnerTexts()).sort();
      expect(titles).toEqual([
        'Churn prediction',
        'Customer chatbot',
        'Demand forecasting',
        'Fraud detection',
        'Invoice matching',
        'Lead scoring',
      ]);
      await a.page.getByRole('button', { name: 'Edit “Customer chatbot”' }).click();
      const form = a.page.getByRole('dialog', { name: 'Edit “Customer chatbot”' });
      await expect(form.getByRole('radio', { name: 'Direct financial impact: 5' })).toBeChecked();
      await form.getByRole('button', { name: 'Cancel' }).click();
      await a.page.getByRole('button', { name: 'Edit “Fraud detection”' }).click();
      const fraudForm = a.page.getByRole('dialog', { name: 'Edit “Fraud detection”' });
      await expect(fraudForm.getByRole('radio', { name: 'Risk mitigation: 5' })).toBeChecked();
      await fraudForm.getByRole('button', { name: 'Cancel' }).click();
      await a.page.getByRole('button', { name: 'Edit “Churn prediction”' }).click();
      const churnForm = a.page.getByRole('dialog', { name: 'Edit “Churn prediction”' });
      await expect(churnForm.getByLabel('Notes and rationale')).toHaveValue(
        'The client wants this first.',
      );
      await churnForm.getByRole('button', { name: 'Cancel' }).click();
    };
    await merged();

    // "Undo merge" restores A exactly as it was; redo brings the merge back. (Undo history lasts
    // for the session, so this comes before the reload.)
    await a.page.getByRole('button', { name: 'Undo merge of “from-b.scalepath”' }).click();
    await expect(candidates.row('Invoice matching')).toHaveCount(0);
    await allSaved(a.page);
    expect(content(await exportFile(a.page))).toEqual(content(beforeMerge));
    await a.page.getByRole('button', { name: 'Redo merge of “from-b.scalepath”' }).click();
    await expect(candidates.row('Invoice matching')).toBeVisible();

    // A reload shows the merged workshop.
    await reloadWhenSaved(a.page);
    await merged();

    // 4. A's merged file merged at B: nothing to decide, and both laptops write the same file.
    const mergedAtA = await exportFile(a.page);
    await mergeText(b.page, 'from-a-merged.scalepath', mergedAtA);
    const back = b.page.getByRole('dialog', { name: /^Merge “from-a-merged.scalepath”/ });
    await expect(back.getByRole('status')).toHaveText(/automatically$/);
    await expect(back.getByRole('region', { name: 'Needs you' })).toHaveCount(0);
    await back.getByRole('button', { name: 'Apply merge' }).click();
    await expect(back).toBeHidden();
    const mergedAtB = await exportFile(b.page);
    expect(content(mergedAtB)).toEqual(content(mergedAtA));
    expect(JSON.parse(mergedAtB).replica).not.toEqual(JSON.parse(mergedAtA).replica);
    a.check();
    b.check();
  } finally {
    await a.close();
    await b.close();
  }
});
