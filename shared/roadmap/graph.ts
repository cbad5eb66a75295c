import type { Candidate } from '../records/candidate.ts';
import { compareText } from './common.ts';

/**
 * The dependency graph of a workshop's candidates, by index into the candidate list. An edge
 * v → w means "v depends on w". Dependencies on unknown candidates are ignored and duplicates
 * collapsed (as `repairDocument` does); a dependency of a candidate on itself is kept aside as
 * `isSelfDependent`, a cycle of one.
 */
export interface DependencyGraph {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** For each candidate, what it depends on, sorted by id (so that walks are deterministic). */
  dependencies: readonly (readonly number[])[];
  /** For each candidate, what depends on it, sorted by id. */
  dependents: readonly (readonly number[])[];
  isSelfDependent: Uint8Array;
}

/** Builds the dependency graph of a list of candidates (ids assumed distinct). */
export function buildDependencyGraph(
  candidates: ReadonlyArray<Pick<Candidate, 'id' | 'dependencies'>>,
): DependencyGraph {
  const n = candidates.length;
  const ids = candidates.map((c) => c.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const dependencies: number[][] = [];
  const dependents: number[][] = Array.from({ length: n }, () => []);
  const isSelfDependent = new Uint8Array(n);
  const byId = (a: number, b: number): number => compareText(ids[a] ?? '', ids[b] ?? '');
  candidates.forEach((c, v) => {
    const seen = new Set<number>();
    for (const depId of c.dependencies) {
      const w = indexOf.get(depId);
      if (w === undefined || seen.has(w)) continue;
      seen.add(w);
      if (w === v) isSelfDependent[v] = 1;
      else dependents[w]?.push(v);
    }
    seen.delete(v);
    dependencies.push([...seen].sort(byId));
  });
  for (const list of dependents) list.sort(byId);
  return { ids, indexOf, dependencies, dependents, isSelfDependent };
}

/**
 * Tarjan's strongly connected components, iterative (an explicit stack instead of recursion), so
 * that a chain of thousands of dependencies cannot overflow the call stack. Returns the
 * components, each a list of candidate indexes.
 */
export function stronglyConnectedComponents(graph: DependencyGraph): number[][] {
  const n = graph.ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const isOnStack = new Uint8Array(n);
  const nextEdge = new Int32Array(n);
  const stack: number[] = [];
  const calls: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (v: number): void => {
    index[v] = counter;
    low[v] = counter;
    counter += 1;
    stack.push(v);
    isOnStack[v] = 1;
    calls.push(v);
  };
  for (let root = 0; root < n; root += 1) {
    if (index[root] !== -1) continue;
    visit(root);
    while (calls.length > 0) {
      const v = calls[calls.length - 1] ?? 0;
      const edges = graph.dependencies[v] ?? [];
      const e = nextEdge[v] ?? 0;
      if (e < edges.length) {
        nextEdge[v] = e + 1;
        const w = edges[e] ?? 0;
        if (index[w] === -1) visit(w);
        else if (isOnStack[w] === 1) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      let w: number | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        isOnStack[w] = 0;
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  }
  return components;
}

/**
 * The components that hold a cycle: two or more candidates that depend on each other, or one that
 * depends on itself. Each is sorted by id; the list is sorted by its first id.
 */
export function cyclicComponents(graph: DependencyGraph): number[][] {
  const byId = (a: number, b: number): number =>
    compareText(graph.ids[a] ?? '', graph.ids[b] ?? '');
  return stronglyConnectedComponents(graph)
    .filter((c) => c.length > 1 || (c[0] !== undefined && graph.isSelfDependent[c[0]] === 1))
    .map((c) => c.sort(byId))
    .sort((a, b) => byId(a[0] ?? 0, b[0] ?? 0));
}

/**
 * One cycle inside a cyclic component, as the candidate indexes in dependency order, starting and
 * NOT repeating `start` (the caller closes the loop): the shortest way back to `start` found by a
 * breadth-first walk restricted to the component, neighbours taken by id.
 */
export function cycleThrough(
  graph: DependencyGraph,
  component: readonly number[],
  start: number,
): number[] {
  if (graph.isSelfDependent[start] === 1) return [start];
  const isMember = new Set(component);
  const cameFrom = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head] ?? start;
    for (const w of graph.dependencies[v] ?? []) {
      if (w === start) {
        const path: number[] = [];
        for (let x = v; x !== -1; x = cameFrom.get(x) ?? -1) path.push(x);
        return path.reverse();
      }
      if (!isMember.has(w) || cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  // Unreachable for a real strongly connected component; keep the contract anyway.
  return [start];
}
