// The meta-test of the file format's migrations (cf. tldraw's "every migration has a test"):
// every version from 1 to CURRENT_SCHEMA_VERSION keeps a real file in test/fixtures/files that
// must still open, and every step between two versions has a migration.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, parseWorkshopFile } from '../../shared/file/format.ts';
import { FILE_MIGRATIONS, migrateFile } from '../../shared/file/migrations.ts';
import type { FileMigration } from '../../shared/file/migrations.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/files');

const VERSIONS = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1);

function fixturePath(version: number): string {
  return join(FIXTURES, `v${version}.scalepath`);
}

describe('file format fixtures', () => {
  it.each(VERSIONS)('v%i.scalepath exists, has that schemaVersion and opens', (version) => {
    const path = fixturePath(version);
    expect(existsSync(path), `add ${path}: a small file written by format version ${version}`).toBe(
      true,
    );
    const text = readFileSync(path, 'utf8');
    expect((JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion).toBe(version);
    const result = parseWorkshopFile(text);
    expect(result.ok ? null : result.error.message).toBeNull();
    if (result.ok) expect(result.doc.candidates.length).toBeGreaterThan(0);
  });

  it('has no fixture for a version this app does not read yet', () => {
    const versions = readdirSync(FIXTURES)
      .map((name) => /^v(\d+)\.scalepath$/.exec(name)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number);
    for (const version of versions) expect(version).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION);
  });

  it('keeps the hand-written v1 file exactly as version 1 wrote it', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(1), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    const { workshop, phases, candidates } = result.doc;
    expect(result.appVersion).toBe('0.1.0');
    expect(workshop.settings.valueWeights.financialImpact).toBe(2);
    expect(phases.map((p) => p.name)).toEqual(['Phase 1 - Foundation', 'Phase 2 - Expansion']);
    expect(candidates.map((c) => c.title)).toEqual([
      'Inventory prediction',
      'Обнаружение мошенничества — fraud detection',
      'Internal productivity assistant',
    ]);
    expect(candidates[1]?.dependencies).toEqual(['fixture-v1-inventory']);
  });
});

describe('FILE_MIGRATIONS', () => {
  it('has one migration for each step from version 1 to the current version, and no other', () => {
    const steps = Object.keys(FILE_MIGRATIONS).map(Number);
    expect(steps.sort((a, b) => a - b)).toEqual(VERSIONS.slice(0, -1));
  });
});

describe('migrateFile', () => {
  const toV2: FileMigration = (file) => ({ ...file, renamed: file.old, old: undefined });
  const toV3: FileMigration = (file) => {
    if (!Array.isArray(file.steps)) throw new Error('steps is not a list');
    return { ...file, steps: [...file.steps, 'v3'] };
  };
  const migrations = { 1: toV2, 2: toV3 };

  it('applies the migrations in order and stamps each step with its version', () => {
    const result = migrateFile({ schemaVersion: 1, old: 'x', steps: [] }, 1, 3, migrations);
    expect(result).toEqual({
      ok: true,
      file: { schemaVersion: 3, renamed: 'x', old: undefined, steps: ['v3'] },
    });
  });

  it('starts at the file version and leaves a current file as it is', () => {
    const file = { schemaVersion: 2, steps: ['v2'] };
    expect(migrateFile(file, 2, 3, migrations)).toEqual({
      ok: true,
      file: { schemaVersion: 3, steps: ['v2', 'v3'] },
    });
    expect(migrateFile(file, 3, 3, migrations)).toEqual({ ok: true, file });
  });

  it('fails, without throwing, on a missing step or a migration that throws', () => {
    expect(migrateFile({ steps: [] }, 1, 4, migrations)).toMatchObject({
      ok: false,
      fromVersion: 3,
    });
    const broken = migrateFile({ schemaVersion: 2, steps: 'not a list' }, 2, 3, migrations);
    expect(broken).toMatchObject({ ok: false, fromVersion: 2 });
  });

  it('does not change the file it is given', () => {
    const file = { schemaVersion: 1, old: 'x', steps: [] };
    migrateFile(file, 1, 3, migrations);
    expect(file).toEqual({ schemaVersion: 1, old: 'x', steps: [] });
  });
});
