/**
 * `npm run bench`: runs every bench/*.bench.ts, one after another, each in its own process so that
 * heap figures and timings do not leak between them. Each prints its figures and merges them into
 * bench/results.json. A benchmark that fails makes the run fail; a missed goal does not (it is
 * printed, with the ratio, for the closing note).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npx', ['jiti', `${here}${name}`], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${name} failed (exit ${result.status ?? result.signal}).`);
  }
}
console.log(
  `\n${benches.length - failed} benchmarks ran, ${failed} failed; figures in bench/results.json.`,
);
process.exit(failed === 0 ? 0 : 1);
