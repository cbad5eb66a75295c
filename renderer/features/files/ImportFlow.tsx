import { useSessionStore } from '../../state/store.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { cancelImport, importAsCopy, startMerge } from './importFlow.ts';
import { MergeDialog } from './MergeDialog.tsx';

/** Where a file's workshop came from, in words: "from Anna's laptop, exported 3 March 2026". */
export function fileOrigin(replicaName: string | null, exportedAt: string): string {
  const from =
    replicaName === null ? 'from an earlier version of Scalepath' : `from “${replicaName}”`;
  return `${from}, exported ${exportedAt.slice(0, 16).replace('T', ' at ')} UTC`;
}

/** The dialogs of a file on its way in: the merge-or-copy choice, then the merge. */
export function ImportFlow() {
  const flow = useSessionStore((s) => s.importFlow);
  if (flow === null) return null;
  if (flow.stage === 'merge') return <MergeDialog flow={flow} />;
  const title = flow.localTitle;
  return (
    <Dialog title={`“${title}” is already in your library`} onClose={cancelImport}>
      <p>
        “{flow.fileName}” holds a copy of this workshop{' '}
        {fileOrigin(flow.read.replica?.name ?? null, flow.read.exportedAt)}.
      </p>
      <p>
        <strong>Merge</strong> brings the changes made there into the workshop here and lists
        anything changed on both sides for you to decide. <strong>A separate copy</strong> leaves
        the workshop here as it is.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={cancelImport}>
          Cancel
        </button>
        <button type="button" onClick={() => void importAsCopy()}>
          Import as a separate copy
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => void startMerge()}>
          Merge into “{title}”
        </button>
      </div>
    </Dialog>
  );
}
