import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { isEmptyChange } from '../../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { applyChangeToDocument } from '../../../shared/domain/apply.ts';
import type { RoadmapEdit } from '../../app/edits.ts';
import { perform } from '../../state/perform.ts';

interface Pending {
  /** The stored document the change was made on; once the live query moves on, it wins. */
  base: WorkshopDocument;
  shown: WorkshopDocument;
}

/**
 * Writes roadmap edits through `perform` (one undo step each) and shows them at once. Between a
 * drop and the live query bringing the stored records back, the card would otherwise jump back for
 * a few frames. The next edit is computed from what is shown, so two quick moves in a row do not
 * undo each other. Whatever the database says next (the write, an undo, a failed write) wins.
 */
export function usePendingDoc(doc: WorkshopDocument) {
  const [pending, setPending] = useState<Pending | null>(null);
  const shown = pending !== null && pending.base === doc ? pending.shown : doc;
  const latest = useRef({ doc, shown });
  useLayoutEffect(() => {
    latest.current = { doc, shown };
  }, [doc, shown]);

  /** Runs a roadmap edit on the document on screen; resolves false on failure. */
  const write = useCallback(<A extends object>(edit: RoadmapEdit<A>, args: A): Promise<boolean> => {
    const { doc: base, shown: before } = latest.current;
    const withDoc = { ...args, doc: before };
    const change = edit.change(withDoc);
    const label = edit.label(withDoc);
    if (isEmptyChange(change)) return Promise.resolve(true);
    const next: Pending = {
      base,
      shown: applyChangeToDocument(before, change, new Date().toISOString()),
    };
    // A second edit before the next render builds on this one.
    latest.current = { doc: base, shown: next.shown };
    setPending(next);
    return perform(label, change, base.workshop.id).then((isDone) => {
      if (!isDone) setPending((now) => (now === next ? null : now));
      return isDone;
    });
  }, []);

  /** The document on screen, for handlers that run after render. */
  const current = useCallback(() => latest.current.shown, []);

  return { shown, write, current };
}
