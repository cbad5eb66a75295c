// @vitest-environment jsdom
/**
 * The import and merge flow as the renderer runs it (features/files), over the real repository on
 * fake-indexeddb. Every way a file arrives — the home screen's import, and on the desktop a
 * double-click, argv, a second instance or File > Open (all handed to `importWorkshopFile` by
 * App's `platform.onFileOpened`) — goes through `importWorkshopFile`, tested here.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { patchChange } from '../../shared/domain/change.ts';
import { createdReplica } from '../../shared/domain/document.ts';
import type { ReplicaDocument } from '../../shared/domain/document.ts';
import { serializeWorkshopFile } from '../../shared/file/format.ts';
import { MAX_FILE_BYTES } from '../../shared/file/precheck.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import type { Repository } from '../../renderer/db/repository.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { faultyDatabase } from '../fixtures/faulty-database.ts';
import { largeWorkshopFile } from '../fixtures/large-workshop.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';
import type * as FilesModule from '../../renderer/features/files/files.ts';
import type * as FlowModule from '../../renderer/features/files/importFlow.ts';
import type * as PerformModule from '../../renderer/state/perform.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
// Imported once the app version is stubbed: the platform module reads it when it loads.
let files: typeof FilesModule;
let flow: typeof FlowModule;
let perform: typeof PerformModule;

beforeAll(async () => {
  files = await import('../../renderer/features/files/files.ts');
  flow = await import('../../renderer/features/files/importFlow.ts');
  perform = await import('../../renderer/state/perform.ts');
});

const META = {
  appVersion: '0.1.0',
  exportedAt: '2026-11-30T09:00:00.000Z',
  replica: { id: 'rother', name: 'Client’s laptop' },
};

function startingReplica(): ReplicaDocument {
  const doc = aDocument(
    {
      workshop: { id: 'w-flow', title: 'Flow' },
      candidates: [
        { id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 3 } },
        { id: 'c2', title: 'Fraud detection' },
      ],
    },
    testEnv(),
  );
  return createdReplica(doc, ['rorigin', 1]);
}

let dbNumber = 0;
let db: ScalepathDatabase;
let repo: Repository;

/** Everything stored, in a fixed order, as one text: equal hashes, equal databases. */
async function databaseText(except: readonly string[]): Promise<string> {
  const tables = db.tables
    .map((t) => t.name)
    .filter((name) => !except.includes(name))
    .sort();
  const parts: string[] = [];
  for (const name of tables) {
    const rows = await db.table(name).toArray();
    parts.push(
      name,
      JSON.stringify(rows.sort((a, b) => (String(a.id ?? a.key) < String(b.id ?? b.key) ? -1 : 1))),
    );
  }
  return parts.join('\n');
}

