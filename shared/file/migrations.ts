/**
 * Migrations of the `.scalepath` file format: each turns a raw (parsed, not yet validated) file
 * of version N into the shape of version N + 1. `parseWorkshopFile` applies them in order, from
 * the file's version up to CURRENT_SCHEMA_VERSION, and only then validates with zod.
 *
 * Version 1 is the first version, so there is nothing to migrate yet. To change the file's shape:
 *  1. Keep `test/fixtures/files/v{N}.scalepath` as it is: it is a file the old app wrote.
 *  2. Bump CURRENT_SCHEMA_VERSION in format.ts to N + 1 and change the record schemas.
 *  3. Add `N: (file) => ({ ...file, ... })` to FILE_MIGRATIONS below. It receives untrusted data
 *     that has only passed the pre-checks: test the type of every field it reads, and return
 *     something the next step can validate rather than throwing. It need not set schemaVersion.
 *  4. Add `test/fixtures/files/v{N+1}.scalepath` (export one from the new app) and a test of
 *     the migration. test/shared/migrations.test.ts fails until every version has its fixture
 *     and every step from 1 to the current version has a migration.
 * Never edit a migration once it has shipped: files in the wild depend on it.
 */

/** A file as `JSON.parse` returned it: an object, nothing about its fields known yet. */
export type RawFile = Readonly<Record<string, unknown>>;

/** Turns a raw version-N file into a raw version-(N + 1) file. */
export type FileMigration = (file: RawFile) => Record<string, unknown>;

/** Migration from version N (the key) to N + 1. Empty: version 1 is the first version. */
export const FILE_MIGRATIONS: Readonly<Record<number, FileMigration>> = {};

export type MigrationResult =
  { ok: true; file: Record<string, unknown> } | { ok: false; fromVersion: number; reason: string };

/**
 * Brings a raw file from `fromVersion` up to `toVersion` by applying one migration per version,
 * in order, and stamping each step's result with its new schemaVersion. Fails (never throws)
 * when a step has no migration or a migration throws.
 */
export function migrateFile(
  file: RawFile,
  fromVersion: number,
  toVersion: number,
  migrations: Readonly<Record<number, FileMigration>> = FILE_MIGRATIONS,
): MigrationResult {
  let current: Record<string, unknown> = { ...file };
  for (let version = fromVersion; version < toVersion; version++) {
    const migrate = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (migrate === undefined) {
      return { ok: false, fromVersion: version, reason: `no migration from version ${version}` };
    }
    try {
      current = { ...migrate(current), schemaVersion: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, fromVersion: version, reason };
    }
  }
  return { ok: true, file: current };
}
