/**
 * The machine's yardstick, in Node: `npx jiti bench/machine.bench.ts`.
 *
 * The same fixed work every run, none of it the app's code: sorting 200,000 seeded numbers,
 * a JSON round trip of 20,000 small records and building a 1 MB string from parts. It has no
 * goal. The machines these benchmarks run on are shared and their speed swings from one session
 * to the next (2-3 times slower on some days, for code that did not change), so a figure is
 * compared with another session's after dividing each by its own session's
 * machine.reference_ms.
 */
import { prng } from '../test/fixtures/random.ts';
import { recordResults, roundMs, timeMedian } from './results.ts';

const random = prng(7);
const numbers = Float64Array.from({ length: 200_000 }, () => random());
const records = Array.from({ length: 20_000 }, (_, i) => ({
  id: `r-${i}`,
  title: `Record ${i}`,
  scores: { a: i % 5, b: (i * 7) % 5, c: null },
  tags: ['one', 'two'],
}));

function work(): number {
  const sorted = Float64Array.from(numbers).sort();
  const copy = JSON.parse(JSON.stringify(records)) as typeof records;
  const parts: string[] = [];
  for (let i = 0; i < 100_000; i += 1) parts.push(`${i % 97} ${i % 13} Td`);
  return (sorted[0] ?? 0) + copy.length + parts.join('\n').length;
}

const ms = roundMs(timeMedian(work, 11, 5));
console.log(
  `  machine.reference_ms ${ms.toFixed(2)} ms   no goal: the yardstick to compare sessions' figures by`,
);
recordResults({ 'machine.reference_ms': ms });
