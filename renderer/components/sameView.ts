/**
 * View models of cards (matrix, roadmap) are flat records of primitives, computed once per
 * document change. Handing back last render's object for every view whose fields are all the same
 * lets `memo` skip the cards that did not change, so a drop re-renders the one card that moved.
 */

/** Whether two flat views have the same value in every field. */
export function isSameView<V extends object>(a: V, b: V): boolean {
  for (const key of Object.keys(a) as Array<keyof V>) {
    if (a[key] !== b[key]) return false;
  }
  return true;
}

/** `next` with every view that is field-for-field unchanged replaced by the previous object. */
export function shareUnchanged<V extends { id: string }>(
  next: readonly V[],
  previous: ReadonlyMap<string, V>,
): V[] {
  return next.map((view) => {
    const old = previous.get(view.id);
    return old && isSameView(old, view) ? old : view;
  });
}
