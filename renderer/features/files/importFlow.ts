/**
 * What happens to a file of a workshop that is already in the library: the room chooses "Merge
 * into …" (the default) or "Import as a separate copy"; a merge is planned (shared/merge), shown,
 * and written on Apply as one transaction and one undo step. Nothing is written before Apply, and
 * if anything was written since the plan was made, it is made again before anything is written.
 */
import { EDITS, runEdit } from '../../app/edits.ts';
import { StaleChangeError } from '../../../shared/domain/change.ts';
import type { ReadWorkshopFile } from '../../../shared/file/format.ts';
import type { MergePlan, Side } from '../../../shared/merge/merge.ts';
import { planMerge, resolveMerge } from '../../../shared/merge/merge.ts';
import { navigate } from '../../app/router.ts';
import { getRepository } from '../../db/repository.ts';
import { afterPendingWrites } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { addCopy, exportWorkshopFile } from './files.ts';

function close(): void {
  useSessionStore.getState().setImportFlow(null);
}

/** Asks what to do with a file whose workshop is already here. */
export function startImportChoice(flow: {
  fileName: string;
  read: ReadWorkshopFile;
  localTitle: string;
}): void {
  useSessionStore.getState().setImportFlow({ stage: 'choose', ...flow });
}

/** "Import as a separate copy": fresh ids and a new lineage; the workshop here is untouched. */
export async function importAsCopy(): Promise<void> {
  const flow = useSessionStore.getState().importFlow;
  if (!flow) return;
  close();
  await addCopy(flow.read.doc, `Import “${flow.read.doc.workshop.title}”`, ' (imported copy)');
}

async function plan(read: ReadWorkshopFile): Promise<{ plan: MergePlan; clock: number } | null> {
  await afterPendingWrites();
  const local = await getRepository().loadReplicaDocument(read.doc.workshop.id);
  if (!local) return null;
  return { plan: planMerge(local, read), clock: local.clock };
}

/** "Merge into …": plans the merge and shows it; nothing is written yet. */
export async function startMerge(): Promise<void> {
  const flow = useSessionStore.getState().importFlow;
  if (!flow) return;
  const planned = await plan(flow.read);
  if (!planned) {
    // Deleted from the library meanwhile: it comes in as it is.
    close();
    useSessionStore
      .getState()
      .setFileError(
        `“${flow.read.doc.workshop.title}” is no longer in your library. Import the file again.`,
      );
    return;
  }
  // Ids the file adds must be free everywhere: a hand-edited file could name records of another
  // workshop, which a merge into this one must never touch.
  const local = planned.plan.here;
  const added = [...flow.read.versions.keys(), ...flow.read.tombstones.map((t) => t.id)].filter(
    (id) => !local.versions.has(id) && !local.tombstones.some((t) => t.id === id),
  );
  if (added.length > 0 && (await getRepository().hasAnyId(added))) {
    close();
    useSessionStore
      .getState()
      .setFileError(
        `“${flow.fileName}” was not merged: it holds records whose ids belong to another workshop in your library, so merging it could change that workshop. Import it as a separate copy instead. Nothing in your library was changed.`,
      );
    return;
  }
  if (planned.plan.auto.length === 0 && planned.plan.conflicts.length === 0) {
    close();
    try {
      await write(flow.fileName, flow.read, planned.plan, planned.clock, new Map());
    } catch (error) {
      // Something was written meanwhile: the bookkeeping waits for the next merge of this file.
      if (!(error instanceof StaleChangeError)) throw error;
    }
    useSessionStore.getState().showNotice({
      message: `Nothing to merge: “${flow.read.doc.workshop.title}” already has every change in “${flow.fileName}”.`,
    });
    return;
  }
  useSessionStore.getState().setImportFlow({
    stage: 'merge',
    fileName: flow.fileName,
    read: flow.read,
    ...planned,
    isRecomputed: false,
  });
}

async function write(
  fileName: string,
  read: ReadWorkshopFile,
  merge: MergePlan,
  clock: number,
  choices: ReadonlyMap<string, Side>,
): Promise<boolean> {
  const { writes } = resolveMerge(merge, choices);
  if (writes.length === 0) return true;
  return runEdit(EDITS.mergeFile, { fileName, writes, clock }, read.doc.workshop.id);
}

/** The conflicts of a plan as data: two plans with the same need the same choices. */
function conflictSignature(merge: MergePlan): string {
  return JSON.stringify(
    merge.conflicts.map((c) => [c.key, c.type, c.fields.map((f) => [f.key, f.here, f.file])]),
  );
}

/**
 * Apply: writes the merge with the room's choices as one transaction (one undo step, "Undo merge
 * of …"). If the workshop changed since the plan was made, the plan is made again: when it needs
 * the same choices it is written with them; otherwise the dialog shows the new plan to check.
 */
export async function applyMerge(choices: ReadonlyMap<string, Side>): Promise<void> {
  const flow = useSessionStore.getState().importFlow;
  if (!flow || flow.stage !== 'merge') return;
  let current = { plan: flow.plan, clock: flow.clock };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const isDone = await write(flow.fileName, flow.read, current.plan, current.clock, choices);
      close();
      if (!isDone) return; // The write-error banner holds it for Retry.
      const workshopId = flow.read.doc.workshop.id;
      navigate({ screen: 'workshop', workshopId, tab: 'candidates' });
      useSessionStore.getState().showNotice({
        message: `Merged “${flow.fileName}” into “${flow.read.doc.workshop.title}”. Send the merged file back so both laptops hold the same workshop.`,
        action: { label: 'Export the merged file', run: () => void exportWorkshopFile(workshopId) },
      });
      useSessionStore.getState().askWhy({
        workshopId,
        what: `Merged “${flow.fileName}”`,
        candidateIds: [],
      });
      return;
    } catch (error) {
      if (!(error instanceof StaleChangeError)) throw error;
      const again = await plan(flow.read);
      if (!again) {
        close();
        return;
      }
      if (conflictSignature(again.plan) !== conflictSignature(current.plan)) {
        useSessionStore.getState().setImportFlow({ ...flow, ...again, isRecomputed: true });
        return;
      }
      current = again;
    }
  }
  close();
  useSessionStore
    .getState()
    .setFileError(
      `“${flow.fileName}” was not merged: the workshop kept changing while the merge was being written. Nothing was written; open the file again to merge it.`,
    );
}

/** Cancel: nothing was written, and nothing is. */
export function cancelImport(): void {
  close();
}
