// Writes assets/samples/sample-workshop.scalepath from shared/sample/sample-workshop.ts.
// Usage: npm run sample [-- <output path>]
// The output is deterministic (fixed ids, timestamps and export date), so regenerating an
// unchanged sample gives identical bytes; test/shared/sample.test.ts fails if the shipped file
// drifts from its source.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeWorkshopFile } from '../shared/file/format.ts';
import { buildSampleReplica, SAMPLE_REPLICA } from '../shared/sample/sample-workshop.ts';

/** Fixed, not "now": the same sample must serialise to the same bytes on every run. */
export const SAMPLE_EXPORTED_AT = '2026-01-15T12:00:00.000Z';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SAMPLE_FILE_PATH = resolve(ROOT, 'assets/samples/sample-workshop.scalepath');

/** The app version recorded in the file: package.json's `version`. */
export function readAppVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const version = (pkg as { version?: unknown }).version;
  if (typeof version !== 'string' || version === '') {
    throw new Error('package.json has no version');
  }
  return version;
}

/** The text of the sample file as the given app version writes it. */
export function renderSampleFile(appVersion: string = readAppVersion()): string {
  return serializeWorkshopFile(buildSampleReplica(), {
    appVersion,
    exportedAt: SAMPLE_EXPORTED_AT,
    replica: SAMPLE_REPLICA,
  });
}

/** Writes the sample file (creating its folder) and returns the text written. */
export function writeSampleFile(path: string = SAMPLE_FILE_PATH): string {
  const text = renderSampleFile();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
  return text;
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url);
}

// Importing this module (as the test does) must not write anything.
if (isRunDirectly()) {
  const out = resolve(process.argv[2] ?? SAMPLE_FILE_PATH);
  const text = writeSampleFile(out);
  console.log(`Wrote ${out} (${text.length} characters)`);
}
