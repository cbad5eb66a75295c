import { EDITS, runEdit } from '../../app/edits.ts';
import { DndContext } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { quadrantAt } from '../../../shared/domain/matrix-geometry.ts';
import type { Point } from '../../../shared/domain/matrix-geometry.ts';
import { scoredSpot } from '../../../shared/domain/matrix.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import { CandidateFormDialog } from '../candidates/CandidateFormDialog.tsx';
import type { DropOutcome, Landing } from './announcements.ts';
import type { CardActions } from './CardPopover.tsx';
import type { MatrixCardView } from './cardView.ts';
import { cardOffsets, isDenseView, NO_OFFSETS } from './cardLayout.ts';
import type { Size } from './cardLayout.ts';
import { SCREEN_READER_INSTRUCTIONS } from './announcements.ts';
import { DragPreview } from './DragPreview.tsx';
import { DragSource } from './DragSource.tsx';
import { Filters } from './Filters.tsx';
import { NO_FILTERS } from './filters.ts';
import { KeepPlacementDialog } from './KeepPlacementDialog.tsx';
import { Legend } from './Legend.tsx';
import { MatrixCanvas, PlotCards } from './MatrixCanvas.tsx';
import { DIMMED_WORDS_ID, INSTRUCTIONS_ID, MISMATCH_WORDS_ID } from './MatrixCard.tsx';
import { DIMMED_WORDS, MISMATCH_WORDS } from './CardFace.tsx';
import { focusCard } from './matrixUi.ts';
import { Tray, TrayCards } from './Tray.tsx';
import { WhyPrompt } from '../room/WhyPrompt.tsx';
import { useCardViews } from './useCardViews.ts';
import { useMatrixDnd } from './useMatrixDnd.ts';
import type { Drop } from './useMatrixDnd.ts';
import { usePlacements } from './usePlacements.ts';
import './matrix.css';

const UNCHANGED: Drop = { outcome: { kind: 'unchanged' }, drawn: Promise.resolve() };

type OpenDialog = { kind: 'edit' | 'keep'; id: string } | null;

/**
 * The value/feasibility matrix of a workshop: cards placed by the room or standing at their
 * scored spot, the tray of cards with neither, filters, and drag and drop by mouse, touch and
 * keyboard. Every move is written at once, as one undo step.
 */
