/**
 * The laws of merging (issue 8), as fast-check properties over laptops in memory that store rows
 * exactly as the repository does (test/fixtures/replicas.ts). A random workshop is forked into two
 * or three laptops, each makes random edits (test/fixtures/random-edits.ts), and files go between
 * them in random orders. Each law runs RUNS times; a failure prints its seed and path, and
 * FC_SEED=<seed> replays it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplicaDocument } from '../../shared/domain/document.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/file/format.ts';
import type { MergePlan, Side } from '../../shared/merge/merge.ts';
import { defaultChoice, planMerge, resolveMerge } from '../../shared/merge/merge.ts';
import type { AnyRecord, KindName } from '../../shared/records/kinds.ts';
import { KINDS } from '../../shared/records/kinds.ts';
import { elementKey, readUnit, sameUnitValue, unitsOf } from '../../shared/records/units.ts';
import type { Version } from '../../shared/records/version.ts';
import { compareDots, dotOf, hasSeen, sameDot } from '../../shared/records/version.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import type { RandomEdit } from '../fixtures/random-edits.ts';
import { arbMergeEdit, EditingReplica } from '../fixtures/random-edits.ts';
import { MemoryReplica, viaFile } from '../fixtures/replicas.ts';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

/** A random starting workshop: up to six candidates with some dependencies, maybe a component. */
const arbBase = fc
  .record({
    count: fc.integer({ min: 0, max: 6 }),
    links: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 4 }),
    hasComponent: fc.boolean(),
  })
  .map(({ count, links, hasComponent }) => {
    const ids = Array.from({ length: count }, (_, i) => `c${i}`);
    const doc = aDocument(
      {
        candidates: ids.map((id, i) => ({
          id,
          title: `Candidate ${i}`,
          dependencies: [...new Set(links.filter(([from]) => from === i).map(([, to]) => `c${to}`))]
            .filter((d) => d !== id && ids.includes(d))
            .sort(),
        })),
        components: hasComponent && count > 0 ? [{ providerId: 'c0' }] : [],
      },
      testEnv(),
    );
    return doc;
  });

const arbEdits = fc.array(arbMergeEdit, { maxLength: 12 });

/** Forks a base workshop onto laptops: the first creates it, the others import its file. */
function fork(base: ReturnType<typeof aDocument>, names: readonly string[]): EditingReplica[] {
  const laptops = names.map((n) => new MemoryReplica(n));
  const [first, ...rest] = laptops as [MemoryReplica, ...MemoryReplica[]];
  first.apply(createDocument(base));
  const file = first.replicaDocument(base.workshop.id);
  for (const laptop of rest) laptop.importNew(file);
  return laptops.map((r) => new EditingReplica(r, base.workshop.id));
}

function play(laptop: EditingReplica, edits: readonly RandomEdit[]): void {
  for (const edit of edits) laptop.edit(edit);
}

/** The deterministic policy of the convergence law: the later write wins; deletions keep the record. */
function laterWins(plan: MergePlan): Map<string, Side> {
  const choices = new Map<string, Side>();
  for (const conflict of plan.conflicts) {
    if (conflict.type !== 'edited-on-both') {
      choices.set(conflict.key, defaultChoice(conflict));
      continue;
    }
    const vh = plan.here.versions.get(conflict.id) as Version;
    const vf = plan.file.versions.get(conflict.id) as Version;
    for (const field of conflict.fields) {
      const order = compareDots(dotOf(vh, field.unit.key), dotOf(vf, field.unit.key));
      choices.set(field.key, order >= 0 ? 'here' : 'file');
    }
  }
  return choices;
}

/** A replica document in a form where equal means equal (lists in id order). */
function comparable(replica: ReplicaDocument) {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    workshop: replica.doc.workshop,
    phases: byId(replica.doc.phases),
    candidates: byId(replica.doc.candidates),
    components: byId(replica.doc.components),
    capabilities: byId(replica.doc.capabilities),
    versions: [...replica.versions.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    tombstones: byId(replica.tombstones),
  };
}

