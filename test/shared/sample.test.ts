import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAGES } from '../../shared/domain/criteria.ts';
import { allRecords, repairDocument } from '../../shared/domain/document.ts';
import { FIRST_RANK } from '../../shared/domain/rank.ts';
import { QUADRANTS, scoreCandidate } from '../../shared/domain/scoring.ts';
import type { Quadrant } from '../../shared/domain/scoring.ts';
import { CURRENT_SCHEMA_VERSION, parseWorkshopFile } from '../../shared/file/format.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { DEFAULT_PHASES, phaseSchema } from '../../shared/records/phase.ts';
import { createdVersion } from '../../shared/records/version.ts';
import { DEFAULT_SETTINGS, workshopSchema } from '../../shared/records/workshop.ts';
import {
  SAMPLE_REPLICA,
  SAMPLE_WORKSHOP_ID,
  buildSampleReplica,
  buildSampleWorkshop,
} from '../../shared/sample/sample-workshop.ts';
import {
  SAMPLE_FILE_PATH,
  renderSampleFile,
  writeSampleFile,
} from '../../scripts/generate-sample.ts';

const SEED_EXAMPLES = [
  'chatbot',
  'inventory',
  'lead scoring',
  'segmentation',
  'recommendation',
  'fraud',
  'churn',
  'credit scoring',
  'marketing optimisation',
  'productivity assistant',
];

const REGENERATE = 'the shipped sample drifted from its source: run `npm run sample`';

