import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { CRITERIA, CRITERIA_KEYS } from '../../../shared/domain/criteria.ts';
import { formatScore } from '../../../shared/domain/scoring.ts';
import type { Robustness } from '../../../shared/sensitivity/robustness.ts';
import {
  closeCallSentence,
  formatWeight,
  ROBUSTNESS_LABELS,
  robustnessRules,
} from '../../../shared/sensitivity/robustness.ts';
import { ChartTable } from '../../components/ChartTable.tsx';
import { useState } from 'react';
import { ScenariosSection } from './ScenariosSection.tsx';
import { TornadoChart } from './TornadoChart.tsx';
import type { RankingRow } from './useSensitivity.ts';
import { useSensitivity } from './useSensitivity.ts';
import './sensitivity.css';

/** How many rows the ranking shows: the whole of any real workshop, a bound for a huge one. */
const MAX_ROWS = 200;

function Badge({ row }: { row: RankingRow }) {
  if (row.badge === null) return <span className="badge-pending">Checking the scenarios…</span>;
  const kind: Robustness = row.badge.robustness;
  return (
    <span className={`robustness is-${kind}`}>
      <strong>{ROBUSTNESS_LABELS[kind]}</strong>
      <span className="robustness-reason">{row.badge.reason}</span>
    </span>
  );
}

/**
 * "Is the winner fragile?": the ranking with a Robust / Sensitive / Fragile badge per candidate
 * and the rules in words, the close calls between neighbours in sentences, the tornado of weights,
 * and the scenarios side by side.
 */
export function SensitivityScreen({ doc }: { doc: WorkshopDocument }) {
  const s = useSensitivity(doc);
  const rules = robustnessRules(s.topN, doc.workshop.settings);
  const [isCallTable, setIsCallTable] = useState(false);
  const shown = s.rows.slice(0, MAX_ROWS);

  return (
    <section aria-labelledby="sensitivity-heading" className="sensitivity">
      <h2 id="sensitivity-heading">Is the winner fragile?</h2>
      {s.rows.length === 0 ? (
        <p className="empty">
          Score candidates on value and feasibility first: the sensitivity is of the ranking.
        </p>
      ) : (
        <>
          <section aria-labelledby="ranking-heading">
            <h3 id="ranking-heading">The ranking, and how firm it is</h3>
            <ul className="rules">
              {(['fragile', 'sensitive', 'robust'] as const).map((k) => (
                <li key={k}>{rules[k]}</li>
              ))}
            </ul>
            <div className="table-wrap">
              <table className="ranking">
                <caption className="visually-hidden">
                  The ranking by priority, with each candidate’s robustness
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      Rank
                    </th>
                    <th scope="col">Candidate</th>
                    <th scope="col" className="numeric">
                      Priority
                    </th>
                    <th scope="col">Robustness</th>
                    <th scope="col" className="numeric">
                      Best – worst rank
                    </th>
                    <th scope="col" className="numeric">
                      In the top {s.topN}
                    </th>
                    <th scope="col">Quadrant</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.id}>
                      <td className="numeric">{row.rank}</td>
                      <th scope="row">{row.title}</th>
                      <td className="numeric">{formatScore(row.priority)}</td>
                      <td>
                        <Badge row={row} />
                      </td>
                      <td className="numeric">
                        {row.grid === null ? '…' : `${row.grid.bestRank} – ${row.grid.worstRank}`}
                      </td>
                      <td className="numeric">
                        {row.grid === null
                          ? '…'
                          : `${Math.round(row.grid.topShare * 100)}% of scenarios`}
                      </td>
                      <td>
                        {row.quadrant}
                        {row.quadrantMove && (
                          <span className="robustness-reason">{row.quadrantMove}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {s.rows.length > shown.length && (
              <p className="hint">
                The first {MAX_ROWS} of {s.rows.length} scored candidates are shown.
              </p>
            )}
          </section>

          <section aria-labelledby="close-calls-heading" className="close-calls">
            <div className="chart-head">
              <h3 id="close-calls-heading">Close calls</h3>
              <button
                type="button"
                className="table-toggle"
                aria-pressed={isCallTable}
                aria-label="Show as table: Close calls"
                onClick={() => setIsCallTable((x) => !x)}
              >
                Show as table
              </button>
            </div>
            <p className="hint">
              The smallest change of one weight that swaps two neighbours in the ranking, from the
              top down to rank {s.topN + 1}. A change of a quarter or less is a close call.
            </p>
            <ol>
              {s.calls.map((call) => {
                return (
                  <li key={call.aboveId} className={call.isClose ? 'is-close' : undefined}>
                    {call.isClose && <strong>Close call: </strong>}
                    {closeCallSentence(call)}
                  </li>
                );
              })}
            </ol>
            {isCallTable && (
              <ChartTable
                caption="The weight of each criterion at which neighbours swap"
                columns={[
                  { label: 'Ranks' },
                  ...CRITERIA_KEYS.map((k) => ({ label: CRITERIA[k].label, isNumeric: true })),
                ]}
                rows={s.calls.map((call) => ({
                  label: `${call.rank}–${call.rank + 1}: ${call.aboveTitle} / ${call.belowTitle}`,
                  cells: CRITERIA_KEYS.map((k) => {
                    const swap = call.swaps.find((x) => x.criterion === k);
                    return swap === undefined ? '–' : formatWeight(swap.shown, 4);
                  }),
                }))}
                note="Each figure is the weight (every other weight as it is) at which the lower of the two overtakes the higher; – where no weight from 0 to 10 does."
              />
            )}
          </section>

          <TornadoChart bars={s.bars} />
        </>
      )}
      <ScenariosSection doc={doc} />
    </section>
  );
}
