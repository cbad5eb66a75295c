import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Snapshot } from '../../../shared/records/snapshot.ts';
import { describeMove, diffSnapshot } from '../../../shared/room/snapshots.ts';

/** Snapshots ("before lunch"): take one, compare the workshop with one, restore one. */
export function SnapshotsSection({ doc }: { doc: WorkshopDocument }) {
  const scope = doc.workshop.id;
  const [name, setName] = useState('');
  const [comparing, setComparing] = useState<string | null>(null);
  const snapshot = doc.snapshots.find((s) => s.id === comparing);

  async function take(event: FormEvent) {
    event.preventDefault();
    const label = name.trim() === '' ? `Snapshot ${doc.snapshots.length + 1}` : name;
    if (await runEdit(EDITS.takeSnapshot, { doc, name: label }, scope)) setName('');
  }

  return (
    <section aria-labelledby="snapshots-heading" className="room-section">
      <h2 id="snapshots-heading">Snapshots</h2>
      <form className="snapshot-take" onSubmit={(e) => void take(e)}>
        <label>
          Snapshot name
          <input
            value={name}
            maxLength={120}
            placeholder="e.g. Before lunch"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit">Take a snapshot</button>
      </form>
      {doc.snapshots.length > 0 && (
        <ul className="snapshots" aria-label="Snapshots">
          {[...doc.snapshots]
            .sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1))
            .map((s) => (
              <li key={s.id}>
                <span className="snapshot-name">{s.name}</span>{' '}
                <span className="hint">{new Date(s.takenAt).toLocaleString()}</span>
                <span className="toolbar">
                  <button
                    type="button"
                    onClick={() => setComparing(comparing === s.id ? null : s.id)}
                  >
                    {comparing === s.id ? 'Hide the comparison' : `Compare with “${s.name}”`}
                  </button>
                  <button
                    type="button"
                    onClick={() => void runEdit(EDITS.restoreSnapshot, { doc, snapshot: s }, scope)}
                  >
                    Restore “{s.name}”
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete snapshot ${s.name}`}
                    onClick={() => void runEdit(EDITS.deleteSnapshot, { snapshot: s }, scope)}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
        </ul>
      )}
      {snapshot !== undefined && <CompareView doc={doc} snapshot={snapshot} />}
    </section>
  );
}

const SIZE = 320;

/** What changed since a snapshot: counts, a list, and arrows from old to new spots on the matrix. */
function CompareView({ doc, snapshot }: { doc: WorkshopDocument; snapshot: Snapshot }) {
  const diff = useMemo(() => diffSnapshot(snapshot.state, doc), [snapshot, doc]);
  const arrows = diff.moved.filter((m) => m.spot.before !== null && m.spot.after !== null);
  const at = (v: number) => (v / 100) * SIZE;
  // The quadrants' borders where the matrix draws them: at the workshop's thresholds.
  const { thresholds } = doc.workshop.settings;
  const divideX = at(thresholds.feasibility);
  const divideY = SIZE - at(thresholds.value);
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Since “{snapshot.name}”</h3>
      <p role="status">
        {diff.counts.quadrant} changed quadrant, {diff.counts.phase} changed phase,{' '}
        {diff.counts.rank} changed priority rank; {diff.added.length} added, {diff.removed.length}{' '}
        removed.
      </p>
      <div className="compare-body">
        <ul className="compare-list" aria-label="Changes since the snapshot">
          {diff.moved.map((m) => (
            <li key={m.candidate.id}>
              <strong>{m.candidate.title}</strong>: {describeMove(m)}
            </li>
          ))}
          {diff.added.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong>: added
            </li>
          ))}
          {diff.removed.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong>: removed
            </li>
          ))}
          {diff.moved.length + diff.added.length + diff.removed.length === 0 && (
            <li>Nothing has moved.</li>
          )}
        </ul>
        <svg
          className="compare-matrix"
          width={SIZE}
          height={SIZE}
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-label={`The matrix with an arrow for each of the ${arrows.length} candidates that moved`}
        >
          <defs>
            <marker
              id="compare-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
            </marker>
          </defs>
          <rect x="0" y="0" width={SIZE} height={SIZE} fill="none" stroke="currentColor" />
          <line
            x1={divideX}
            y1="0"
            x2={divideX}
            y2={SIZE}
            stroke="currentColor"
            strokeDasharray="4 4"
          />
          <line
            x1="0"
            y1={divideY}
            x2={SIZE}
            y2={divideY}
            stroke="currentColor"
            strokeDasharray="4 4"
          />
          {arrows.map((m) => {
            const from = m.spot.before!;
            const to = m.spot.after!;
            return (
              <g key={m.candidate.id}>
                <circle
                  cx={at(from.x)}
                  cy={SIZE - at(from.y)}
                  r="4"
                  fill="none"
                  stroke="currentColor"
                />
                <line
                  x1={at(from.x)}
                  y1={SIZE - at(from.y)}
                  x2={at(to.x)}
                  y2={SIZE - at(to.y)}
                  stroke="currentColor"
                  strokeWidth="2"
                  markerEnd="url(#compare-arrow)"
                />
                <text x={at(to.x) + 6} y={SIZE - at(to.y) - 6} fontSize="13">
                  {m.candidate.title}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}
