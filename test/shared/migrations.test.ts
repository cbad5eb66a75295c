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
import {
  upgradeRecordV1,
  upgradeRecordV2,
  upgradeRecordV3,
  upgradeRecordV4,
} from '../../shared/file/migrations.ts';
import { emptyGovernance } from '../../shared/records/governance.ts';
import { emptyChangePlan, emptyLiteracy } from '../../shared/records/people.ts';
import { NO_READINESS_GATE } from '../../shared/records/phase.ts';
import { emptyPilotChecklist } from '../../shared/records/pilot.ts';
import { rankOfIndex } from '../../shared/domain/rank.ts';
import { isLegacyDot } from '../../shared/records/version.ts';

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

  it('reads a version-1 file as records whose history is unknown: one legacy write each, per content', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(1), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.schemaVersion).toBe(1);
    expect(result.replica).toBeNull();
    expect(result.tombstones).toEqual([]);
    const ids = [result.doc.workshop, ...result.doc.phases, ...result.doc.candidates].map(
      (r) => r.id,
    );
    const dots = new Set<string>();
    for (const id of ids) {
      const version = result.versions.get(id);
      expect(version && isLegacyDot(version.created), id).toBe(true);
      expect(version?.fields).toEqual({});
      dots.add(String(version?.created[0]));
    }
    // One legacy replica per record content: no two records share one.
    expect(dots.size).toBe(ids.length);
    for (const c of result.doc.candidates) {
      expect(c).not.toHaveProperty('rev');
      expect(c.phaseRank).toBe(rankOfIndex(0));
    }
  });

  it('gives the same legacy history to the same record, whatever its timestamps, and another to a changed one', () => {
    const raw = JSON.parse(readFileSync(fixturePath(1), 'utf8')) as {
      candidates: Array<Record<string, unknown>>;
    };
    const [first] = raw.candidates;
    const same = upgradeRecordV1('candidates', {
      ...first,
      updatedAt: '2030-01-01T00:00:00.000Z',
      rev: 99,
    });
    const changed = upgradeRecordV1('candidates', { ...first, notes: 'edited before the upgrade' });
    const original = upgradeRecordV1('candidates', first);
    expect(same?.version).toEqual(original?.version);
    expect(changed?.version.created).not.toEqual(original?.version.created);
  });

  it('keeps the v2 file a version-2 app wrote, edits, deletion and laptop included', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(2), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.replica).toEqual({ id: 'r5f3c0a9b12d4e6f7', name: 'Anna’s laptop' });
    expect(result.doc.workshop.settings.thresholds.value).toBe(55);
    expect(result.tombstones.map((t) => [t.id, t.kind])).toEqual([
      ['fixture-v1-inventory', 'candidates'],
    ]);
    expect(result.versions.get(result.doc.workshop.id)?.fields).toEqual({
      'settings.thresholds.value': ['r5f3c0a9b12d4e6f7', 5],
    });
    // A dependency on the deleted candidate was taken out with the deletion.
    for (const c of result.doc.candidates)
      expect(c.dependencies).not.toContain('fixture-v1-inventory');
  });

  it('reads a version-2 file with the pilot-to-scale fields empty and every version as it was', () => {
    const text = readFileSync(fixturePath(2), 'utf8');
    const raw = JSON.parse(text) as { candidates: Array<{ id: string; version: unknown }> };
    const result = parseWorkshopFile(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.capabilities).toEqual([]);
    expect(result.doc.workshop.literacy).toEqual(emptyLiteracy());
    expect(result.doc.workshop.changePlan).toEqual(emptyChangePlan());
    for (const p of result.doc.phases) expect(p.readinessGate).toEqual(NO_READINESS_GATE);
    for (const c of result.doc.candidates) {
      expect(c.governance).toEqual(emptyGovernance());
      expect(c.pilot).toEqual(emptyPilotChecklist());
      expect(c.capabilities).toEqual([]);
      // No new write is invented: the new fields hold what the record's creation wrote.
      expect(result.versions.get(c.id)).toEqual(raw.candidates.find((r) => r.id === c.id)?.version);
    }
  });

  it('leaves a field already there as it is when upgrading to version 3', () => {
    const governance = { ...emptyGovernance(), fairness: { state: 'done', owner: '', note: '' } };
    expect(upgradeRecordV2('candidates', { id: 'c1', governance })).toMatchObject({ governance });
    expect(upgradeRecordV2('candidates', 'not a record')).toBe('not a record');
  });

  it('keeps the v3 file a version-3 app wrote: governance, a capability, a gate and the people plans', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(3), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    const [fraud] = result.doc.candidates;
    expect(fraud?.governance.privacyAndCompliance).toEqual({
      state: 'done',
      owner: 'Dana (DPO)',
      note: '',
    });
    expect(fraud?.governance.gradualRollout.state).toBe('n/a');
    expect(fraud?.capabilities).toEqual(['fixture-v3-ml']);
    expect(result.doc.capabilities.map((k) => [k.name, k.have, k.upskill, k.hire])).toEqual([
      ['ML engineering', 1, 1, 0],
    ]);
    expect(result.doc.phases[1]?.readinessGate).toEqual({ data: 75, model: null, ethics: null });
    expect(result.doc.workshop.changePlan.middleManagement.concerns).toBe(
      'Fear of job displacement',
    );
    expect(result.versions.get(String(fraud?.id))?.fields['governance.fairness.state']).toEqual([
      'r5f3c0a9b12d4e6f7',
      8,
    ]);
  });
});

