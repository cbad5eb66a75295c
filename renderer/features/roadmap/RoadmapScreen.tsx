import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { suggestSequence } from '../../../shared/roadmap/sequence.ts';
import { EDITS } from '../../app/edits.ts';
import { keepOverlayComposited } from '../../components/compositedOverlay.ts';
import type { SequenceSuggestion } from '../../../shared/roadmap/sequence.ts';
import { CandidateFormDialog } from '../candidates/CandidateFormDialog.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import { ColumnDropZone, PhaseColumn } from './PhaseColumn.tsx';
import { PhaseDialog } from './PhaseDialog.tsx';
import { phaseControlId } from './PhaseHeader.tsx';
import { DragSource } from './DragSource.tsx';
import { CardFace, DRAG_INSTRUCTIONS_ID, focusCard } from './RoadmapCard.tsx';
import { phaseIdOfKey, relationsOf } from './roadmapView.ts';
import type { Relation } from './roadmapView.ts';
import { SelectionPanel } from './SelectionPanel.tsx';
import type { Related } from './SelectionPanel.tsx';
import { SuggestDialog } from './SuggestDialog.tsx';
import { usePendingDoc } from './usePendingDoc.ts';
import { MEASURING, useRoadmapDnd } from './useRoadmapDnd.ts';
import { columnOf } from './dndMath.ts';
import type { Slot } from './dndMath.ts';
import { ADD_PHASE_ID, focusById, usePhaseActions } from './usePhaseActions.ts';
import { useSessionStore } from '../../state/store.ts';
import { useRoadmapViews } from './useRoadmapViews.ts';
import './roadmap.css';

type OpenDialog =
  | { kind: 'phase'; phaseId: string }
  | { kind: 'candidate'; id: string }
  | { kind: 'suggest'; doc: WorkshopDocument; suggestion: SequenceSuggestion }
  | null;

const NO_RELATIONS: ReadonlyMap<string, Relation> = new Map();

/**
 * The roadmap of a workshop: the backlog and the phases as columns, cards dragged between and
 * within them by mouse or keyboard, the checks live beside them, and "Suggest a sequence". Every
 * edit is written at once, as one undo step.
 */
