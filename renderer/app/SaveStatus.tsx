import { useSessionStore } from '../state/store.ts';

/**
 * Says whether every change is on disk: "Saving…" while a write is on its way, "All changes saved"
 * once it has landed, "Not saved" once the writes under way are done but a failed one waits in the
 * banner for Retry. A facilitator
 * (and a test) can tell from it when a reload or a closed lid can no longer lose anything.
 */
export function SaveStatus() {
  const pending = useSessionStore((s) => s.pendingWrites);
  const failed = useSessionStore((s) => s.writeErrors.length);
  const text = pending > 0 ? 'Saving…' : failed > 0 ? 'Not saved' : 'All changes saved';
  return (
    <p className={failed > 0 ? 'save-status save-status-failed' : 'save-status'} role="status">
      {text}
    </p>
  );
}