function recordsOf(replica: ReplicaDocument, kind: KindName): AnyRecord[] {
  return kind === 'workshops' ? [replica.doc.workshop] : (replica.doc[kind] as AnyRecord[]);
}

function conflictKeys(plan: MergePlan): string[] {
  return plan.conflicts
    .flatMap((c) => (c.type === 'edited-on-both' ? c.fields.map((f) => f.key) : [c.key]))
    .sort();
}

describe('merge laws', () => {
  it('idempotence: a copy merged with itself changes nothing; the same file twice, nothing the second time', () => {
    fc.assert(
      fc.property(arbBase, arbEdits, arbEdits, (base, editsA, editsB) => {
        const [a, b] = fork(base, ['A', 'B']) as [EditingReplica, EditingReplica];
        play(a, editsA);
        play(b, editsB);
        const mine = a.replica.replicaDocument(base.workshop.id);
        const self = planMerge(mine, mine);
        expect(self.auto).toEqual([]);
        expect(self.conflicts).toEqual([]);
        expect(resolveMerge(self).writes).toEqual([]);

        const file = b.replica.replicaDocument(base.workshop.id);
        a.replica.merge(file, laterWins);
        const again = planMerge(a.replica.replicaDocument(base.workshop.id), file);
        expect(again.conflicts).toEqual([]);
        expect(resolveMerge(again, laterWins(again)).writes).toEqual([]);
      }),
      params,
    );
  });

  it('commutativity: merge(A, B) and merge(B, A) give the same conflicts with the sides swapped, and the same result', () => {
    fc.assert(
      fc.property(arbBase, arbEdits, arbEdits, (base, editsA, editsB) => {
        const [a, b] = fork(base, ['A', 'B']) as [EditingReplica, EditingReplica];
        play(a, editsA);
        play(b, editsB);
        const docA = a.replica.replicaDocument(base.workshop.id);
        const docB = b.replica.replicaDocument(base.workshop.id);
        const ab = planMerge(docA, docB);
        const ba = planMerge(docB, docA);
        expect(conflictKeys(ab)).toEqual(conflictKeys(ba));
        const swapped = (plan: MergePlan) =>
          plan.conflicts
            .flatMap((c) => c.fields.map((f) => [f.key, f.here, f.file]))
            .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
        expect(swapped(ab)).toEqual(swapped(ba).map(([k, h, f]) => [k, f, h]));
        const types = (plan: MergePlan) =>
          plan.conflicts
            .map((c) => [c.key, c.type])
            .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
        const flip = {
          'edited-on-both': 'edited-on-both',
          'deleted-here': 'deleted-in-file',
          'deleted-in-file': 'deleted-here',
        };
        expect(types(ab)).toEqual(types(ba).map(([k, t]) => [k, flip[t as keyof typeof flip]]));
        expect(comparable(resolveMerge(ab, laterWins(ab)).result)).toEqual(
          comparable(resolveMerge(ba, laterWins(ba)).result),
        );
      }),
      params,
    );
  });

  it('convergence: three laptops exchanging files in any order end identical', () => {
    const arbStep = fc.oneof(
      fc.record({ laptop: fc.nat(2), edit: arbMergeEdit }),
      fc.record({ from: fc.nat(2), to: fc.nat(2) }),
    );
    fc.assert(
      fc.property(arbBase, fc.array(arbStep, { maxLength: 30 }), (base, steps) => {
        const laptops = fork(base, ['A', 'B', 'C']);
        const w = base.workshop.id;
        for (const step of steps) {
          if ('edit' in step) laptops[step.laptop]?.edit(step.edit);
          else if (step.from !== step.to) {
            // Through a real file: written, then read back as the other laptop would.
            const file = viaFile(laptops[step.from]!.replica.replicaDocument(w));
            laptops[step.to]!.replica.merge(file, laterWins);
          }
        }
        // Everyone hears from everyone, in a fixed order, twice: the last word travels round.
        for (let round = 0; round < 2; round++) {
          for (const to of laptops) {
            for (const from of laptops) {
              if (from !== to)
                to.replica.merge(viaFile(from.replica.replicaDocument(w)), laterWins);
            }
          }
        }
        const [first, ...rest] = laptops.map((l) => comparable(l.replica.replicaDocument(w)));
        for (const other of rest) expect(other).toEqual(first);
      }),
      params,
    );
  });

  it('fast-forward: an older copy of A changes nothing in A, and A fast-forwards the older copy without a conflict', () => {
    fc.assert(
      fc.property(arbBase, arbEdits, arbEdits, (base, before, after) => {
        const [a] = fork(base, ['A']) as [EditingReplica];
        play(a, before);
        const older = a.replica.replicaDocument(base.workshop.id);
        play(a, after);
        const now = a.replica.replicaDocument(base.workshop.id);
        const back = planMerge(now, older);
        expect(back.conflicts).toEqual([]);
        expect(resolveMerge(back).writes).toEqual([]);
        const forward = planMerge(older, now);
        expect(forward.conflicts).toEqual([]);
        expect(comparable(resolveMerge(forward).result)).toEqual(comparable(now));
      }),
      params,
    );
  });

  it('no silent loss: every one-sided change is in the result; every field changed on both sides to different values is a conflict, once; nothing else is', () => {
    fc.assert(
      fc.property(arbBase, arbEdits, arbEdits, (base, editsA, editsB) => {
        const [a, b] = fork(base, ['A', 'B']) as [EditingReplica, EditingReplica];
        const w = base.workshop.id;
        const forked = a.replica.replicaDocument(w);
        play(a, editsA);
        play(b, editsB);
        const docA = a.replica.replicaDocument(w);
        const docB = b.replica.replicaDocument(w);
        const plan = planMerge(docA, docB);
        const { result } = resolveMerge(plan, laterWins(plan));
        const expected: string[] = [];
        for (const kind of KINDS) {
          const inA = new Map(recordsOf(docA, kind).map((r) => [r.id, r]));
          const inB = new Map(recordsOf(docB, kind).map((r) => [r.id, r]));
          const inResult = new Map(recordsOf(result, kind).map((r) => [r.id, r]));
          const baseVersion = (id: string) => forked.versions.get(id);
          const wrote = (v: Version | undefined, key: string, id: string) => {
            const was = baseVersion(id);
            return (
              v !== undefined && (was === undefined || !sameDot(dotOf(v, key), dotOf(was, key)))
            );
          };
          const edited = (v: Version, id: string) =>
            unitsOf(kind).some((u) => wrote(v, u.key, id)) ||
            Object.keys(v.fields).some((key) => wrote(v, key, id));
          for (const id of new Set([...inA.keys(), ...inB.keys()])) {
            const ra = inA.get(id);
            const rb = inB.get(id);
            const va = docA.versions.get(id);
            const vb = docB.versions.get(id);
            const isNew = baseVersion(id) === undefined;
            if (ra && !rb) {
              // Created on A, or deleted on B (a conflict when A edited it).
              if (isNew) expect(inResult.has(id)).toBe(true);
              else if (edited(va as Version, id)) expected.push(`${kind}/${id}`);
              else expect(inResult.has(id)).toBe(false);
              continue;
            }
            if (rb && !ra) {
              if (isNew) expect(inResult.has(id)).toBe(true);
              else if (edited(vb as Version, id)) expected.push(`${kind}/${id}`);
              else expect(inResult.has(id)).toBe(false);
              continue;
            }
            if (!ra || !rb) continue;
            const rr = inResult.get(id) as AnyRecord;
            for (const unit of unitsOf(kind)) {
              if (unit.isSet) {
                const ids = new Set([
                  ...(readUnit(ra, unit) as string[]),
                  ...(readUnit(rb, unit) as string[]),
                ]);
                for (const el of ids) {
                  const key = elementKey(unit, el);
                  const hasA = (readUnit(ra, unit) as string[]).includes(el);
                  const hasB = (readUnit(rb, unit) as string[]).includes(el);
                  const byA = wrote(va, key, id);
                  const byB = wrote(vb, key, id);
                  const want = byA && byB ? hasA || hasB : byA ? hasA : byB ? hasB : hasA;
                  expect((readUnit(rr, unit) as string[]).includes(el)).toBe(want);
                }
                continue;
              }
              const byA = wrote(va, unit.key, id);
              const byB = wrote(vb, unit.key, id);
              const valueA = readUnit(ra, unit);
              const valueB = readUnit(rb, unit);
              if (byA && byB && !sameUnitValue(unit, valueA, valueB) && !unit.isOrder) {
                expected.push(`${kind}/${id}/${unit.key}`);
              } else if (byA && !byB) {
                expect(readUnit(rr, unit)).toEqual(valueA);
              } else if (byB && !byA) {
                expect(readUnit(rr, unit)).toEqual(valueB);
              }
            }
          }
        }
        expect(conflictKeys(plan)).toEqual(expected.sort());
      }),
      params,
    );
  });

  it('tombstones: no deleted record comes back without a listed conflict, however files travel', () => {
    const arbStep = fc.oneof(
      fc.record({ laptop: fc.nat(2), edit: arbMergeEdit }),
      fc.record({ from: fc.nat(2), to: fc.nat(2) }),
    );
    fc.assert(
      fc.property(arbBase, fc.array(arbStep, { maxLength: 30 }), (base, steps) => {
        const laptops = fork(base, ['A', 'B', 'C']);
        const w = base.workshop.id;
        for (const step of steps) {
          if ('edit' in step) {
            laptops[step.laptop]?.edit(step.edit);
            continue;
          }
          if (step.from === step.to) continue;
          const file = viaFile(laptops[step.from]!.replica.replicaDocument(w));
          const here = laptops[step.to]!.replica.replicaDocument(w);
          const plan = planMerge(here, file);
          const { result } = resolveMerge(plan, laterWins(plan));
          for (const tombstone of here.tombstones) {
            if (!result.versions.has(tombstone.id)) continue;
            const isListed = plan.conflicts.some((c) => c.id === tombstone.id);
            // Or the other copy was restored after it had seen this very deletion (an undo).
            const fileVersion = file.versions.get(tombstone.id);
            const sawDeletion =
              fileVersion !== undefined && hasSeen(fileVersion.seen, tombstone.deleted);
            expect(isListed || sawDeletion).toBe(true);
          }
          laptops[step.to]!.replica.merge(file, laterWins);
        }
      }),
      params,
    );
  });

  it('validity: every merged result is a file Scalepath reads back as it was', () => {
    fc.assert(
      fc.property(arbBase, arbEdits, arbEdits, fc.boolean(), (base, editsA, editsB, takeFile) => {
        const [a, b] = fork(base, ['A', 'B']) as [EditingReplica, EditingReplica];
        play(a, editsA);
        play(b, editsB);
        const w = base.workshop.id;
        const plan = planMerge(a.replica.replicaDocument(w), b.replica.replicaDocument(w));
        const choices = new Map<string, Side>();
        for (const c of plan.conflicts) {
          choices.set(c.key, takeFile ? 'file' : 'here');
          for (const f of c.fields) choices.set(f.key, takeFile ? 'file' : 'here');
        }
        const { result } = resolveMerge(plan, choices);
        const text = serializeWorkshopFile(result, {
          appVersion: 'test',
          exportedAt: '2026-06-01T12:00:00.000Z',
          replica: { id: 'A', name: 'Laptop A' },
        });
        const read = parseWorkshopFile(text);
        expect(read.ok ? null : read.error.message).toBeNull();
        if (read.ok) expect(comparable(read)).toEqual(comparable(result));
      }),
      params,
    );
  });
});
