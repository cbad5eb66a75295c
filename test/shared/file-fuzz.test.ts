import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { mutation, tryFile } from '../fixtures/file-fuzz.ts';

/** 500 cases here; `npm run soak` runs 20,000 and records any failing seed in the file below. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEEDS: Array<{ seed: number; path: string }> = JSON.parse(
  readFileSync(new URL('../fixtures/fuzz/seeds.json', import.meta.url), 'utf8'),
);
/** Far above what a sound or broken file takes; a hang or a blow-up shows as a failure. */
const TIME_BOUND_MS = 3_000;

const property = fc.property(mutation, ({ kind, text }) => {
  const outcome = tryFile(text);
  expect(outcome.crashed, `${kind}: the parser crashed`).toBe(false);
  expect(outcome.polluted, `${kind}: a prototype was polluted`).toBe(false);
  expect(outcome.unclear, `${kind}: the refusal is not in plain words`).toBe(false);
  expect(outcome.ms, `${kind}: took too long`).toBeLessThan(TIME_BOUND_MS);
});

describe('a mutated .scalepath file (byte flips, truncation, keys deleted, duplicated or swapped, types changed, huge numbers, deep nesting, hostile keys)', () => {
  it(`is refused in plain words or read as a valid workshop, never crashes, never pollutes a prototype, and finishes in time (${RUNS} cases, and every seed a soak run found failing)`, () => {
    // The internal-error path logs; a crash fails the property anyway.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const { seed, path } of SEEDS) fc.assert(property, { seed, path });
      fc.assert(property, { numRuns: RUNS });
    } finally {
      log.mockRestore();
    }
  }, 120_000);
});
