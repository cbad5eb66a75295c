/**
 * Workshop files in and out. Every way a file arrives (the home screen's import, a double-click,
 * argv, a second instance, File > Open) goes through `importWorkshopFile`: a file of a workshop
 * already in the library asks "Merge into …" or "Import as a separate copy" (importFlow.ts and the
 * dialogs beside it); any other file comes in as the same workshop it was on the other laptop.
 */
import { EDITS, runEdit } from '../../app/edits.ts';
import { copyDocument } from '../../../shared/domain/factories.ts';
import { StaleChangeError } from '../../../shared/domain/change.ts';
import type { ReplicaDocument, WorkshopDocument } from '../../../shared/domain/document.ts';
import type { ReadWorkshopFile } from '../../../shared/file/format.ts';
import { checkFileReadsBack, serializeWorkshopFile } from '../../../shared/file/format.ts';
import { navigate } from '../../app/router.ts';
import { parseWorkshopFileOffThread } from './parseOffThread.ts';
import { getRepository } from '../../db/repository.ts';
import type { OpenedFile } from '../../platform/index.ts';
import { platform } from '../../platform/index.ts';
import { recordEnv } from '../../state/env.ts';
import { afterPendingWrites, LIBRARY_SCOPE } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { startImportChoice } from './importFlow.ts';

function reportFileError(message: string): void {
  useSessionStore.getState().setFileError(message);
}

function openWorkshop(workshopId: string): void {
  navigate({ screen: 'workshop', workshopId, tab: 'candidates' });
}

/**
 * Adds a workshop as a new lineage under fresh ids (a duplicate, a separate copy, a new sample)
 * and opens it.
 */
export async function addCopy(
  doc: WorkshopDocument,
  action: string,
  copySuffix: string,
): Promise<boolean> {
  const copy = copyDocument(doc, recordEnv, copySuffix);
  const isDone = await runEdit(EDITS.addCopy, { action, copy }, LIBRARY_SCOPE);
  if (isDone) openWorkshop(copy.workshop.id);
  return isDone;
}

/**
 * Stores a workshop that is not in the library as it is: the same ids, versions and tombstones, so
 * it stays the same workshop as on the laptop it came from, and opens it. Whether its ids are free
 * is checked inside the write transaction; resolves 'taken' when one is by then (another import in
 * between), having written nothing.
 */
export async function addAsItIs(
  replica: ReplicaDocument,
  action: string,
): Promise<boolean | 'taken'> {
  try {
    const isDone = await runEdit(EDITS.importWorkshop, { action, replica }, LIBRARY_SCOPE);
    if (isDone) openWorkshop(replica.doc.workshop.id);
    return isDone;
  } catch (error) {
    if (error instanceof StaleChangeError) return 'taken';
    throw error;
  }
}

async function routeFile(read: ReadWorkshopFile, fileName: string): Promise<boolean> {
  const repository = getRepository();
  const local = await repository.loadReplicaDocument(read.doc.workshop.id);
  if (local) {
    startImportChoice({ fileName, read, localTitle: local.doc.workshop.title });
    return true;
  }
  const ids = [...read.versions.keys(), ...read.tombstones.map((t) => t.id)];
  if (await repository.hasAnyId(ids)) {
    // Some record of it lives in another workshop (a file edited by hand, a copy of a copy):
    // a separate copy under fresh ids overwrites nothing.
    return addCopy(read.doc, `Import “${read.doc.workshop.title}”`, ' (imported copy)');
  }
  const added = await addAsItIs(read, `Import “${read.doc.workshop.title}”`);
  return added === 'taken' ? routeFile(read, fileName) : added;
}

/**
 * Reads a `.scalepath` file and, only if all of it is sound, brings it in: as the same workshop,
 * or — when that workshop is already here — through the merge-or-copy choice.
 */
export async function importWorkshopFile(file: OpenedFile): Promise<boolean> {
  const result = await parseWorkshopFileOffThread(file.text);
  if (!result.ok) {
    reportFileError(
      `“${file.name}” was not imported: ${result.error.message} Nothing in your library was changed.`,
    );
    return false;
  }
  useSessionStore.getState().setFileError(null);
  return routeFile(result, file.name);
}

/** Asks for a file and imports it. */
export async function chooseAndImportWorkshopFile(): Promise<void> {
  try {
    const file = await platform.openWorkshopFile();
    if (file) await importWorkshopFile(file);
  } catch (error) {
    reportFileError(
      `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * A stored workshop as a `.scalepath` file's text, with this laptop's name: what an export saves
 * and what a backup keeps. Null when the workshop is not there (deleted meanwhile).
 */
export async function workshopFileText(
  workshopId: string,
): Promise<{ title: string; candidateCount: number; text: string } | null> {
  const repository = getRepository();
  const [replica, stored] = await Promise.all([
    repository.replica(),
    repository.loadReplicaDocument(workshopId),
  ]);
  if (!stored) return null;
  const text = serializeWorkshopFile(stored, {
    appVersion: await platform.appVersion(),
    exportedAt: new Date().toISOString(),
    replica: { id: replica.id, name: replica.name },
  });
  return { title: stored.doc.workshop.title, candidateCount: stored.doc.candidates.length, text };
}

/**
 * Saves a workshop as a `.scalepath` file that another laptop can import or merge: every record
 * with its version, the tombstones, and this laptop's name. A file import would refuse (over the
 * size limit) is not written: the user is told why and what to do instead.
 */
export async function exportWorkshopFile(workshopId: string): Promise<void> {
  // The file holds every change made before the click, even one still on its way to disk.
  await afterPendingWrites();
  const file = await workshopFileText(workshopId);
  if (file === null) return;
  const { title, text } = file;
  try {
    const unreadable = checkFileReadsBack(text);
    if (unreadable !== null) {
      reportFileError(`“${title}” was not exported: ${unreadable.message}`);
      return;
    }
    const isSaved = await platform.saveWorkshopFile(title, text);
    if (isSaved) useSessionStore.getState().showNotice({ message: `Exported “${title}”.` });
  } catch (error) {
    reportFileError(
      `The workshop file was not saved: ${error instanceof Error ? error.message : String(error)} Choose another folder and try again.`,
    );
  }
}