describe('running the room (version 4)', () => {
  it('reads a version-3 file with no countdown and none of the new records, every version as it was', () => {
    const text = readFileSync(fixturePath(3), 'utf8');
    const raw = JSON.parse(text) as { workshop: { version: unknown } };
    const result = parseWorkshopFile(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.workshop.timer).toBeNull();
    for (const kind of [
      'participants',
      'rounds',
      'ballots',
      'snapshots',
      'decisions',
      'agendaSteps',
    ] as const) {
      expect(result.doc[kind], kind).toEqual([]);
    }
    expect(result.versions.get(result.doc.workshop.id)).toEqual(raw.workshop.version);
    expect(upgradeRecordV3('workshops', { id: 'w', timer: null })).toEqual({
      id: 'w',
      timer: null,
    });
    expect(upgradeRecordV3('candidates', { id: 'c' })).toEqual({ id: 'c' });
  });

  it('keeps the v4 file a version-4 app wrote: participants, a round and a ballot, the agenda and its countdown, a decision and a snapshot', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(4), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    const { doc } = result;
    expect(doc.participants.map((p) => p.name)).toEqual(['Ada', 'Bo']);
    expect(
      doc.rounds.map((r) => [r.name, r.mode, r.dotsPerParticipant, r.maxPerCandidate]),
    ).toEqual([['First dots', 'secret', 3, 2]]);
    expect(doc.ballots.map((b) => [b.participantId, b.dots.map((d) => d.count)])).toEqual([
      ['fixture-v4-ada', [2]],
    ]);
    expect(doc.workshop.timer).toEqual({
      stepId: 'fixture-v4-step',
      endsAt: '2026-12-01T19:10:00.000Z',
      pausedLeftMs: null,
    });
    expect(doc.decisions[0]?.why).toBe('Regulators ask for it');
    expect(doc.snapshots[0]?.name).toBe('Before lunch');
    expect(doc.snapshots[0]?.state.candidates.map((c) => c.id).sort()).toEqual(
      doc.candidates.map((c) => c.id).sort(),
    );
  });

  it('reads a version-4 file with the top N of 10, in the workshop and in its snapshot, no scenarios, every version as it was', () => {
    const text = readFileSync(fixturePath(4), 'utf8');
    const raw = JSON.parse(text) as { workshop: { version: unknown }; snapshots: unknown[] };
    expect(JSON.stringify(raw)).not.toContain('sensitivityTopN');
    const result = parseWorkshopFile(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.workshop.settings.sensitivityTopN).toBe(10);
    expect(result.doc.snapshots[0]?.state.workshop.settings.sensitivityTopN).toBe(10);
    expect(result.doc.scenarios).toEqual([]);
    expect(result.versions.get(result.doc.workshop.id)).toEqual(raw.workshop.version);
    // A value already there stays; other kinds pass through.
    const kept = { id: 'w', settings: { sensitivityTopN: 3 } };
    expect(upgradeRecordV4('workshops', kept)).toEqual(kept);
    expect(upgradeRecordV4('candidates', { id: 'c' })).toEqual({ id: 'c' });
  });

  it('keeps the v5 file a version-5 app wrote: a scenario and the top N', () => {
    const result = parseWorkshopFile(readFileSync(fixturePath(5), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    const { doc } = result;
    expect(doc.workshop.settings.sensitivityTopN).toBe(5);
    expect(
      doc.scenarios.map((s) => [
        s.name,
        s.valueWeights.financialImpact,
        s.thresholds,
        s.capacities,
      ]),
    ).toEqual([
      [
        'Aggressive',
        3,
        { value: 60, feasibility: 45 },
        [{ phaseId: 'fixture-v1-phase-1', capacity: 20 }],
      ],
    ]);
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
