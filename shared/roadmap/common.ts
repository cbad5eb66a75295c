import type { Phase } from '../records/phase.ts';

/**
 * Compares two strings by UTF-16 code units. Orderings that decide a plan or a list of issues use
 * this instead of `localeCompare`, whose result depends on the ICU data of the runtime (Electron,
 * Node and browsers differ): the same workshop must give the same plan on every laptop.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * The roadmap's phases in display order: by `order`, ties (two phases with the same order, e.g.
 * after a merge) broken by id so that every laptop agrees on which comes first.
 */
export function sortPhases<P extends Pick<Phase, 'id' | 'order'>>(phases: readonly P[]): P[] {
  return [...phases].sort((a, b) => a.order - b.order || compareText(a.id, b.id));
}

/** "1 candidate", "3 candidates": a count with its noun, singular for one. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 candidate", "3 candidates". */
export function candidateCount(n: number): string {
  return countOf(n, 'candidate', 'candidates');
}

/** “Title” in typographic quotes, as messages name candidates. */
export function quoted(title: string): string {
  return `“${title}”`;
}