export function RoadmapScreen({ doc }: { doc: WorkshopDocument }) {
  const { shown, write, current } = usePendingDoc(doc);
  const { issues, index, views, heads, items } = useRoadmapViews(shown);
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const selectedView = selected === null ? null : (views.get(selected) ?? null);

  // Handlers read names from refs, so that their identity (and the memoised columns) stays put.
  const namesRef = useRef({ heads, views });
  useLayoutEffect(() => {
    namesRef.current = { heads, views };
  }, [heads, views]);
  const columnName = useCallback(
    (key: string) => namesRef.current.heads.find((h) => h.key === key)?.name ?? 'the roadmap',
    [],
  );
  const cardTitle = useCallback((id: string) => namesRef.current.views.get(id)?.title ?? '', []);

  const onMove = useCallback(
    (candidateId: string, to: Slot) => {
      const phaseId = phaseIdOfKey(to.key);
      const where = phaseId === null ? 'the backlog' : columnName(to.key);
      void write(EDITS.moveCard, {
        candidateId,
        phaseId,
        index: to.index,
        title: cardTitle(candidateId),
        where,
      });
    },
    [write, columnName, cardTitle],
  );

  const dnd = useRoadmapDnd({ items, columnName, cardTitle, onMove });
  const shownItems = dnd.dragItems ?? items;
  const relations = useMemo(
    () => (selectedView === null ? NO_RELATIONS : relationsOf(selectedView.id, index)),
    [selectedView, index],
  );

  const editPhaseDialog = useCallback(
    (phaseId: string) => setDialog({ kind: 'phase', phaseId }),
    [],
  );
  const phases = usePhaseActions(write, current, editPhaseDialog);

  const onSuggest = () => {
    const d = current();
    setDialog({ kind: 'suggest', doc: d, suggestion: suggestSequence(d) });
  };

  const showCard = useCallback((id: string) => {
    setSelected(id);
    focusCard(id);
  }, []);
  const openCandidate = useCallback((id: string) => setDialog({ kind: 'candidate', id }), []);

  const columnOfCard = useMemo(() => {
    const map = new Map<string, string>();
    for (const head of heads) for (const id of shownItems[head.key] ?? []) map.set(id, head.name);
    return map;
  }, [heads, shownItems]);
  const related = (ids: readonly string[] | null | undefined): Related[] =>
    (ids ?? []).map((id) => ({
      id,
      title: views.get(id)?.title ?? '',
      column: columnOfCard.get(id) ?? 'Backlog',
    }));

  const scheduled = shown.candidates.length - (shownItems[heads[0]?.key ?? ''] ?? []).length;
  const phaseCount = heads.length - 1;
  const dialogPhase =
    dialog?.kind === 'phase' ? shown.phases.find((p) => p.id === dialog.phaseId) : undefined;
  const dialogCandidate =
    dialog?.kind === 'candidate' ? doc.candidates.find((c) => c.id === dialog.id) : undefined;
  const activeView = dnd.activeId === null ? undefined : views.get(dnd.activeId);
  const sourceKey = dnd.activeId === null ? undefined : columnOf(shownItems, dnd.activeId);

  return (
    <section className="roadmap-screen fills-window" aria-labelledby="roadmap-heading">
      <div className="rm-toolbar">
        <h2 id="roadmap-heading">Roadmap</h2>
        <p className="rm-summary">
          {scheduled} of {shown.candidates.length} candidates scheduled in {phaseCount}{' '}
          {phaseCount === 1 ? 'phase' : 'phases'}
        </p>
        <button type="button" id={ADD_PHASE_ID} onClick={phases.add}>
          + Add phase
        </button>
        <button
          type="button"
          className="primary"
          onClick={onSuggest}
          disabled={shown.candidates.length === 0}
        >
          Suggest a sequence
        </button>
      </div>
      <div className="rm-layout">
        <div className="rm-board" role="group" aria-label="Backlog and phases">
          {heads.map((head, k) => (
            <PhaseColumn
              key={head.key}
              head={head}
              items={shownItems[head.key] ?? []}
              views={views}
              relations={relations}
              selectedTitle={selectedView?.title ?? ''}
              isOver={head.key === dnd.overKey}
              dragSourceId={dnd.activeId !== null && head.key === sourceKey ? dnd.activeId : null}
              shifts={dnd.shifts?.key === head.key ? dnd.shifts.byId : null}
              isFirst={k === 1}
              isLast={k === heads.length - 1}
              actions={phases.actions}
              onSelect={setSelected}
              onOpen={openCandidate}
            />
          ))}
        </div>
        <DndContext
          // dnd-kit names its hidden instructions by this id; every card points to them.
          id={DRAG_INSTRUCTIONS_ID}
          sensors={dnd.sensors}
          collisionDetection={dnd.collisionDetection}
          measuring={MEASURING}
          accessibility={dnd.accessibility}
          onDragStart={dnd.onDragStart}
          onDragMove={dnd.onDragMove}
          onDragOver={dnd.onDragOver}
          onDragEnd={dnd.onDragEnd}
          onDragCancel={dnd.onDragCancel}
        >
          <DragSource />
          {heads.map((head) => (
            <ColumnDropZone key={head.key} columnKey={head.key} />
          ))}
          <DragOverlay zIndex={40} className="rm-overlay">
            {activeView ? (
              <div
                ref={keepOverlayComposited}
                className={`rm-card rm-q-${activeView.quadrant ?? 'none'} is-overlay`}
              >
                <CardFace view={activeView} relation={null} />
              </div>
            ) : null}
          </DragOverlay>
        </DndContext>
        <aside className="rm-side" aria-label="Selected card and checks">
          <SelectionPanel
            view={selectedView}
            column={selectedView === null ? '' : (columnOfCard.get(selectedView.id) ?? 'Backlog')}
            dependsOn={related(selectedView && index.dependsOn.get(selectedView.id))}
            neededBy={related(selectedView && index.neededBy.get(selectedView.id))}
            onShow={showCard}
            onEdit={openCandidate}
            onClear={() => setSelected(null)}
          />
          <ChecksPanel workshopId={doc.workshop.id} issues={issues} onShow={showCard} />
        </aside>
      </div>
      {dialogPhase && (
        <PhaseDialog
          phase={dialogPhase}
          onClose={() => {
            focusById(phaseControlId(dialogPhase.id, 'edit'));
            setDialog(null);
          }}
          onSave={(opened, fields) => {
            // Only what the user changed since the dialog opened is written.
            void write(EDITS.editPhase, { opened, fields });
            focusById(phaseControlId(dialogPhase.id, 'edit'));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'suggest' && (
        <SuggestDialog
          doc={dialog.doc}
          suggestion={dialog.suggestion}
          onDiscard={() => setDialog(null)}
          onAccept={() => {
            void write(EDITS.acceptSequence, { suggestion: dialog.suggestion }).then((isDone) => {
              if (!isDone) return;
              useSessionStore.getState().askWhy({
                workshopId: doc.workshop.id,
                what: 'Accepted the suggested sequence',
                candidateIds: [],
              });
            });
            setDialog(null);
          }}
        />
      )}
      {dialogCandidate && (
        <CandidateFormDialog
          doc={doc}
          candidate={dialogCandidate}
          onClose={() => {
            focusCard(dialogCandidate.id);
            setDialog(null);
          }}
        />
      )}
    </section>
  );
}
