import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { deckContext } from '../../../shared/deck/context.ts';
import { isoDay } from '../../../shared/deck/identity.ts';
import { DECK_SECTIONS } from '../../../shared/deck/sections/index.ts';
import { platform } from '../../platform/index.ts';
import { useSessionStore } from '../../state/store.ts';
import type { DeckBuild, DeckBuilder } from './deckBuilder.ts';
import { createDeckBuilder } from './deckBuilder.ts';
import './deck.css';

/** Wait this long after the last change before counting pages again (a build takes a moment). */
const COUNT_DELAY_MS = 300;

interface Preview {
  doc: WorkshopDocument;
  sectionsKey: string;
  since: string | null;
  build: DeckBuild;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The Deck screen: choose the sections, see how many pages the deck has, export it as a PDF
 * through the Platform API (a save dialog on the desktop, a download in the browser). The deck is
 * built in a worker, so the screen stays responsive however large the workshop.
 */
export function DeckScreen({ doc }: { doc: WorkshopDocument }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(DECK_SECTIONS.map((s) => s.id)),
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const [countError, setCountError] = useState<string | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  // The snapshot "Changes since" compares with; null: the latest one.
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const since = doc.snapshots.some((s) => s.id === snapshotId) ? snapshotId : null;
  const builderRef = useRef<DeckBuilder | null>(null);

  const ctx = useMemo(() => deckContext(doc, isoDay(new Date()), since ?? undefined), [doc, since]);
  const available = DECK_SECTIONS.filter((s) => s.hasData(ctx));
  const included = available.filter((s) => chosen.has(s.id)).map((s) => s.id);
  const sectionsKey = included.join(',');
  const isCurrent =
    preview !== null &&
    preview.doc === doc &&
    preview.sectionsKey === sectionsKey &&
    preview.since === since;

  useEffect(() => {
    const builder = createDeckBuilder();
    builderRef.current = builder;
    return () => {
      builder.dispose();
      if (builderRef.current === builder) builderRef.current = null;
    };
  }, []);

  // Count the pages by building the deck (in the worker) once the choice has settled.
  useEffect(() => {
    if (sectionsKey === '') return undefined;
    let isLatest = true;
    const timer = setTimeout(() => {
      const builder = builderRef.current;
      if (builder === null) return;
      builder.build(doc, sectionsKey.split(','), new Date(), since).then(
        (build) => {
          if (!isLatest) return;
          setPreview({ doc, sectionsKey, since, build });
          setCountError(null);
        },
        (error: unknown) => {
          if (isLatest) setCountError(error instanceof Error ? error.message : String(error));
        },
      );
    }, COUNT_DELAY_MS);
    return () => {
      isLatest = false;
      clearTimeout(timer);
    };
  }, [doc, sectionsKey, since]);

  // File > Export deck… asks for it through the action: export once the builder is there.
  const pendingRequest = useSessionStore((s) => s.pendingRequest);
  const exportRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    if (pendingRequest === 'export-deck' && useSessionStore.getState().takeRequest('export-deck'))
      void exportRef.current();
  }, [pendingRequest]);

  const toggle = (id: string, isOn: boolean) => {
    setChosen((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const exportDeck = async () => {
    const builder = builderRef.current;
    if (builder === null || sectionsKey === '') return;
    const { setFileError, showNotice } = useSessionStore.getState();
    setIsExporting(true);
    try {
      const build = isCurrent
        ? preview.build
        : await builder.build(doc, sectionsKey.split(','), new Date(), since);
      const isSaved = await platform.savePdf(doc.workshop.title, build.bytes);
      if (isSaved) {
        setFileError(null);
        showNotice({
          message: `Exported the deck of “${doc.workshop.title}” (${plural(build.pageCount, 'page', 'pages')}).`,
        });
      }
    } catch (error) {
      setFileError(
        `The deck was not saved: ${error instanceof Error ? error.message : String(error)}. Choose another folder and try again.`,
      );
    } finally {
      setIsExporting(false);
    }
  };
  useEffect(() => {
    exportRef.current = exportDeck;
  });

  const pagesOf = new Map(
    (isCurrent ? preview.build.sections : []).map((s) => [s.id, s.pageCount]),
  );
  const status =
    sectionsKey === ''
      ? 'Choose at least one section.'
      : countError !== null
        ? `The pages could not be counted: ${countError}`
        : isCurrent
          ? `The deck has ${plural(preview.build.pageCount, 'page', 'pages')}.`
          : 'Counting pages…';

  return (
    <section aria-labelledby="deck-heading" className="deck">
      <h2 id="deck-heading">PDF deck</h2>
      <p className="hint deck-intro">
        A 16:9 deck for leaders, readable on a projector, a laptop or a phone: vector charts,
        selectable text, bookmarks and page numbers. Sections without data are left out.
      </p>
      <fieldset>
        <legend>Sections</legend>
        <ul className="deck-sections">
          {DECK_SECTIONS.map((s) => {
            const hasData = s.hasData(ctx);
            const pages = pagesOf.get(s.id);
            const hintId = `deck-section-${s.id}-hint`;
            return (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={hasData && chosen.has(s.id)}
                    disabled={!hasData}
                    aria-describedby={hintId}
                    onChange={(event) => toggle(s.id, event.target.checked)}
                  />
                  <span className="deck-section-title">{s.title}</span>
                  {pages !== undefined && (
                    <span className="deck-section-pages">{plural(pages, 'page', 'pages')}</span>
                  )}
                </label>
                <p id={hintId} className="hint">
                  {hasData ? s.description : 'Nothing to show yet.'}
                </p>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {doc.snapshots.length > 1 && (
        <label className="deck-since">
          Changes since the snapshot{' '}
          <select
            value={since ?? ''}
            onChange={(event) =>
              setSnapshotId(event.target.value === '' ? null : event.target.value)
            }
          >
            <option value="">The latest</option>
            {[...doc.snapshots]
              .sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
      )}
      <div className="deck-actions">
        <p role="status" className="deck-status">
          {status}
        </p>
        <button
          type="button"
          className="primary"
          disabled={sectionsKey === '' || isExporting}
          onClick={() => void exportDeck()}
        >
          {isExporting ? 'Exporting…' : 'Export PDF'}
        </button>
      </div>
    </section>
  );
}
