// @vitest-environment jsdom
/**
 * The merge dialog (features/files/MergeDialog.tsx) as the room sees it, over the real repository
 * on fake-indexeddb and a real file from another laptop: the summary expanded by kind, the bulk
 * choices "Keep all mine" / "Take all from the file" (every row follows, and Apply writes what they
 * chose), and the warnings the merged result raises ("After the merge").
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteCandidate, saveCandidate } from '../../shared/domain/candidate-edits.ts';
import { blankCandidateFields } from '../../shared/domain/factories.ts';
import type { Change } from '../../shared/domain/change.ts';
import { patchChange } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { createdReplica } from '../../shared/domain/document.ts';
import { moveCandidate } from '../../shared/domain/phase-edits.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import type { Repository } from '../../renderer/db/repository.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';
import type * as FilesModule from '../../renderer/features/files/files.ts';
import type * as ImportFlowModule from '../../renderer/features/files/ImportFlow.tsx';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
// Imported once the app version is stubbed: the platform module reads it when it loads.
let files: typeof FilesModule;
let ImportFlow: typeof ImportFlowModule.ImportFlow;

beforeAll(async () => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  files = await import('../../renderer/features/files/files.ts');
  ({ ImportFlow } = await import('../../renderer/features/files/ImportFlow.tsx'));
});

const W = 'w-dialog';

/** Phase 1 takes 8 effort points; seven candidates wait in the backlog. */
function startingDocument() {
  return aDocument(
    {
      workshop: { id: W, title: 'Dialog day' },
      phases: [
        { id: 'p1', capacity: 8 },
        { id: 'p2', name: 'Phase 2 - Expansion' },
      ],
      candidates: [
        { id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 3 } },
        { id: 'c2', title: 'Fraud detection', valueScores: { riskMitigation: 3 } },
        { id: 'c3', title: 'Churn prediction' },
        { id: 'c4', title: 'Lead scoring', effort: 'L' },
        { id: 'c5', title: 'Demand forecasting', effort: 'L' },
        { id: 'c6', title: 'Invoice matching', effort: 'M' },
        { id: 'c7', title: 'Sentiment analysis' },
      ],
    },
    testEnv(),
  );
}

let dbNumber = 0;
let repo: Repository;

beforeEach(() => {
  repo = createRepository(new ScalepathDatabase(`merge-dialog-${++dbNumber}`));
  setRepository(repo);
  useSessionStore.setState({
    importFlow: null,
    fileError: null,
    writeErrors: [],
    histories: {},
    notice: null,
  });
});
afterEach(cleanup);

/**
 * Both laptops start from one file and edit it: two conflicts (a score changed on both, a candidate
 * deleted here and edited there), automatic changes to candidates and a phase, and moves into
 * phase 1 that fit on each side (4 and 6 points) but not together.
 */
async function openMergeDialog() {
  const start = createdReplica(startingDocument(), ['rorigin', 1]);
  const meta = {
    appVersion: '0.1.0',
    exportedAt: '2026-11-30T09:00:00.000Z',
    replica: { id: 'rclient', name: 'Client’s laptop' },
  };
  await files.importWorkshopFile({
    name: 'start.scalepath',
    text: serializeWorkshopFile(start, meta),
  });

  /** An edit on this laptop, written as the app writes it. */
  const here = async (edit: (doc: WorkshopDocument) => Change) => {
    const doc = await repo.loadDocument(W);
    if (!doc) throw new Error('the workshop is here');
    await repo.applyChange(edit(doc));
  };
  await here(() =>
    patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 5 } } }),
  );
  await here(() =>
    patchChange('candidates', { id: 'c2', set: { valueScores: { riskMitigation: 2 } } }),
  );
  await here((doc) => deleteCandidate(doc, 'c3'));
  await here((doc) => moveCandidate(doc, 'c4', 'p1', 0));

  const there = new MemoryReplica('rclient');
  there.importNew(start);
  there.apply(
    patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 1 } } }),
  );
  there.apply(patchChange('candidates', { id: 'c2', set: { valueScores: { riskMitigation: 5 } } }));
  there.apply(
    patchChange('candidates', { id: 'c3', set: { notes: 'The client wants this first.' } }),
  );
  there.apply(patchChange('candidates', { id: 'c1', set: { title: 'Customer chatbot' } }));
  there.apply(patchChange('candidates', { id: 'c1', add: { dependencies: ['c3'] } }));
  there.apply(deleteCandidate(there.doc(W), 'c7'));
  there.apply(
    saveCandidate(W, null, { ...blankCandidateFields(), title: 'Recommendations' }, testEnv()),
  );
  there.apply(patchChange('phases', { id: 'p2', set: { name: 'Phase 2 - Scale-up' } }));
  there.apply(moveCandidate(there.doc(W), 'c5', 'p1', 0));
  there.apply(moveCandidate(there.doc(W), 'c6', 'p1', 1));
  const file = serializeWorkshopFile(there.replicaDocument(W), meta);

  render(<ImportFlow />);
  await files.importWorkshopFile({ name: 'from-client.scalepath', text: file });
  fireEvent.click(await screen.findByRole('button', { name: 'Merge into “Dialog day”' }));
  return screen.findByRole('dialog', {
    name: 'Merge “from-client.scalepath” into “Dialog day”',
  });
}

