/**
 * bench/results.json: the latest benchmark figures, one flat key per measure
 * (`roadmap.sequence_2000_ms`...), in milliseconds. Every benchmark merges its own keys into the
 * file and leaves the others' alone, so that `npm run bench` can run them one after another.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));

/**
 * Merges `values` into bench/results.json (created when missing), keys sorted, 2-space indent.
 * A file that is not a JSON object is refused rather than overwritten: it may hold others' figures.
 * Written to a temporary file, then renamed, so that a crash never leaves half a file.
 */
export function recordResults(values: Record<string, number>): void {
  let existing: Record<string, unknown> = {};
  if (existsSync(RESULTS_PATH)) {
    const parsed: unknown = JSON.parse(readFileSync(RESULTS_PATH, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${RESULTS_PATH} does not hold a JSON object; fix or delete it.`);
    }
    existing = parsed as Record<string, unknown>;
  }
  const merged: Record<string, unknown> = { ...existing, ...values };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((key) => [key, merged[key]]),
  );
  const temporary = `${RESULTS_PATH}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(temporary, RESULTS_PATH);
}

/** The median of a list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the median in ms. */
export function timeMedian(fn: () => unknown, runs = 21, warmup = 20): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** "met", or "MISSED (x1.48)": a figure against its goal (at most), with the ratio when missed. */
export function verdict(value: number, goal: number): string {
  return value <= goal ? 'met' : `MISSED (x${(value / goal).toFixed(2)})`;
}

/** "goal ≤ 4: met", "goal ≤ 4: MISSED (x1.20)". */
export function goalVerdict(value: number, goal: number): string {
  return `goal ≤ ${goal}: ${verdict(value, goal)}`;
}

/** Milliseconds rounded to 0.01 for the results file. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
