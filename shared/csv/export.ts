/**
 * The scored list as CSV, for Excel (issue 12): every candidate field, the eight scores, V, F,
 * priority, quadrant, phase, and — when they exist — the latest revealed votes and governance
 * readiness. UTF-8 with a byte order mark and CRLF line ends, so Excel opens it right; `,` by
 * default, `;` on request. A text cell that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading apostrophe, as
 * spreadsheets show text; so is a cell that starts with an apostrophe, so that reading the file
 * back (`unguardCell`) gives every text exactly — but for control characters (NUL and the like),
 * which no spreadsheet holds and which are left out.
 */
import { CRITERIA, CRITERIA_KEYS, STAGE_LABELS, TAG_LABELS } from '../domain/criteria.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { formatScore, QUADRANT_LABELS, scoreCandidate } from '../domain/scoring.ts';
import { roomQuadrant } from '../domain/standing.ts';
import { compareText, sortPhases } from '../roadmap/common.ts';
import { formatReadiness, isGovernanceStarted, overallReadiness } from '../scale/readiness.ts';
import { voteCounts } from '../room/voting.ts';
import type { Delimiter } from './dialect.ts';

const FORMULA_START = /^[=+\-@\t\r']/;
/** Control characters no spreadsheet holds (a CSV reader takes NUL for UTF-16): left out. */
export function isSpreadsheetControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r';
}

/** A text cell as written: control characters left out, guarded against formula injection. */
export function guardCell(text: string): string {
  const clean = [...text].filter((ch) => !isSpreadsheetControl(ch)).join('');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** A guarded cell read back. */
export function unguardCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

function quote(cell: string, delimiter: Delimiter): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || /^\s|\s$/.test(cell)
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

export const EXPORT_HEADERS = [
  'Title',
  'Description',
  'Owner',
  'Department',
  'Stage',
  'Audience',
  'Horizon',
  'Approach',
  'Effort',
  ...CRITERIA_KEYS.map((k) => CRITERIA[k].label),
  'Notes and rationale',
  'Value (V)',
  'Feasibility (F)',
  'Priority',
  'Quadrant',
  'Phase',
] as const;

/** The workshop's candidates as the text of a CSV file (with its byte order mark). */
export function candidatesCsv(doc: WorkshopDocument, delimiter: Delimiter = ','): string {
  const settings = doc.workshop.settings;
  const votes = voteCounts(doc);
  const hasVotes = votes.size > 0;
  const hasGovernance = doc.candidates.some((c) => isGovernanceStarted(c.governance));
  const phases = new Map(sortPhases(doc.phases).map((p) => [p.id, p.name]));
  const headers: string[] = [
    ...EXPORT_HEADERS,
    ...(hasVotes ? ['Votes'] : []),
    ...(hasGovernance ? ['Governance readiness'] : []),
  ];
  const candidates = [...doc.candidates].sort(
    (a, b) =>
      (scoreCandidate(b, settings).priority ?? -1) - (scoreCandidate(a, settings).priority ?? -1) ||
      compareText(a.title, b.title) ||
      compareText(a.id, b.id),
  );
  const lines = [headers];
  for (const c of candidates) {
    const s = scoreCandidate(c, settings);
    const quadrant = roomQuadrant(c, settings);
    const tag = (t: keyof typeof TAG_LABELS | null) => (t === null ? '' : TAG_LABELS[t]);
    lines.push([
      guardCell(c.title),
      guardCell(c.description),
      guardCell(c.owner),
      guardCell(c.department),
      STAGE_LABELS[c.stage],
      tag(c.audience),
      tag(c.horizon),
      tag(c.approach),
      c.effort,
      ...CRITERIA_KEYS.map((k) => {
        const v =
          k in c.valueScores
            ? c.valueScores[k as keyof typeof c.valueScores]
            : c.feasibilityScores[k as keyof typeof c.feasibilityScores];
        return v === null ? '' : String(v);
      }),
      guardCell(c.notes),
      s.value === null ? '' : formatScore(s.value),
      s.feasibility === null ? '' : formatScore(s.feasibility),
      s.priority === null ? '' : formatScore(s.priority),
      quadrant === null ? '' : QUADRANT_LABELS[quadrant],
      c.phaseId === null ? '' : guardCell(phases.get(c.phaseId) ?? ''),
      ...(hasVotes ? [String(votes.get(c.id)?.dots ?? '')] : []),
      ...(hasGovernance ? [formatReadiness(overallReadiness(c.governance))] : []),
    ]);
  }
  return `\uFEFF${lines.map((l) => l.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
