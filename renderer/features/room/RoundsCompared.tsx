import { useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { compareRounds, revealedDotRounds } from '../../../shared/room/voting.ts';

function formatChange(change: number | null): string {
  if (change === null) return '—';
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

/**
 * Two revealed dot-voting rounds side by side (room/voting.ts compareRounds): each candidate's dots
 * in both and the change. Shown once two rounds are revealed; the latest two are chosen first.
 */
export function RoundsCompared({ doc }: { doc: WorkshopDocument }) {
  const revealed = revealedDotRounds(doc);
  const [firstId, setFirstId] = useState<string | null>(null);
  const [secondId, setSecondId] = useState<string | null>(null);
  if (revealed.length < 2) return null;
  // A round deleted since it was chosen falls back to the default pair.
  const first = revealed.find((r) => r.id === firstId) ?? revealed[1]!;
  const second = revealed.find((r) => r.id === secondId) ?? revealed[0]!;
  const rows = compareRounds(doc, first, second) ?? [];
  const choose = (label: string, value: string, onChange: (id: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {revealed.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="rounds-compared" aria-labelledby="rounds-compared-heading">
      <h3 id="rounds-compared-heading">Compare two rounds</h3>
      <div className="rounds-compared-pick">
        {choose('First round', first.id, setFirstId)}
        {choose('Second round', second.id, setSecondId)}
      </div>
      <table className="spreads" aria-label={`“${first.name}” and “${second.name}” compared`}>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">{first.name}</th>
            <th scope="col">{second.name}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.candidate.id}>
              <th scope="row">{r.candidate.title}</th>
              <td>{r.before ?? 'not on the ballot'}</td>
              <td>{r.after ?? 'not on the ballot'}</td>
              <td>{formatChange(r.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
