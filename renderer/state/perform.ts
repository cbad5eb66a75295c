import type { Change } from '../../shared/domain/change.ts';
import { isEmptyChange, StaleChangeError } from '../../shared/domain/change.ts';
import {
  EMPTY_HISTORY,
  recordEdit,
  recordRedo,
  recordUndo,
  takeStep,
} from '../../shared/domain/undo.ts';
import { getRepository } from '../db/repository.ts';
import { useSessionStore } from './store.ts';
import type { WriteError } from './store.ts';

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

// Writes run one after another, so an undo always sees the result of the edit before it. The
// count of writes not yet landed is what "Saving…" / "All changes saved" shows.
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const { setPendingWrites } = useSessionStore.getState();
  setPendingWrites(useSessionStore.getState().pendingWrites + 1);
  const result = queue.then(task).finally(() => {
    setPendingWrites(useSessionStore.getState().pendingWrites - 1);
  });
  queue = result.catch(() => undefined);
  return result;
}

/** Resolves once every write started so far has landed or failed: what an export must wait for. */
export function afterPendingWrites(): Promise<void> {
  return queue.then(() => undefined);
}

const VERBS: Record<StepKind, string> = { edit: '', undo: 'Undo ', redo: 'Redo ' };

type WrittenListener = (workshopIds: readonly string[]) => void;
const writtenListeners = new Set<WrittenListener>();

/** Calls `listener` after every write that landed, with the workshops it changed. */
export function onWritten(listener: WrittenListener): () => void {
  writtenListeners.add(listener);
  return () => {
    writtenListeners.delete(listener);
  };
}

function workshopsChangedBy(step: Step): string[] {
  const ids = new Set<string>();
  if (step.scope !== LIBRARY_SCOPE) ids.add(step.scope);
  for (const w of step.change.create?.workshops ?? []) ids.add(w.id);
  for (const p of step.change.patch?.workshops ?? []) ids.add(p.id);
  for (const r of step.change.restore?.workshops ?? []) ids.add(r.record.id);
  return [...ids];
}

/** Writes a step and records it in its history; resolves to the error when the write fails. */
async function write(step: Step): Promise<unknown> {
  let inverse: Change;
  try {
    inverse = await getRepository().applyChange(step.change);
  } catch (error) {
    // The data it was computed from has changed: not a failed write, the caller recomputes.
    if (error instanceof StaleChangeError) throw error;
    console.error(`Write failed: ${VERBS[step.kind]}${step.label}`, error);
    return error;
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
  // A workshop this step brought in or removed starts over: its old steps would write stale
  // records over whatever comes in under the same id (a re-imported file, the sample again).
  for (const id of [...(inverse.dropWorkshops ?? []), ...(step.change.dropWorkshops ?? [])]) {
    if (id !== step.scope) setHistory(id, EMPTY_HISTORY);
  }
  const changed = workshopsChangedBy(step);
  if (changed.length > 0) for (const listener of writtenListeners) listener(changed);
  return null;
}

async function run(step: Step): Promise<boolean> {
  const error = await write(step);
  if (error === null) return true;
  // Kept in order with any other failed write; Retry applies each patch to what is stored then.
  const failed: WriteError = {
    action: `${VERBS[step.kind]}${step.label}`,
    message: describeWriteFailure(error),
    retry: () => enqueue(async () => (await write(step)) === null),
  };
  useSessionStore.getState().addWriteError(failed);
  return false;
}

function staleMessage(action: string): string {
  return `${action} was not written: the workshop changed since it was prepared, and writing it now would overwrite that. Nothing was written.`;
}

/** Runs a step, turning a refusal because something was written meanwhile into a plain message. */
async function runChecked(step: Step): Promise<boolean> {
  try {
    return await run(step);
  } catch (error) {
    if (!(error instanceof StaleChangeError)) throw error;
    useSessionStore.getState().setFileError(staleMessage(`${VERBS[step.kind]}${step.label}`));
    return false;
  }
}

/**
 * Retries the failed writes, oldest first. Each that lands leaves the list; at the first that
 * fails again, the rest wait, in order, for the next Retry. Resolves true when all landed.
 */
export async function retryFailedWrites(): Promise<boolean> {
  for (const failed of useSessionStore.getState().writeErrors) {
    let isDone: boolean;
    try {
      isDone = await failed.retry();
    } catch (stale) {
      if (!(stale instanceof StaleChangeError)) throw stale;
      // A merge, or the undo of one, checks that nothing was written since it was prepared.
      useSessionStore.getState().setFileError(staleMessage(failed.action));
      isDone = true;
    }
    if (!isDone) return false;
    useSessionStore.getState().removeWriteError(failed);
  }
  return true;
}

/**
 * Performs one user action: writes its change in one transaction and makes it one undo step.
 * On failure the persistent error banner shows what failed and offers Retry; resolves false.
 * A change whose `expect` no longer holds rejects with StaleChangeError and writes nothing.
 */
let isReadOnly = false;

/**
 * Makes this window read-only (the audience window on the projector): from then on no edit, undo
 * or redo is written from it; it only shows what the facilitator's window writes.
 */
export function setReadOnly(flag: boolean): void {
  isReadOnly = flag;
}

export function perform(label: string, change: Change, scope: string): Promise<boolean> {
  if (isReadOnly) return Promise.resolve(false);
  if (isEmptyChange(change)) return Promise.resolve(true);
  endUndoOffer();
  return enqueue(() => run({ kind: 'edit', scope, label, change }));
}

/** Any new step ends a "Deleted … Undo" offer: that Undo would now take back something else. */
function endUndoOffer(): void {
  if (useSessionStore.getState().notice?.undo) useSessionStore.getState().showNotice(null);
}

/**
 * An undo or redo step, taken off its side of the history before it is written (so a second
 * press, or a Retry, never applies it twice). A step that writes rows exactly (the undo of a
 * merge or an import) or drops a workshop also carries the write counter it is tried at: if it
 * fails and is retried after anything else was written, it is refused rather than written over
 * that later work.
 */
async function historyStep(scope: string, kind: 'undo' | 'redo'): Promise<Step | null> {
  const { histories, setHistory } = useSessionStore.getState();
  const { entry, rest } = takeStep(histories[scope] ?? EMPTY_HISTORY, kind);
  if (!entry) return null;
  setHistory(scope, rest);
  let change = entry.change;
  if (change.exact || change.dropWorkshops) {
    const { clock } = await getRepository().replica();
    change = { ...change, expect: { ...change.expect, clock } };
  }
  return { kind, scope, label: entry.label, change };
}

/** Takes back the latest step of a scope's history, if there is one. Written like any edit. */
export function undo(scope: string): Promise<boolean> {
  if (isReadOnly) return Promise.resolve(false);
  endUndoOffer();
  return enqueue(async () => {
    const step = await historyStep(scope, 'undo');
    return step ? runChecked(step) : false;
  });
}

/** Re-applies the latest undone step of a scope, if there is one. */
export function redo(scope: string): Promise<boolean> {
  if (isReadOnly) return Promise.resolve(false);
  endUndoOffer();
  return enqueue(async () => {
    const step = await historyStep(scope, 'redo');
    return step ? runChecked(step) : false;
  });
}
