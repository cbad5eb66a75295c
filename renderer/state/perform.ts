import type { Change } from '../../shared/domain/change.ts';
import { getRepository } from '../db/repository.ts';
import { useSessionStore } from './store.ts';

/**
 * Turns a storage failure into words a facilitator can act on. The change itself is kept by the
 * banner's Retry, so nothing typed is lost.
 */
export function describeWriteFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The storage for Scalepath is full, so this change was not saved. Free some disk space, then press Retry.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `This change was not saved (${detail}). Press Retry; if it fails again, export the workshop to a file so nothing is lost.`;
}

/**
 * Performs one user action: writes its change in one transaction. On failure the persistent
 * error banner shows what failed and offers Retry; resolves false so a form can stay open.
 */
export async function perform(action: string, change: Change): Promise<boolean> {
  const { setWriteError } = useSessionStore.getState();
  try {
    await getRepository().applyChange(change);
  } catch (error) {
    console.error(`Write failed: ${action}`, error);
    setWriteError({
      action,
      message: describeWriteFailure(error),
      retry: () => {
        setWriteError(null);
        void perform(action, change);
      },
    });
    return false;
  }
  if (useSessionStore.getState().writeError?.action === action) setWriteError(null);
  return true;
}
