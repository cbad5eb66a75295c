import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import type { CellFocus } from '../../app/router.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import {
  GOVERNANCE_AREA_LABELS,
  GOVERNANCE_AREAS,
  GOVERNANCE_ITEM_INFO,
  GOVERNANCE_ITEMS,
  GOVERNANCE_STATE_LABELS,
  GOVERNANCE_STATE_MARKS,
} from '../../../shared/records/governance.ts';
import type { GovernanceItem, GovernanceState } from '../../../shared/records/governance.ts';
import { AREA_ITEMS, formatReadiness } from '../../../shared/scale/readiness.ts';
import type { HeatmapSort, PhaseFilter } from './heatmapView.ts';
import { heatmapRows, phaseOptions, STATE_KEYS } from './heatmapView.ts';
import './governance.css';

interface Position {
  row: number;
  col: number;
}

interface Active {
  candidateId: string | null;
  item: GovernanceItem;
}

function isGovernanceItem(item: string): item is GovernanceItem {
  return (GOVERNANCE_ITEMS as readonly string[]).includes(item);
}

function activeOf(focus: CellFocus | undefined): Active {
  return focus !== undefined && isGovernanceItem(focus.item)
    ? { candidateId: focus.candidateId, item: focus.item }
    : { candidateId: null, item: GOVERNANCE_ITEMS[0] };
}

/**
 * The Governance screen (issue 10): the readiness heatmap. Candidates down, the eleven checklist
 * items across, grouped by area; each cell shows its state by colour, symbol and word. It is one
 * keyboard grid: arrows move, 1-4 set the state (not started, in progress, done, n/a), and the
 * buttons above do the same for the selected cell. A warning on the roadmap opens it on its cell.
 */
