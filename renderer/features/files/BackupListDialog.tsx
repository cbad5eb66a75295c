import { useEffect, useState } from 'react';
import { parseWorkshopFile } from '../../../shared/file/format.ts';
import type { BackupEntry } from '../../../shared/ipc/contract.ts';
import { describeDiff, diffSnapshot, stateOf } from '../../../shared/room/snapshots.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { getRepository } from '../../db/repository.ts';
import { useWorkshops } from '../../db/hooks.ts';
import { platform } from '../../platform/index.ts';
import { importWorkshopFile } from './files.ts';
import { backupTimeWords } from './RestoreBackupDialog.tsx';
import { candidateCount } from '../../../shared/roadmap/common.ts';

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What changed in the workshop since a backup, in sentences; the words for a file that fails. */
async function changesSince(entry: BackupEntry): Promise<string[]> {
  const backups = platform.backups;
  if (backups === undefined) return [];
  const file = await backups.read(entry.workshopId, entry.name);
  const read = parseWorkshopFile(file.text);
  if (!read.ok) return [`This backup cannot be read: ${read.error.message}`];
  const now = await getRepository().loadDocument(entry.workshopId);
  if (now === undefined) {
    return ['The workshop is not in the library now: restoring brings it back as it was then.'];
  }
  return describeDiff(diffSnapshot(stateOf(read.doc), now));
}

interface Shown {
  entry: BackupEntry;
  lines: string[] | null;
}

/**
 * "Restore from a backup…" on the desktop: every automatic backup main keeps, newest first, with
 * its time and candidates then and now, and on request what changed since. Restoring one goes
 * through the import flow: merged or copied when the workshop is here, back as it was when it was
 * deleted; one undo step either way, and nothing is replaced without the merge's review.
 */
export function BackupListDialog({ onClose }: { onClose: () => void }) {
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const library = useWorkshops();
  const here = new Map((library ?? []).map((w) => [w.workshop.id, w.workshop.title]));
  const counts = new Map((library ?? []).map((w) => [w.workshop.id, w.candidateCount]));

  useEffect(() => {
    platform.backups?.list().then(setEntries, (e: unknown) => setError(failure(e)));
  }, []);

  const show = (entry: BackupEntry) => {
    setShown({ entry, lines: null });
    changesSince(entry).then(
      (lines) => setShown((s) => (s?.entry === entry ? { entry, lines } : s)),
      (e: unknown) => setShown((s) => (s?.entry === entry ? { entry, lines: [failure(e)] } : s)),
    );
  };
  const restore = async (entry: BackupEntry) => {
    try {
      const file = await platform.backups?.read(entry.workshopId, entry.name);
      onClose();
      if (file) await importWorkshopFile(file);
    } catch (e) {
      setError(`${failure(e)} Nothing was changed.`);
    }
  };
  const titleOf = (entry: BackupEntry) =>
    entry.title ?? here.get(entry.workshopId) ?? 'A workshop (title not recorded)';

  return (
    <Dialog title="Restore from a backup" onClose={onClose} isWide>
      <p>
        Scalepath keeps each workshop’s last 20 backups, and one a day for 30 days, made every five
        minutes while you work and when you quit.
      </p>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {entries === null && error === null && <p role="status">Reading the backups…</p>}
      {entries?.length === 0 && <p>There are no backups yet: the first is made after an edit.</p>}
      {entries !== null && entries.length > 0 && (
        <table aria-label="Backups, newest first">
          <thead>
            <tr>
              <th scope="col">Workshop</th>
              <th scope="col">Backed up</th>
              <th scope="col">Then</th>
              <th scope="col">Now</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const title = titleOf(entry);
              const now = counts.get(entry.workshopId);
              const label = `${title}, ${backupTimeWords(entry.time)}`;
              return (
                <tr key={`${entry.workshopId}/${entry.name}`}>
                  <th scope="row">{title}</th>
                  <td>{backupTimeWords(entry.time)}</td>
                  <td>
                    {entry.candidateCount === null ? '–' : candidateCount(entry.candidateCount)}
                  </td>
                  <td>
                    {now !== undefined
                      ? candidateCount(now)
                      : library === undefined
                        ? '…'
                        : 'deleted'}
                  </td>
                  <td className="backup-actions">
                    <button
                      type="button"
                      aria-label={`What changed since: ${label}`}
                      aria-pressed={shown?.entry === entry}
                      onClick={() => show(entry)}
                    >
                      What changed since?
                    </button>
                    <button
                      type="button"
                      aria-label={`Restore: ${label}`}
                      onClick={() => void restore(entry)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {shown !== null && (
        <section aria-labelledby="backup-changes-heading" aria-live="polite">
          <h3 id="backup-changes-heading">
            Since the backup of {backupTimeWords(shown.entry.time)} of “{titleOf(shown.entry)}”
          </h3>
          {shown.lines === null ? (
            <p>Reading the backup…</p>
          ) : (
            <ul>
              {shown.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
