import { useState } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { createWorkshop } from '../../../shared/domain/factories.ts';
import { buildSampleReplica } from '../../../shared/sample/sample-workshop.ts';
import { navigate, useRoute } from '../../app/router.ts';
import { SaveStatus } from '../../app/SaveStatus.tsx';
import { UndoRedo } from '../../app/UndoRedo.tsx';
import { useWorkshops } from '../../db/hooks.ts';
import { getRepository } from '../../db/repository.ts';
import { recordEnv } from '../../state/env.ts';
import { LIBRARY_SCOPE } from '../../state/perform.ts';
import { addAsItIs, addCopy } from '../files/files.ts';
import { ACTIONS, dispatchAction } from '../../app/actions.ts';
import { useSessionStore } from '../../state/store.ts';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog.tsx';
import { ReplicaName } from './ReplicaName.tsx';
import { StorageLine } from './StorageLine.tsx';
import { backUpAllWorkshops, chooseBackupFile, isBackupDue } from '../files/backups.ts';
import { BackupListDialog } from '../files/BackupListDialog.tsx';
import { RestoreBackupDialog } from '../files/RestoreBackupDialog.tsx';
import type { ParseBackupResult } from '../../../shared/file/backup.ts';
import { platform } from '../../platform/index.ts';
import { SpreadsheetImportDialog } from '../spreadsheet/SpreadsheetImportDialog.tsx';
import { WorkshopList } from './WorkshopList.tsx';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function openSampleWorkshop(): Promise<void> {
  const sample = buildSampleReplica();
  const id = sample.doc.workshop.id;
  if (await getRepository().loadDocument(id)) {
    navigate({ screen: 'workshop', workshopId: id, tab: 'candidates' });
    return;
  }
  const ids = [...sample.versions.keys()];
  const isTaken =
    (await getRepository().hasAnyId(ids)) ||
    (await addAsItIs(sample, 'Open the sample workshop')) === 'taken';
  if (isTaken) await addCopy(sample.doc, 'Open the sample workshop', ' (sample)');
}

/** The workshops library: the first screen, which says what Scalepath is in one sentence. */
export function HomeScreen() {
  const workshops = useWorkshops();
  const route = useRoute();
  // File > New workshop and the button below ask for the dialog through the action; it is open
  // until it closes.
  const isCreating = useSessionStore((s) => s.pendingRequest === 'new-workshop');
  const closeDialog = () => useSessionStore.getState().takeRequest('new-workshop');

  const [isSheetOpen, setIsSheetOpen] = useState(false);
  const [backup, setBackup] = useState<Extract<ParseBackupResult, { ok: true }> | null>(null);

  const [isListingBackups, setListingBackups] = useState(false);

  async function restore() {
    if (platform.backups !== undefined) return setListingBackups(true);
    const read = await chooseBackupFile();
    if (read === null) return;
    if (read.ok) setBackup(read);
    else useSessionStore.getState().setFileError(`${read.message} Nothing was changed.`);
  }
  return (
    <main className="home">
      <header className="home-header">
        <h1>Scalepath</h1>
        <p className="lede">
          Run an AI strategy workshop offline: score candidate AI projects on value and feasibility,
          place them on the matrix and plan the path from pilot to scale.
        </p>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            title={ACTIONS['new-workshop'].shortcut}
            onClick={() => void dispatchAction('new-workshop', { route })}
          >
            New workshop
          </button>
          <button type="button" onClick={() => void openSampleWorkshop()}>
            Open the sample workshop
          </button>
          <button type="button" onClick={() => void dispatchAction('import-file', { route })}>
            Import a workshop file…
          </button>
          <button type="button" onClick={() => setIsSheetOpen(true)}>
            New workshop from a spreadsheet…
          </button>
          {platform.backupFile !== undefined && (
            <button type="button" onClick={() => void backUpAllWorkshops()}>
              Back up all workshops
            </button>
          )}
          <button type="button" onClick={() => void restore()}>
            Restore from a backup…
          </button>
          <UndoRedo scope={LIBRARY_SCOPE} />
          <SaveStatus />
        </div>
        <ReplicaName />
        <StorageLine />
        {isBackupDue() && (
          <p className="storage-warning" role="status">
            Workshops changed since the last backup, and it is over a day old (or there is none
            yet). “Back up all workshops” saves them all in one file.
          </p>
        )}
      </header>

      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Your workshops</h2>
        {workshops === undefined ? (
          <p>Loading…</p>
        ) : workshops.length === 0 ? (
          <p className="empty">
            No workshops yet. Start a new one, or open the sample workshop to see a room’s worth of
            AI candidates from chatbot to credit scoring.
          </p>
        ) : (
          <WorkshopList workshops={workshops} />
        )}
      </section>

      {isCreating && (
        <WorkshopDetailsDialog
          title="New workshop"
          submitLabel="Create workshop"
          initial={{ title: '', organisation: '', facilitator: '', date: today() }}
          onClose={closeDialog}
          onSubmit={async (fields) => {
            const doc = createWorkshop(fields, recordEnv);
            const isDone = await runEdit(EDITS.createWorkshop, { doc }, LIBRARY_SCOPE);
            if (isDone)
              navigate({ screen: 'workshop', workshopId: doc.workshop.id, tab: 'candidates' });
            return isDone;
          }}
        />
      )}
      {isSheetOpen && <SpreadsheetImportDialog doc={null} onClose={() => setIsSheetOpen(false)} />}
      {backup !== null && (
        <RestoreBackupDialog
          exportedAt={backup.exportedAt}
          workshops={backup.workshops}
          refused={backup.refused}
          onClose={() => setBackup(null)}
        />
      )}
      {isListingBackups && <BackupListDialog onClose={() => setListingBackups(false)} />}
    </main>
  );
}
