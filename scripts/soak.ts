// `npm run soak`: the long runs that do not fit `npm test` (issue 14).
// Fuzz: 20,000 mutated .scalepath files through the parser (SOAK_FUZZ_RUNS to change), printing
// cases, refusals, crashes (goal 0), pollutions (goal 0), unclear refusals (goal 0) and the slowest
// case. A failing case's seed and path are added to test/fixtures/fuzz/seeds.json, which
// `npm test` replays.
// Crash: 50 trials (SOAK_CRASH_TRIALS) of the built app in Chromium killed with SIGKILL during a
// burst of edits and started again (test/e2e/crash-trial.ts), printing trials, edits confirmed,
// lost (goal 0) and libraries unreadable (goal 0).
// Exit 1 when a goal is missed.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp } from '../bench/app.ts';
import { crashTrial, EDIT_KINDS } from '../test/e2e/crash-trial.ts';
import type { EditKind } from '../test/e2e/crash-trial.ts';
import { mutation, tryFile } from '../test/fixtures/file-fuzz.ts';

const RUNS = Number(process.env.SOAK_FUZZ_RUNS ?? 20_000);
const SEEDS = fileURLToPath(new URL('../test/fixtures/fuzz/seeds.json', import.meta.url));

const counts = { cases: 0, refusals: 0, crashes: 0, pollutions: 0, unclear: 0 };
const kinds = new Map<string, number>();
let slowest = 0;
// The internal-error path logs each crash; the count below says them all.
const quiet = console.error;
console.error = () => undefined;
const result = (() => {
  try {
    return fc.check(
      fc.property(mutation, ({ kind, text }) => {
        const outcome = tryFile(text);
        counts.cases += 1;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (outcome.refused) counts.refusals += 1;
        if (outcome.crashed) counts.crashes += 1;
        if (outcome.polluted) counts.pollutions += 1;
        if (outcome.unclear) counts.unclear += 1;
        slowest = Math.max(slowest, outcome.ms);
        return !outcome.crashed && !outcome.polluted && !outcome.unclear;
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  } finally {
    console.error = quiet;
  }
})();

console.log(`fuzz: ${counts.cases} cases (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`  refusals ${counts.refusals}, read as valid ${counts.cases - counts.refusals}`);
console.log(
  `  crashes ${counts.crashes} (goal 0), pollutions ${counts.pollutions} (goal 0), unclear refusals ${counts.unclear} (goal 0)`,
);
console.log(`  slowest case ${slowest.toFixed(0)} ms`);
const TRIALS = Number(process.env.SOAK_CRASH_TRIALS ?? 50);
const crash = { trials: 0, confirmed: 0, lost: 0, unreadable: 0 };
const byKind = Object.fromEntries(EDIT_KINDS.map((k) => [k, 0])) as Record<EditKind, number>;
await withApp(4180, async (_browser, url) => {
  for (let trial = 1; trial <= TRIALS; trial += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'scalepath-soak-crash-'));
    try {
      // The kill lands anywhere from half a second to sixteen seconds into the edits.
      const outcome = await crashTrial(profile, url, trial, 500 + Math.random() * 15_500);
      crash.trials += 1;
      crash.confirmed += outcome.confirmed.length;
      for (const kind of EDIT_KINDS) byKind[kind] += outcome.confirmedKinds[kind];
      crash.lost += outcome.lost.length;
      if (outcome.isUnreadable) crash.unreadable += 1;
      if (outcome.lost.length > 0) console.log(`  trial ${trial} lost: ${outcome.lost.join(', ')}`);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }
});
console.log(
  `crash: ${crash.trials} trials, ${crash.confirmed} edits confirmed (${EDIT_KINDS.map((k) => `${k} ${byKind[k]}`).join(', ')}), ${crash.lost} lost (goal 0), ${crash.unreadable} libraries unreadable (goal 0)`,
);
const isCrashMissed = crash.lost > 0 || crash.unreadable > 0;

if (result.failed) {
  const seeds: Array<{ seed: number; path: string }> = JSON.parse(readFileSync(SEEDS, 'utf8'));
  seeds.push({ seed: result.seed, path: result.counterexamplePath ?? '' });
  writeFileSync(SEEDS, `${JSON.stringify(seeds, null, 2)}\n`);
  console.log(`A failing case was found: its seed is now in ${SEEDS}, which npm test replays.`);
  process.exit(1);
}
if (isCrashMissed) process.exit(1);