export function GovernanceScreen({
  doc,
  focus,
}: {
  doc: WorkshopDocument;
  focus: CellFocus | undefined;
}) {
  const [filter, setFilter] = useState<PhaseFilter>('all');
  const [sort, setSort] = useState<HeatmapSort>('list');
  const rows = useMemo(() => heatmapRows(doc, filter, sort), [doc, filter, sort]);
  const options = useMemo(() => phaseOptions(doc), [doc]);
  // The grid's one tab stop, by candidate and item (a re-sort after an edit keeps it on its cell):
  // the cell a warning pointed at, else the first.
  const [active, setActive] = useState<Active>(() => activeOf(focus));
  const [shownFocus, setShownFocus] = useState(focus);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  // Counts the requests to move the keyboard focus to the active cell (a key, or a warning's link).
  const [focusRequests, setFocusRequests] = useState(focus === undefined ? 0 : 1);
  if (focus?.candidateId !== shownFocus?.candidateId || focus?.item !== shownFocus?.item) {
    setShownFocus(focus);
    if (focus !== undefined) {
      setActive(activeOf(focus));
      setFocusRequests((n) => n + 1);
    }
  }

  const found = rows.findIndex((r) => r.candidate.id === active.candidateId);
  const row = found === -1 ? 0 : found;
  const col = GOVERNANCE_ITEMS.indexOf(active.item);
  const selected = rows[row];
  const selectedItem = active.item;

  const activeKey = selected === undefined ? null : `${selected.candidate.id}/${selectedItem}`;
  useEffect(() => {
    if (focusRequests === 0 || activeKey === null) return;
    const cell = cells.current.get(activeKey);
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Only on a request: an edit that re-sorts the rows must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequests]);

  function moveTo(next: Position) {
    const target = rows[Math.max(0, Math.min(rows.length - 1, next.row))];
    const item = GOVERNANCE_ITEMS[Math.max(0, Math.min(GOVERNANCE_ITEMS.length - 1, next.col))];
    if (target === undefined || item === undefined) return;
    setActive({ candidateId: target.candidate.id, item });
    setFocusRequests((n) => n + 1);
  }

  function setState(state: GovernanceState) {
    if (selected === undefined) return;
    void runEdit(
      EDITS.setGovernance,
      { candidate: selected.candidate, item: selectedItem, state },
      doc.workshop.id,
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const key = event.key;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
      End: event.ctrlKey
        ? { row: rows.length - 1, col: GOVERNANCE_ITEMS.length - 1 }
        : { row, col: GOVERNANCE_ITEMS.length - 1 },
      PageUp: { row: row - 10, col },
      PageDown: { row: row + 10, col },
    };
    const move = moves[key];
    if (move !== undefined) {
      event.preventDefault();
      moveTo(move);
      return;
    }
    const index = ['1', '2', '3', '4'].indexOf(key);
    const state = STATE_KEYS[index];
    if (state !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setState(state);
    }
  }

  return (
    <section aria-labelledby="governance-heading" className="governance">
      <h2 id="governance-heading">Governance readiness</h2>
      <p className="section-help">
        Select a cell, then press 1–4 or a button to set it; arrows move. Readiness is the share of
        the items that apply which are done (N/A is left out).
      </p>
      <div className="governance-controls">
        <label>
          Phase{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as HeatmapSort)}>
            <option value="list">Roadmap order</option>
            <option value="readiness-asc">Readiness, lowest first</option>
            <option value="readiness-desc">Readiness, highest first</option>
          </select>
        </label>
        <div role="group" aria-label="Set the selected cell" className="state-buttons">
          {STATE_KEYS.map((state, i) => (
            <button
              key={state}
              type="button"
              className={`state state-${stateClass(state)}`}
              disabled={selected === undefined}
              onClick={() => setState(state)}
              aria-keyshortcuts={String(i + 1)}
            >
              <span aria-hidden="true">{GOVERNANCE_STATE_MARKS[state].symbol}</span> {i + 1}{' '}
              {GOVERNANCE_STATE_LABELS[state]}
            </button>
          ))}
        </div>
      </div>
      {selected !== undefined && (
        <p className="governance-selected" aria-live="polite">
          {selected.candidate.title} · {GOVERNANCE_ITEM_INFO[selectedItem].label}:{' '}
          {GOVERNANCE_STATE_LABELS[selected.candidate.governance[selectedItem].state]}
          {selected.candidate.governance[selectedItem].owner !== '' &&
            ` · Owner: ${selected.candidate.governance[selectedItem].owner}`}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">
          {doc.candidates.length === 0
            ? 'No candidates yet. Add them on the Candidates screen.'
            : 'No candidate is in this phase.'}
        </p>
      ) : (
        <div className="heatmap-scroll">
          <table role="grid" aria-label="Governance readiness heatmap" className="heatmap">
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="heatmap-candidate">
                  Candidate
                </th>
                {GOVERNANCE_AREAS.map((area) => (
                  <th
                    key={area}
                    scope="colgroup"
                    colSpan={AREA_ITEMS[area].length}
                    className={`area area-${area}`}
                  >
                    {GOVERNANCE_AREA_LABELS[area]}
                  </th>
                ))}
                <th scope="col" rowSpan={2} className="heatmap-readiness">
                  Readiness
                  <span className="areas">data · model · ethics</span>
                </th>
              </tr>
              <tr>
                {GOVERNANCE_ITEMS.map((item) => (
                  <th
                    key={item}
                    scope="col"
                    className={`item area-${GOVERNANCE_ITEM_INFO[item].area}`}
                    title={GOVERNANCE_ITEM_INFO[item].label}
                  >
                    <abbr title={GOVERNANCE_ITEM_INFO[item].label}>
                      {GOVERNANCE_ITEM_INFO[item].short}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody onKeyDown={onKeyDown}>
              {rows.map((r, i) => (
                <tr key={r.candidate.id}>
                  <th scope="row" className="heatmap-candidate">
                    <span className="title">{r.candidate.title}</span>
                    <span className="phase">{r.phaseName ?? 'Backlog'}</span>
                  </th>
                  {GOVERNANCE_ITEMS.map((item, j) => {
                    const { state } = r.candidate.governance[item];
                    const isActive = i === row && j === col;
                    return (
                      <td
                        key={item}
                        role="gridcell"
                        ref={(el) => {
                          const key = `${r.candidate.id}/${item}`;
                          if (el) cells.current.set(key, el);
                          else cells.current.delete(key);
                        }}
                        tabIndex={isActive ? 0 : -1}
                        aria-selected={isActive}
                        aria-label={`${r.candidate.title}, ${GOVERNANCE_ITEM_INFO[item].label}: ${GOVERNANCE_STATE_LABELS[state]}`}
                        className={`cell state-${stateClass(state)}${isActive ? ' active' : ''}`}
                        onClick={() => setActive({ candidateId: r.candidate.id, item })}
                        onFocus={() => {
                          if (!isActive) setActive({ candidateId: r.candidate.id, item });
                        }}
                      >
                        <span className="symbol" aria-hidden="true">
                          {GOVERNANCE_STATE_MARKS[state].symbol}
                        </span>
                        <span className="word" aria-hidden="true">
                          {GOVERNANCE_STATE_MARKS[state].word}
                        </span>
                      </td>
                    );
                  })}
                  <td
                    className="heatmap-readiness"
                    aria-label={`Readiness ${formatReadiness(r.overall)}: ${GOVERNANCE_AREAS.map((a) => `${GOVERNANCE_AREA_LABELS[a].toLowerCase()} ${formatReadiness(r.areas[a])}`).join(', ')}`}
                  >
                    <strong>{formatReadiness(r.overall)}</strong>
                    <span className="areas" aria-hidden="true">
                      {GOVERNANCE_AREAS.map((a) => formatReadiness(r.areas[a])).join(' · ')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function stateClass(state: GovernanceState): string {
  return state === 'n/a' ? 'na' : state;
}
