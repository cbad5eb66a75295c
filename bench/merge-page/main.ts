/**
 * The page of the merge benchmark (bench/merge.bench.ts): the app's own repository over the
 * browser's IndexedDB, on an on-disk profile. `runMergeBench` stores the copy "here", plans the
 * merge of the file and applies it as the app does: one change, one transaction.
 */
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository } from '../../renderer/db/repository.ts';
import { importDocument } from '../../shared/domain/workshop-edits.ts';
import { parseWorkshopFile } from '../../shared/file/format.ts';
import { planMerge, resolveMerge } from '../../shared/merge/merge.ts';

interface MergeBenchResult {
  pureMs: number;
  applyMs: number;
  writes: number;
  conflicts: number;
  mergedTitles: number;
}

async function runMergeBench(
  hereText: string,
  fileText: string,
  run: number,
): Promise<MergeBenchResult> {
  const here = parseWorkshopFile(hereText);
  const file = parseWorkshopFile(fileText);
  if (!here.ok || !file.ok) throw new Error('a bench file was refused');
  const repo = createRepository(new ScalepathDatabase(`merge-bench-${run}`));
  await repo.applyChange(importDocument(here));
  const local = await repo.loadReplicaDocument(here.doc.workshop.id);
  if (!local) throw new Error('the copy here was not stored');
  const t0 = performance.now();
  const plan = planMerge(local, file);
  const { writes } = resolveMerge(plan);
  const t1 = performance.now();
  await repo.applyChange({ exact: writes, expect: { clock: local.clock } });
  const t2 = performance.now();
  const after = await repo.loadDocument(here.doc.workshop.id);
  return {
    pureMs: t1 - t0,
    applyMs: t2 - t1,
    writes: writes.length,
    conflicts: plan.conflicts.length,
    mergedTitles: after?.candidates.length ?? 0,
  };
}

(window as unknown as { runMergeBench: typeof runMergeBench }).runMergeBench = runMergeBench;