export function MatrixScreen({ doc }: { doc: WorkshopDocument }) {
  const workshopId = doc.workshop.id;
  const [filters, setFilters] = useState(NO_FILTERS);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { pending, writePlacement } = usePlacements(doc);
  const views = useCardViews(doc, pending, filters);
  const viewsById = useMemo(() => new Map(views.map((v) => [v.id, v])), [views]);
  const placed = useMemo(() => views.filter((v) => v.x !== null), [views]);
  const tray = useMemo(() => views.filter((v) => v.x === null), [views]);
  const [plotSize, setPlotSize] = useState<Size | null>(null);
  // The resize observer also reports the size it starts with: the same size keeps its object, so
  // that the nudges of 5,000 dots are not worked out and painted twice on opening.
  const onPlotResize = useCallback(
    (size: Size) =>
      setPlotSize((last) =>
        last?.width === size.width && last.height === size.height ? last : size,
      ),
    [],
  );
  const [plotHost, setPlotHost] = useState<HTMLUListElement | null>(null);
  const [trayHost, setTrayHost] = useState<HTMLUListElement | null>(null);
  const isDense = useMemo(
    () => plotSize !== null && isDenseView(placed, plotSize),
    [placed, plotSize],
  );
  const offsets = useMemo(
    () => (plotSize ? cardOffsets(placed, plotSize, isDense) : NO_OFFSETS),
    [placed, plotSize, isDense],
  );
  const departments = useMemo(
    () => [...new Set(doc.candidates.map((c) => c.department.trim()).filter(Boolean))].sort(),
    [doc.candidates],
  );

  // Drag handlers and card buttons run after render: they read the latest data from refs, so
  // their own identity never changes and the memoised cards never re-render for them.
  const docRef = useRef(doc);
  const viewsRef = useRef<ReadonlyMap<string, MatrixCardView>>(viewsById);
  const settingsRef = useRef<WorkshopSettings>(doc.workshop.settings);
  const offsetsRef = useRef<ReadonlyMap<string, Point>>(offsets);
  useLayoutEffect(() => {
    docRef.current = doc;
    viewsRef.current = viewsById;
    settingsRef.current = doc.workshop.settings;
    offsetsRef.current = offsets;
  }, [doc, viewsById, offsets]);

  const find = useCallback((id: string): [Candidate, MatrixCardView] | null => {
    const candidate = docRef.current.candidates.find((c) => c.id === id);
    const view = viewsRef.current.get(id);
    return candidate && view ? [candidate, view] : null;
  }, []);

  /**
   * Clears a placement: a scored card goes back to its scored spot, another to the tray. Returns
   * what it did, for the announcement, and when it is drawn (usePlacements).
   */
  const clearPlacement = useCallback(
    (candidate: Candidate, view: MatrixCardView): Drop => {
      const spot = scoredSpot(candidate, docRef.current.workshop.settings);
      const drawn = writePlacement(candidate, null, spot !== null);
      // Between the matrix and the tray a card changes lists, and its button is a new element.
      if (!spot || view.x === null) void drawn.then(() => focusCard(candidate.id));
      const outcome: DropOutcome = spot
        ? { kind: 'to-scores', quadrant: quadrantAt(spot, docRef.current.workshop.settings) }
        : { kind: 'to-tray' };
      return { outcome, drawn };
    },
    [writePlacement],
  );

  const onDrop = useCallback(
    (id: string, landing: Landing): Drop => {
      const found = find(id);
      if (!found || landing.kind === 'outside') return UNCHANGED;
      const [candidate, view] = found;
      if (landing.kind === 'tray') {
        return view.isPlaced ? clearPlacement(candidate, view) : UNCHANGED;
      }
      const { placement, quadrant } = landing;
      if (view.isPlaced && view.x === placement.x && view.y === placement.y) {
        return UNCHANGED;
      }
      const drawn = writePlacement(candidate, placement);
      if (view.x === null) void drawn.then(() => focusCard(id));
      return { outcome: { kind: 'placed', placement, quadrant }, drawn };
    },
    [find, clearPlacement, writePlacement],
  );

  const actions = useMemo<CardActions>(
    () => ({
      open: (id) => setDialog({ kind: 'edit', id }),
      keep: (id) => setDialog({ kind: 'keep', id }),
      snap: (id) => {
        const found = find(id);
        if (found) clearPlacement(...found);
        focusCard(id);
      },
      toTray: (id) => {
        const found = find(id);
        if (found) clearPlacement(...found);
      },
    }),
    [find, clearPlacement],
  );

  const dnd = useMatrixDnd({
    views: viewsRef,
    settings: settingsRef,
    offsets: offsetsRef,
    onDrop,
  });
  const dialogCandidate = dialog ? doc.candidates.find((c) => c.id === dialog.id) : undefined;
  const closeDialog = () => {
    if (dialog) focusCard(dialog.id);
    setDialog(null);
  };

  return (
    <section className="matrix-screen fills-window" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading" className="visually-hidden">
        Value and feasibility matrix
      </h2>
      <Filters
        filters={filters}
        departments={departments}
        matchCount={views.filter((v) => !v.isDimmed).length}
        total={views.length}
        onChange={setFilters}
      />
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={dnd.collisionDetection}
        accessibility={dnd.accessibility}
        onDragStart={dnd.onDragStart}
        cancelDrop={dnd.cancelDrop}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
        // The screen fits the window; scrolling it during a drag would only cost frames.
        autoScroll={false}
      >
        <div className="matrix-layout">
          <MatrixCanvas
            views={placed}
            isDense={isDense}
            offsets={offsets}
            plotSize={plotSize}
            onResize={onPlotResize}
            cardsHost={setPlotHost}
            thresholds={doc.workshop.settings.thresholds}
          />
          <div className="matrix-side">
            <Tray count={tray.length} cardsHost={setTrayHost} />
            <Legend denseViews={isDense ? placed : null} />
            <WhyPrompt workshopId={workshopId} isInline />
          </div>
        </div>
        <DragSource />
        <DragPreview viewsById={viewsById} isDense={isDense} />
      </DndContext>
      {/* Outside the DndContext, so that drags never walk them (PlotCards). Until the plot is
          measured, before the first paint, it is not known whether to draw cards or dots. */}
      {plotHost &&
        plotSize &&
        createPortal(
          <PlotCards views={placed} isDense={isDense} offsets={offsets} actions={actions} />,
          plotHost,
        )}
      {trayHost && createPortal(<TrayCards views={tray} actions={actions} />, trayHost)}
      <p id={INSTRUCTIONS_ID} className="visually-hidden">
        {SCREEN_READER_INSTRUCTIONS}
      </p>
      <p id={DIMMED_WORDS_ID} className="visually-hidden">
        {DIMMED_WORDS}
      </p>
      {isDense && (
        <p id={MISMATCH_WORDS_ID} className="visually-hidden">
          {MISMATCH_WORDS}
        </p>
      )}
      {dialog?.kind === 'edit' && dialogCandidate && (
        <CandidateFormDialog doc={doc} candidate={dialogCandidate} onClose={closeDialog} />
      )}
      {dialog?.kind === 'keep' && dialogCandidate && (
        <KeepPlacementDialog
          title={dialogCandidate.title}
          onClose={closeDialog}
          onKeep={(reason) => {
            void runEdit(
              EDITS.keepPlacement,
              { candidate: dialogCandidate, reason, settings: doc.workshop.settings },
              workshopId,
            );
            closeDialog();
          }}
        />
      )}
    </section>
  );
}
