// @vitest-environment jsdom
/**
 * Export writes only files that import reads back: a workshop whose file would be over the 20 MB
 * import limit (counted in UTF-8 bytes, as import counts) is not saved, and the user is told why
 * and what to do. Over the real repository on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { parseWorkshopFile } from '../../shared/file/format.ts';
import { ScalepathDatabase } from '../../renderer/db/database.ts';
import { createRepository, setRepository } from '../../renderer/db/repository.ts';
import { useSessionStore } from '../../renderer/state/store.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import type * as FilesModule from '../../renderer/features/files/files.ts';
import type * as PlatformModule from '../../renderer/platform/index.ts';
import type * as PerformModule from '../../renderer/state/perform.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');
// Imported once the app version is stubbed: the platform module reads it when it loads.
let files: typeof FilesModule;
let platform: typeof PlatformModule.platform;
let perform: typeof PerformModule;

beforeAll(async () => {
  files = await import('../../renderer/features/files/files.ts');
  platform = (await import('../../renderer/platform/index.ts')).platform;
  perform = await import('../../renderer/state/perform.ts');
});

let dbNumber = 0;

beforeEach(() => {
  setRepository(createRepository(new ScalepathDatabase(`export-${++dbNumber}`)));
  useSessionStore.setState({ fileError: null, writeErrors: [], histories: {}, notice: null });
  vi.restoreAllMocks();
});

async function store(doc: WorkshopDocument): Promise<void> {
  expect(await perform.perform('Create', createDocument(doc), perform.LIBRARY_SCOPE)).toBe(true);
}

function spyOnSave() {
  return vi.spyOn(platform, 'saveWorkshopFile').mockResolvedValue(true);
}

describe('exportWorkshopFile', () => {
  it('saves a workshop file that reads back as the same workshop', async () => {
    const doc = aDocument({ workshop: { title: 'Kick-off' }, candidates: [{}] }, testEnv());
    await store(doc);
    const save = spyOnSave();
    await files.exportWorkshopFile(doc.workshop.id);
    expect(save).toHaveBeenCalledTimes(1);
    const [title, text] = save.mock.calls[0] ?? [];
    expect(title).toBe('Kick-off');
    const read = parseWorkshopFile(text ?? '');
    expect(read.ok && read.doc.candidates.length).toBe(1);
    expect(useSessionStore.getState().notice?.message).toBe('Exported “Kick-off”.');
  });

  it('does not write a file over 20 MB, which no laptop could import, and says what to do', async () => {
    // 3 bytes each in UTF-8: about 45 KB a candidate, about 22 MB for 480, in 7 million characters.
    const doc = aDocument(
      {
        workshop: { title: 'Everything we ever thought of' },
        candidates: Array.from({ length: 480 }, (_, i) => ({
          title: `Idea ${i + 1}`,
          description: '中'.repeat(5_000),
          notes: '中'.repeat(10_000),
        })),
      },
      testEnv(),
    );
    await store(doc);
    const save = spyOnSave();
    await files.exportWorkshopFile(doc.workshop.id);
    expect(save).not.toHaveBeenCalled();
    expect(useSessionStore.getState().fileError).toMatch(
      /^“Everything we ever thought of” was not exported: This workshop would make a file of 2\d\.\d MB, and Scalepath opens workshop files of at most 20 MB, so no laptop could open it\. Remove candidates you no longer need, or shorten long descriptions and notes, then export again\.$/,
    );
  }, 60_000);
});