describe('buildSampleWorkshop', () => {
  const doc = buildSampleWorkshop();
  const { settings } = doc.workshop;

  it('is the seed workshop with default settings and the three default phases', () => {
    expect(doc.workshop.id).toBe(SAMPLE_WORKSHOP_ID);
    expect(doc.workshop.title).toBe('AI strategy: from pilot to scale');
    expect(doc.workshop.date).toBe('2026-02-10');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(doc.phases.map((p) => [p.name, p.timeSpan, p.capacity])).toEqual(
      DEFAULT_PHASES.map((p) => [p.name, p.timeSpan, p.capacity]),
    );
    expect(doc.phases.map((p) => p.order)).toEqual([0, 1, 2]);
  });

  it('holds at least 12 candidates, the seed examples among them', () => {
    expect(doc.candidates.length).toBeGreaterThanOrEqual(12);
    const titles = doc.candidates.map((c) => c.title.toLowerCase());
    for (const example of SEED_EXAMPLES) {
      expect(
        titles.some((t) => t.includes(example)),
        example,
      ).toBe(true);
    }
  });

  it('has stable, readable, unique ids', () => {
    const ids = [
      doc.workshop.id,
      ...doc.phases.map((p) => p.id),
      ...doc.candidates.map((c) => c.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sample-[a-z0-9-]+$/);
    expect(doc.candidates.map((c) => c.id)).toContain('sample-chatbot');
  });

  it('populates all four quadrants under the default thresholds', () => {
    const seen = new Set<Quadrant>();
    for (const c of doc.candidates) {
      const { quadrant } = scoreCandidate(c, settings);
      if (quadrant !== null) seen.add(quadrant);
    }
    expect([...seen].sort()).toEqual([...QUADRANTS].sort());
  });

  it('shows partial scores and an unscored fresh idea that stays in the tray', () => {
    const scores = (c: (typeof doc.candidates)[number]) => [
      ...Object.values(c.valueScores),
      ...Object.values(c.feasibilityScores),
    ];
    const unscored = doc.candidates.filter((c) => scores(c).every((s) => s === null));
    const partial = doc.candidates.filter((c) => {
      const nulls = scores(c).filter((s) => s === null).length;
      return nulls > 0 && nulls < 8;
    });
    expect(unscored).toHaveLength(1);
    expect(partial.length).toBeGreaterThanOrEqual(1);
    for (const c of unscored) expect(scoreCandidate(c, settings).quadrant).toBeNull();
  });

  it('spreads over every stage and leaves at least one tag unset', () => {
    expect(new Set(doc.candidates.map((c) => c.stage))).toEqual(new Set(STAGES));
    expect(
      doc.candidates.some((c) => c.audience === null || c.horizon === null || c.approach === null),
    ).toBe(true);
  });

  it('has at least 3 dependencies, all on candidates that exist, and nothing to repair', () => {
    const ids = new Set(doc.candidates.map((c) => c.id));
    const deps = doc.candidates.flatMap((c) => c.dependencies);
    expect(deps.length).toBeGreaterThanOrEqual(3);
    for (const d of deps) expect(ids.has(d), d).toBe(true);
    expect(repairDocument(doc)).toEqual(doc);
  });

  it('leaves every candidate unplaced and unscheduled', () => {
    for (const c of doc.candidates) {
      expect(c.placement).toBeNull();
      expect(c.phaseId).toBeNull();
      expect(c.phaseRank).toBe(FIRST_RANK);
    }
  });

  it('passes every record schema unchanged', () => {
    expect(workshopSchema.parse(doc.workshop)).toEqual(doc.workshop);
    for (const p of doc.phases) expect(phaseSchema.parse(p)).toEqual(p);
    for (const c of doc.candidates) expect(candidateSchema.parse(c), c.id).toEqual(c);
  });

  it('is deterministic and hands each caller its own copy', () => {
    const first = buildSampleWorkshop();
    const firstFeasibility = first.candidates[0]?.feasibilityScores;
    if (firstFeasibility) firstFeasibility.dataReadiness = 1;
    first.candidates[1]?.dependencies.push('sample-chatbot');
    expect(buildSampleWorkshop()).toEqual(doc);
  });
});

describe('buildSampleReplica', () => {
  it('is the sample workshop, every record created by the one write of the sample replica', () => {
    const replica = buildSampleReplica();
    expect(replica.doc).toEqual(buildSampleWorkshop());
    const { doc } = replica;
    const ids = allRecords(doc).map((r) => r.id);
    expect([...replica.versions.keys()].sort()).toEqual([...ids].sort());
    for (const version of replica.versions.values()) {
      expect(version).toEqual(createdVersion([SAMPLE_REPLICA.id, 1]));
    }
    expect(replica.tombstones).toEqual([]);
  });
});

describe('the shipped sample file', () => {
  const text = readFileSync(SAMPLE_FILE_PATH, 'utf8');
  const parsed = parseWorkshopFile(text);

  it('parses and holds exactly what buildSampleReplica builds', () => {
    expect(parsed.ok ? null : parsed.error).toBeNull();
    if (!parsed.ok) return;
    const replica = buildSampleReplica();
    expect(parsed.doc, REGENERATE).toEqual(replica.doc);
    expect(parsed.versions, REGENERATE).toEqual(replica.versions);
    expect(parsed.tombstones, REGENERATE).toEqual([]);
  });

  it('is a current-version file exported by the sample replica', () => {
    if (!parsed.ok) throw new Error('the sample file does not parse');
    expect(parsed.schemaVersion, REGENERATE).toBe(CURRENT_SCHEMA_VERSION);
    expect(parsed.schemaVersion).toBe(5);
    expect(parsed.replica, REGENERATE).toEqual(SAMPLE_REPLICA);
  });

  it('has the bytes the generator writes', () => {
    if (!parsed.ok) throw new Error('the sample file does not parse');
    expect(renderSampleFile(parsed.appVersion), REGENERATE).toBe(text);
  });
});

describe('generate-sample', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-sample-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes identical bytes on every run', () => {
    const a = join(dir, 'a', 'sample.scalepath');
    const b = join(dir, 'b.scalepath');
    expect(writeSampleFile(a)).toBe(readFileSync(a, 'utf8'));
    writeSampleFile(b);
    expect(readFileSync(b)).toEqual(readFileSync(a));
    expect(renderSampleFile()).toBe(renderSampleFile());
  });
});
