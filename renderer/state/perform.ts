import type { Change } from '../../shared/domain/change.ts';
import { isEmptyChange } from '../../shared/domain/change.ts';
import { EMPTY_HISTORY, recordEdit, recordRedo, recordUndo } from '../../shared/domain/undo.ts';
import { getRepository } from '../db/repository.ts';
import { useSessionStore } from './store.ts';

/** The undo history of the workshops library itself (create, duplicate, delete, import). */
export const LIBRARY_SCOPE = 'library';

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

type StepKind = 'edit' | 'undo' | 'redo';

interface Step {
  kind: StepKind;
  /** Undo history this step belongs to: a workshop id, or LIBRARY_SCOPE. */
  scope: string;
  /** What the user did, e.g. `Move “Chatbot”`; undo and redo keep the label of the edit. */
  label: string;
  change: Change;
}

// Writes run one after another, so an undo always sees the result of the edit before it.
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

const VERBS: Record<StepKind, string> = { edit: '', undo: 'Undo ', redo: 'Redo ' };

async function run(step: Step): Promise<boolean> {
  const store = useSessionStore.getState();
  const action = `${VERBS[step.kind]}${step.label}`;
  let inverse: Change;
  try {
    inverse = await getRepository().applyChange(
      step.change,
      step.kind === 'edit' ? {} : { restampAt: new Date().toISOString() },
    );
  } catch (error) {
    console.error(`Write failed: ${action}`, error);
    store.setWriteError({
      action,
      message: describeWriteFailure(error),
      retry: () => {
        useSessionStore.getState().setWriteError(null);
        void enqueue(() => run(step));
      },
    });
    return false;
  }
  const history = useSessionStore.getState().histories[step.scope] ?? EMPTY_HISTORY;
  const entry = { label: step.label, change: inverse };
  const next =
    step.kind === 'edit'
      ? recordEdit(history, entry)
      : step.kind === 'undo'
        ? recordUndo(history, entry)
        : recordRedo(history, entry);
  const { setHistory } = useSessionStore.getState();
  setHistory(step.scope, next);
  // A workshop this step created or removed starts over: its old steps would write stale records
  // over whatever comes in under the same id (a re-imported file, the sample opened again).
  const bornOrGone = [...(inverse.remove.workshops ?? []), ...(step.change.remove.workshops ?? [])];
  for (const id of bornOrGone) if (id !== step.scope) setHistory(id, EMPTY_HISTORY);
  if (useSessionStore.getState().writeError?.action === action) store.setWriteError(null);
  return true;
}

/**
 * Performs one user action: writes its change in one transaction and makes it one undo step.
 * On failure the persistent error banner shows what failed and offers Retry; resolves false.
 */
export function perform(label: string, change: Change, scope: string): Promise<boolean> {
  if (isEmptyChange(change)) return Promise.resolve(true);
  endUndoOffer();
  return enqueue(() => run({ kind: 'edit', scope, label, change }));
}

/** Any new step ends a "Deleted … Undo" offer: that Undo would now take back something else. */
function endUndoOffer(): void {
  if (useSessionStore.getState().notice?.undo) useSessionStore.getState().showNotice(null);
}

/** Takes back the latest step of a scope's history, if there is one. Written like any edit. */
export function undo(scope: string): Promise<boolean> {
  endUndoOffer();
  return enqueue(async () => {
    const entry = useSessionStore.getState().histories[scope]?.undo.at(-1);
    return entry ? run({ kind: 'undo', scope, ...entry }) : false;
  });
}

/** Re-applies the latest undone step of a scope, if there is one. */
export function redo(scope: string): Promise<boolean> {
  endUndoOffer();
  return enqueue(async () => {
    const entry = useSessionStore.getState().histories[scope]?.redo.at(-1);
    return entry ? run({ kind: 'redo', scope, ...entry }) : false;
  });
}