const CHOICES = [
  'Direct financial impact score of “Chatbot”',
  'Risk mitigation score of “Fraud detection”',
  'What happens to “Churn prediction”',
];

/** Which side each choice's radios stand on, in the order of CHOICES: "here" or "file". */
function chosenSides(dialog: HTMLElement): string[] {
  const needsYou = within(dialog).getByRole('region', { name: 'Needs you' });
  return CHOICES.map((name) => {
    const radios = within(within(needsYou).getByRole('group', { name })).getAllByRole('radio');
    const checked = radios.filter((r) => (r as HTMLInputElement).checked);
    expect(checked).toHaveLength(1);
    return (checked[0] as HTMLInputElement).value;
  });
}

describe('the merge dialog', () => {
  it('expands the summary by kind, candidates and phases, saying what each change is', async () => {
    const dialog = await openMergeDialog();
    expect(within(dialog).getByRole('status')).toHaveProperty(
      'textContent',
      '6 changes apply automatically · 3 need you',
    );
    const groups = within(dialog).getByRole('list', { name: 'Changes that apply automatically' });
    const summaries = [...groups.querySelectorAll('summary')].map((s) => s.textContent).sort();
    expect(summaries).toEqual(['Candidates: 1 added, 3 edited, 1 deleted', 'Phases: 1 edited']);

    /** Opens a kind's details by clicking its summary, as the room would, and lists its lines. */
    const expand = async (summary: string) => {
      const details = within(groups).getByText(summary).closest('details');
      if (!details) throw new Error(`no details for ${summary}`);
      expect(details.open).toBe(false);
      fireEvent.click(within(details).getByText(summary));
      await waitFor(() => expect(details.open).toBe(true));
      return within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    };
    expect(await expand('Candidates: 1 added, 3 edited, 1 deleted')).toEqual([
      'Added: “Recommendations”',
      // Named as it is here; the line says which fields the file changes.
      'Edited “Chatbot”: Title, Depends on',
      'Edited “Demand forecasting”: Phase',
      'Edited “Invoice matching”: Phase, Position in its phase',
      'Deleted: “Sentiment analysis”',
    ]);
    expect(await expand('Phases: 1 edited')).toEqual(['Edited “Phase 2 - Expansion”: Name']);
  });

  it('“Take all from the file” and “Keep all mine” set every choice, and Apply writes what they set', async () => {
    const dialog = await openMergeDialog();
    // The defaults: keep the scores here, keep the candidate deleted here with the file's edits.
    expect(chosenSides(dialog)).toEqual(['here', 'here', 'file']);
    expect(
      within(dialog).getByRole('radio', { name: 'Keep it, with the edits from the file' }),
    ).toHaveProperty('checked', true);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Take all from the file' }));
    expect(chosenSides(dialog)).toEqual(['file', 'file', 'file']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep all mine' }));
    expect(chosenSides(dialog)).toEqual(['here', 'here', 'here']);
    expect(within(dialog).getByRole('radio', { name: 'Leave it deleted' })).toHaveProperty(
      'checked',
      true,
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Take all from the file' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const merged = await repo.loadDocument(W);
    const byId = (id: string) => merged?.candidates.find((c) => c.id === id);
    expect(byId('c1')?.valueScores.financialImpact).toBe(1);
    expect(byId('c2')?.valueScores.riskMitigation).toBe(5);
    expect(byId('c3')?.notes).toBe('The client wants this first.');
  });

  it('lists what the merged result raises under “After the merge”, following the choices', async () => {
    const dialog = await openMergeDialog();
    const warnings = () =>
      within(within(dialog).getByRole('region', { name: 'After the merge' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    // Phase 1 held 4 points here and 6 in the file: together 10, over its 8.
    const overCapacity =
      'Phase 1 - Foundation holds 10 effort points, 2 over its capacity of 8: move a candidate to a later phase or raise the capacity.';
    expect(warnings()).toEqual([overCapacity]);

    // Leaving “Churn prediction” deleted leaves the file's new dependency on it dangling.
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Leave it deleted' }));
    expect(warnings()).toEqual([
      '“Customer chatbot” depends on “Churn prediction”, which was deleted. Remove the dependency, or find what replaces it.',
      overCapacity,
    ]);
  });
});
