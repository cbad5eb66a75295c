import type { BackedUpWorkshop } from '../../../shared/file/backup.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useWorkshops } from '../../db/hooks.ts';
import { candidateCount } from '../../../shared/roadmap/common.ts';
import { importWorkshopFile } from './files.ts';

/** When a backup was made, as both restore lists say it: "1 Dec 2026, 09:00". */
export function backupTimeWords(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The workshops a backup file holds (browser): each with its candidates then and, if it is here,
 * now. Restoring one goes through the import flow: merged or copied when it is here, back as it
 * was when it is not, one undo step either way.
 */
export function RestoreBackupDialog({
  exportedAt,
  workshops,
  refused,
  onClose,
}: {
  exportedAt: string;
  workshops: readonly BackedUpWorkshop[];
  refused: readonly string[];
  onClose: () => void;
}) {
  const library = useWorkshops();
  const here = new Map((library ?? []).map((w) => [w.workshop.id, w.candidateCount]));
  const when = backupTimeWords(exportedAt);
  return (
    <Dialog title="Restore from a backup" onClose={onClose} isWide>
      <p>
        The backup of {when} holds {workshops.length}{' '}
        {workshops.length === 1 ? 'workshop' : 'workshops'}.
      </p>
      <table aria-label="Workshops in the backup">
        <thead>
          <tr>
            <th scope="col">Workshop</th>
            <th scope="col">In the backup</th>
            <th scope="col">Here now</th>
            <th scope="col">
              <span className="visually-hidden">Restore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {workshops.map(({ read, text }) => {
            const { id, title } = read.doc.workshop;
            const now = here.get(id);
            return (
              <tr key={id}>
                <th scope="row">{title}</th>
                <td>{candidateCount(read.doc.candidates.length)}</td>
                <td>{now === undefined ? 'not here' : candidateCount(now)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      onClose();
                      void importWorkshopFile({ name: `${title}.scalepath`, text });
                    }}
                  >
                    Restore “{title}”
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {refused.length > 0 && (
        <ul className="field-error" aria-label="Workshops that cannot be restored">
          {refused.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