/** A hash of the whole database, or of all but some tables. */
async function hash(except: readonly string[] = []): Promise<string> {
  const bytes = new TextEncoder().encode(await databaseText(except));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

beforeEach(() => {
  db = new ScalepathDatabase(`flow-${++dbNumber}`);
  repo = createRepository(db);
  setRepository(repo);
  useSessionStore.setState({
    importFlow: null,
    fileError: null,
    writeErrors: [],
    histories: {},
    notice: null,
  });
});

const file = (replica: ReplicaDocument, name = 'w.scalepath') => ({
  name,
  text: serializeWorkshopFile(replica, META),
});

describe('importWorkshopFile', () => {
  it('brings in a workshop that is not here as the same workshop: same ids, same versions', async () => {
    const start = startingReplica();
    expect(await files.importWorkshopFile(file(start))).toBe(true);
    const stored = await repo.loadReplicaDocument('w-flow');
    expect(stored?.doc.candidates.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(stored?.versions).toEqual(start.versions);
    expect(useSessionStore.getState().importFlow).toBeNull();
  });

  it('asks before anything is written when the workshop is here, and a merge is written only on Apply, as one undo step', async () => {
    const start = startingReplica();
    await files.importWorkshopFile(file(start));
    const other = new MemoryReplica('rother');
    other.importNew(start);
    other.apply(patchChange('candidates', { id: 'c1', set: { title: 'Customer chatbot' } }));
    const before = await hash();
    const beforeRecords = await hash(['meta']);

    await files.importWorkshopFile(file(other.replicaDocument('w-flow'), 'from-b.scalepath'));
    expect(useSessionStore.getState().importFlow).toMatchObject({
      stage: 'choose',
      localTitle: 'Flow',
    });
    await flow.startMerge();
    const merging = useSessionStore.getState().importFlow;
    expect(merging?.stage).toBe('merge');
    expect(await hash()).toBe(before);

    await flow.applyMerge(new Map());
    expect((await repo.loadDocument('w-flow'))?.candidates[0]?.title).toBe('Customer chatbot');
    expect(useSessionStore.getState().histories['w-flow']?.undo.at(-1)?.label).toBe(
      'merge of “from-b.scalepath”',
    );
    expect(useSessionStore.getState().notice?.action?.label).toBe('Export the merged file');
    // Undo puts back every record, version and tombstone as it was; only the write counter moved on.
    expect(await perform.undo('w-flow')).toBe(true);
    expect(await hash(['meta'])).toBe(beforeRecords);
  });

  it('plans again when the workshop changed while the merge was open, and writes the same choices if they still fit', async () => {
    const start = startingReplica();
    await files.importWorkshopFile(file(start));
    const other = new MemoryReplica('rother');
    other.importNew(start);
    other.apply(
      patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 5 } } }),
    );
    await perform.perform(
      'Score',
      patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 1 } } }),
      'w-flow',
    );
    await files.importWorkshopFile(file(other.replicaDocument('w-flow')));
    await flow.startMerge();
    // An edit of another candidate lands while the dialog is open.
    await perform.perform(
      'Rename',
      patchChange('candidates', { id: 'c2', set: { title: 'Fraud' } }),
      'w-flow',
    );
    await flow.applyMerge(new Map([['candidates/c1/valueScores.financialImpact', 'file']]));
    const stored = await repo.loadDocument('w-flow');
    expect(stored?.candidates.map((c) => [c.title, c.valueScores.financialImpact])).toEqual([
      ['Chatbot', 5],
      ['Fraud', null],
    ]);
  });

  it('shows the new plan, writing nothing, when the change made meanwhile changes what needs choosing', async () => {
    const start = startingReplica();
    await files.importWorkshopFile(file(start));
    const other = new MemoryReplica('rother');
    other.importNew(start);
    other.apply(patchChange('candidates', { id: 'c1', set: { notes: 'theirs' } }));
    await files.importWorkshopFile(file(other.replicaDocument('w-flow')));
    await flow.startMerge();
    expect(useSessionStore.getState().importFlow).toMatchObject({ stage: 'merge' });
    await perform.perform(
      'Notes',
      patchChange('candidates', { id: 'c1', set: { notes: 'mine' } }),
      'w-flow',
    );
    const before = await hash();
    await flow.applyMerge(new Map());
    expect(useSessionStore.getState().importFlow).toMatchObject({
      stage: 'merge',
      isRecomputed: true,
    });
    expect(await hash()).toBe(before);
  });

  it('refuses to merge a file that names records of another workshop here, and changes nothing', async () => {
    const start = startingReplica();
    await files.importWorkshopFile(file(start));
    const otherWorkshop = createdReplica(
      aDocument(
        {
          workshop: { id: 'w-other' },
          phases: [{ id: 'q1' }],
          candidates: [{ id: 'x1', title: 'Claims triage' }],
        },
        testEnv(),
      ),
      ['rother', 1],
    );
    await files.importWorkshopFile(file(otherWorkshop));
    const laptop = new MemoryReplica('rother');
    laptop.importNew(start);
    const forged = laptop.replicaDocument('w-flow');
    const x1 = otherWorkshop.doc.candidates[0];
    if (!x1) throw new Error('x1');
    const withStolenId: ReplicaDocument = {
      ...forged,
      doc: {
        ...forged.doc,
        candidates: [...forged.doc.candidates, { ...x1, workshopId: 'w-flow' }],
      },
      versions: new Map([...forged.versions, ['x1', otherWorkshop.versions.get('x1')!]]),
    };
    const before = await hash();
    await files.importWorkshopFile(file(withStolenId, 'forged.scalepath'));
    await flow.startMerge();
    expect(useSessionStore.getState().fileError).toMatch(/ids belong to another workshop/);
    expect(await hash()).toBe(before);
    expect((await repo.loadDocument('w-other'))?.candidates.map((c) => c.title)).toEqual([
      'Claims triage',
    ]);
  });

  it('atomicity: a refused file and a cancelled merge leave the database identical, by hash', async () => {
    const start = startingReplica();
    const other = new MemoryReplica('rother');
    other.importNew(start);
    other.apply(patchChange('candidates', { id: 'c2', set: { title: 'Theirs' } }));
    const text = file(other.replicaDocument('w-flow')).text;
    let refused = 0;
    let cancelled = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), async (at, junk) => {
        db = new ScalepathDatabase(`flow-${++dbNumber}`);
        repo = createRepository(db);
        setRepository(repo);
        await files.importWorkshopFile(file(start));
        useSessionStore.setState({ importFlow: null, fileError: null });
        const before = await hash();
        const broken = text.slice(0, at) + junk + text.slice(at + 1);
        await files.importWorkshopFile({ name: 'broken.scalepath', text: broken });
        const state = useSessionStore.getState();
        if (state.fileError !== null) refused += 1;
        else if (state.importFlow !== null) {
          // Still a sound file of this workshop: planned, then cancelled.
          if (state.importFlow.stage === 'choose') await flow.startMerge();
          flow.cancelImport();
          cancelled += 1;
        } else return; // A sound file of another workshop (its id was changed): imported.
        expect(await hash()).toBe(before);
        db.close();
      }),
      {
        numRuns: 60,
        // Random edits of a file rarely leave it sound: one that does (a letter of a title) and
        // one that does not (the opening brace) are always among the cases.
        examples: [
          [text.indexOf('Theirs') + 1, 'x'],
          [0, 'x'],
        ],
      },
    );
    // The law saw both kinds of file.
    expect(refused).toBeGreaterThan(0);
    expect(cancelled).toBeGreaterThan(0);
  });
});

describe('an import at the size limit', () => {
  it('10,000 candidates, the write of the candidates failing inside the import transaction: nothing is stored, and the user is told', async () => {
    const text = largeWorkshopFile(10_000);
    // The schema's limit of candidates fits the file size limit.
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);

    // The candidates table fails a write half-way through the import's, as a full disk would:
    // its fifth chunk of many rows, after 2,000 candidates have gone in.
    let chunks = 0;
    db = faultyDatabase(
      `flow-${++dbNumber}`,
      (table, req) =>
        table === 'candidates' && 'values' in req && req.values.length >= 100 && ++chunks === 5,
    );
    repo = createRepository(db);
    setRepository(repo);
    await files.importWorkshopFile(file(startingReplica()));
    const before = await hash();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await files.importWorkshopFile({ name: 'large.scalepath', text });
    await perform.afterPendingWrites();
    log.mockRestore();
    const state = useSessionStore.getState();
    expect([state.fileError ?? '', ...state.writeErrors.map((e) => e.message)].join(' ')).toMatch(
      /quota|space|could not be/i,
    );
    expect(await hash()).toBe(before);
    expect(await repo.hasAnyId(['w-large-10000', 'large0', 'large9999'])).toBe(false);
  }, 180_000);
});
