import { copyDocument } from '../../../shared/domain/factories.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { putDocument } from '../../../shared/domain/workshop-edits.ts';
import { parseWorkshopFile, serializeWorkshopFile } from '../../../shared/file/format.ts';
import { navigate } from '../../app/router.ts';
import { getRepository } from '../../db/repository.ts';
import type { OpenedFile } from '../../platform/index.ts';
import { platform } from '../../platform/index.ts';
import { recordEnv } from '../../state/env.ts';
import { LIBRARY_SCOPE, perform } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';

function reportFileError(message: string): void {
  useSessionStore.getState().setFileError(message);
}

/**
 * Stores a workshop document as a new workshop and opens it. The file's ids are kept when none
 * is in use yet, so the same workshop keeps its identity across laptops (a later merge needs
 * that); otherwise it comes in as a copy under fresh ids and never overwrites anything stored.
 */
export async function addWorkshop(
  doc: WorkshopDocument,
  action: string,
  copySuffix: string,
): Promise<boolean> {
  const ids = [
    doc.workshop.id,
    ...doc.phases.map((p) => p.id),
    ...doc.candidates.map((c) => c.id),
    ...doc.components.map((k) => k.id),
  ];
  const isTaken = await getRepository().hasAnyId(ids);
  const stored = isTaken ? copyDocument(doc, recordEnv, copySuffix) : doc;
  const isDone = await perform(action, putDocument(stored), LIBRARY_SCOPE);
  if (isDone) navigate({ screen: 'workshop', workshopId: stored.workshop.id, tab: 'candidates' });
  return isDone;
}

/** Validates a `.scalepath` file and, only if all of it is sound, adds it as a new workshop. */
export async function importWorkshopFile(file: OpenedFile): Promise<boolean> {
  const result = parseWorkshopFile(file.text);
  if (!result.ok) {
    reportFileError(
      `“${file.name}” was not imported: ${result.error.message} Nothing in your library was changed.`,
    );
    return false;
  }
  useSessionStore.getState().setFileError(null);
  const title = result.doc.workshop.title;
  return addWorkshop(result.doc, `Import “${title}”`, ' (imported copy)');
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

/** Saves a workshop as a `.scalepath` file that another laptop can import. */
export async function exportWorkshopFile(doc: WorkshopDocument): Promise<void> {
  const text = serializeWorkshopFile(doc, {
    appVersion: await platform.appVersion(),
    exportedAt: new Date().toISOString(),
  });
  try {
    const isSaved = await platform.saveWorkshopFile(doc.workshop.title, text);
    if (isSaved)
      useSessionStore.getState().showNotice({ message: `Exported “${doc.workshop.title}”.` });
  } catch (error) {
    reportFileError(
      `The workshop file was not saved: ${error instanceof Error ? error.message : String(error)} Choose another folder and try again.`,
    );
  }
}
