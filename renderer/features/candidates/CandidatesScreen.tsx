import { EDITS, runEdit } from '../../app/edits.ts';
import { useMemo, useRef, useState } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { formatScore } from '../../../shared/domain/scoring.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { undo } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { CandidateFormDialog } from './CandidateFormDialog.tsx';
import { QuadrantBadge } from './QuadrantBadge.tsx';
import { scoreRows, sortRows } from './rows.ts';
import { ExportCsv } from '../spreadsheet/ExportCsv.tsx';
import { SpreadsheetImportDialog } from '../spreadsheet/SpreadsheetImportDialog.tsx';
import type { Sort, SortKey } from './rows.ts';
import { useRowWindow } from './useRowWindow.ts';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; isNumeric?: boolean }> = [
  { key: 'title', label: 'Title' },
  { key: 'department', label: 'Department' },
  { key: 'stage', label: 'Stage' },
  { key: 'value', label: 'Value (V)', isNumeric: true },
  { key: 'feasibility', label: 'Feasibility (F)', isNumeric: true },
  { key: 'priority', label: 'Priority', isNumeric: true },
  { key: 'quadrant', label: 'Quadrant' },
];

type Editing = { candidate: Candidate | null } | null;

async function removeCandidate(doc: WorkshopDocument, candidate: Candidate): Promise<void> {
  const scope = doc.workshop.id;
  if (!(await runEdit(EDITS.deleteCandidate, { doc, candidate }, scope))) return;
  useSessionStore.getState().showNotice({
    message: `Deleted “${candidate.title}”.`,
    undo: () => void undo(scope),
  });
}

/** The candidates of a workshop: a sortable table with live V, F, priority and quadrant. */
export function CandidatesScreen({ doc }: { doc: WorkshopDocument }) {
  const [sort, setSort] = useState<Sort>({ key: 'priority', isDescending: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [isImporting, setIsImporting] = useState(false);
  const rows = useMemo(
    () => sortRows(scoreRows(doc.candidates, doc.workshop.settings), sort),
    [doc, sort],
  );

  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useRowWindow(rows.length, body);
  const isWindowed = shown.end - shown.start < rows.length;

  function toggleSort(key: SortKey) {
    // Scores read best from high to low; words from A to Z.
    const isNumeric = COLUMNS.some((c) => c.key === key && c.isNumeric);
    setSort((s) =>
      s.key === key ? { key, isDescending: !s.isDescending } : { key, isDescending: isNumeric },
    );
  }

  return (
    <section aria-labelledby="candidates-heading" className="candidates">
      <div className="section-head">
        <h2 id="candidates-heading">Candidates ({doc.candidates.length})</h2>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setEditing({ candidate: null })}>
            Add candidate
          </button>
          <button type="button" onClick={() => setIsImporting(true)}>
            Import from a spreadsheet…
          </button>
          <ExportCsv doc={doc} />
        </div>
      </div>
      {doc.candidates.length === 0 ? (
        <p className="empty">
          No candidates yet. Add the AI projects the room wants to weigh: each one gets a value and
          a feasibility score.
        </p>
      ) : (
        <div className="table-wrap">
          <table aria-rowcount={rows.length + 1} className={isWindowed ? 'is-windowed' : undefined}>
            <caption className="visually-hidden">
              Candidates, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((col) => (
                  <th
                    key={col.key}
                    scope="col"
                    className={col.isNumeric ? 'numeric' : undefined}
                    aria-sort={
                      sort.key === col.key
                        ? sort.isDescending
                          ? 'descending'
                          : 'ascending'
                        : 'none'
                    }
                  >
                    <button type="button" className="sort" onClick={() => toggleSort(col.key)}>
                      {col.label}
                      <span aria-hidden="true">
                        {sort.key === col.key ? (sort.isDescending ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody ref={body}>
              {shown.above > 0 && (
                <tr aria-hidden="true" className="row-spacer" style={{ height: shown.above }} />
              )}
              {rows.slice(shown.start, shown.end).map((row, i) => (
                <tr key={row.candidate.id} aria-rowindex={shown.start + i + 2}>
                  <th scope="row" className="title-cell">
                    {row.candidate.title}
                  </th>
                  <td>{row.candidate.department || '–'}</td>
                  <td>{STAGE_LABELS[row.candidate.stage]}</td>
                  <td className="numeric">{formatScore(row.value)}</td>
                  <td className="numeric">{formatScore(row.feasibility)}</td>
                  <td className="numeric">{formatScore(row.priority)}</td>
                  <td>
                    <QuadrantBadge
                      quadrant={row.quadrant}
                      scoredElsewhere={
                        row.standing.isScoredElsewhere ? row.standing.scoredQuadrant : null
                      }
                    />
                  </td>
                  <td>
                    <div className="row-actions nowrap">
                      <button
                        type="button"
                        aria-label={`Edit “${row.candidate.title}”`}
                        onClick={() => setEditing({ candidate: row.candidate })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete “${row.candidate.title}”`}
                        onClick={() => void removeCandidate(doc, row.candidate)}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
              {shown.below > 0 && (
                <tr aria-hidden="true" className="row-spacer" style={{ height: shown.below }} />
              )}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <CandidateFormDialog
          doc={doc}
          candidate={editing.candidate}
          onClose={() => setEditing(null)}
        />
      )}
      {isImporting && <SpreadsheetImportDialog doc={doc} onClose={() => setIsImporting(false)} />}
    </section>
  );
}
