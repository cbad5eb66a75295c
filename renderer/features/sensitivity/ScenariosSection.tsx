import { useState } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { CRITERIA, CRITERIA_KEYS, TAG_LABELS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { Scenario } from '../../../shared/records/scenario.ts';
import { MAX_SCENARIOS } from '../../../shared/records/scenario.ts';
import { BALANCE_DIMENSIONS, DIMENSION_SIDES } from '../../../shared/roadmap/balance.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import { compareScenarios, sortScenarios } from '../../../shared/sensitivity/scenarios.ts';
import { weightOf } from '../../../shared/sensitivity/crossing.ts';
import { formatWeight } from '../../../shared/sensitivity/robustness.ts';
import { ChartTable } from '../../components/ChartTable.tsx';
import { undo } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { ScenarioDialog } from './ScenarioDialog.tsx';

const CURRENT = 'current';

function settingsWords(s: Scenario): string {
  const weights = CRITERIA_KEYS.map((k) => {
    const w = weightOf(s, k);
    return w === 1 ? null : `${CRITERIA[k].label} ${formatWeight(w)}`;
  }).filter((x) => x !== null);
  return [
    weights.length === 0 ? 'every weight 1' : weights.join(', '),
    `thresholds ${s.thresholds.value} / ${s.thresholds.feasibility}`,
    `value share ${Math.round(s.priorityValueShare * 100)}%`,
  ].join(' · ');
}

/**
 * Named scenarios of the settings ("Conservative", "Aggressive"): save the current settings as
 * one, edit it, compare two or three side by side (with the current settings or not), adopt one.
 */
export function ScenariosSection({ doc }: { doc: WorkshopDocument }) {
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [picked, setPicked] = useState<readonly string[]>([CURRENT]);
  const scope = doc.workshop.id;
  const scenarios = sortScenarios(doc.scenarios);
  const chosen = picked.filter((id) => id === CURRENT || scenarios.some((s) => s.id === id));
  const editingScenario = scenarios.find((s) => s.id === editing) ?? null;

  async function save() {
    if (name.trim() === '') return;
    if (await runEdit(EDITS.saveScenario, { doc, name }, scope)) setName('');
  }

  async function adopt(scenario: Scenario) {
    if (!(await runEdit(EDITS.adoptScenario, { doc, scenario }, scope))) return;
    useSessionStore.getState().showNotice({
      message: `Adopted “${scenario.name}” as the workshop’s settings.`,
      undo: () => void undo(scope),
    });
  }

  function toggle(id: string) {
    setPicked((list) =>
      list.includes(id) ? list.filter((x) => x !== id) : list.length >= 3 ? list : [...list, id],
    );
  }

  return (
    <section aria-labelledby="scenarios-heading" className="scenarios">
      <h3 id="scenarios-heading">Scenarios</h3>
      <p className="hint">
        A scenario is a named set of weights, thresholds, value share and phase capacities. Compare
        two or three side by side; adopt one to make it the workshop’s settings (one undo step).
      </p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Scenario name{' '}
          <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={name.trim() === '' || scenarios.length >= MAX_SCENARIOS}>
          Save the current settings as a scenario
        </button>
      </form>
      {scenarios.length === 0 ? (
        <p className="empty">No scenarios yet.</p>
      ) : (
        <ul className="scenario-list" aria-label="Scenarios">
          <li>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(CURRENT)}
                disabled={!chosen.includes(CURRENT) && chosen.length >= 3}
                onChange={() => toggle(CURRENT)}
              />{' '}
              Compare: current settings
            </label>
          </li>
          {scenarios.map((s) => (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(s.id)}
                  disabled={!chosen.includes(s.id) && chosen.length >= 3}
                  onChange={() => toggle(s.id)}
                />{' '}
                Compare: <span className="scenario-name">{s.name}</span>
              </label>
              <span className="hint">{settingsWords(s)}</span>
              <button
                type="button"
                aria-label={`Edit scenario “${s.name}”`}
                onClick={() => setEditing(s.id)}
              >
                Edit
              </button>
              <button
                type="button"
                aria-label={`Adopt scenario “${s.name}”`}
                onClick={() => void adopt(s)}
              >
                Adopt
              </button>
              <button
                type="button"
                aria-label={`Delete scenario “${s.name}”`}
                onClick={() => void runEdit(EDITS.deleteScenario, { scenario: s }, scope)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length >= 2 && <Comparison doc={doc} ids={chosen} scenarios={scenarios} />}
      {chosen.length < 2 && scenarios.length > 0 && (
        <p className="hint">Tick two or three to compare them side by side.</p>
      )}
      {editingScenario && (
        <ScenarioDialog doc={doc} scenario={editingScenario} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function Comparison({
  doc,
  ids,
  scenarios,
}: {
  doc: WorkshopDocument;
  ids: readonly string[];
  scenarios: readonly Scenario[];
}) {
  const compared = scenarios.filter((s) => ids.includes(s.id));
  const result = compareScenarios(doc, compared, ids.includes(CURRENT));
  const names = result.columns.map((c) => c.name);
  const columns = [{ label: 'Candidate' }, ...names.map((label) => ({ label }))];
  const phaseName = new Map(sortPhases(doc.phases).map((p) => [p.id, p.name]));
  const title = `Compared: ${names.join(', ')}`;
  return (
    <section aria-label={title} className="scenario-compare">
      <h4>{title}</h4>
      {result.topChanges.length === 0 ? (
        <p>The same candidates are in the top {result.topN} in each.</p>
      ) : (
        <ChartTable
          caption={`Who enters or leaves the top ${result.topN}`}
          columns={columns}
          rows={result.topChanges.map((c) => ({
            label: c.title,
            cells: c.ranks.map((r) => (r === null ? `Not in the top ${result.topN}` : `Rank ${r}`)),
          }))}
        />
      )}
      {result.quadrantChanges.length === 0 ? (
        <p>No candidate changes quadrant.</p>
      ) : (
        <ChartTable
          caption="Who changes quadrant"
          columns={columns}
          rows={result.quadrantChanges.map((c) => ({
            label: c.title,
            cells: c.quadrants.map((q) => (q === null ? '–' : QUADRANT_LABELS[q])),
          }))}
        />
      )}
      {result.phaseChanges.length === 0 ? (
        <p>“Suggest a sequence” gives the same phases in each.</p>
      ) : (
        <ChartTable
          caption="Where “Suggest a sequence” puts them"
          columns={columns}
          rows={result.phaseChanges.map((c) => ({
            label: c.title,
            cells: c.phases.map((p) => (p === null ? 'Backlog' : (phaseName.get(p) ?? p))),
          }))}
        />
      )}
      <ChartTable
        caption="Portfolio balance of each suggested roadmap (share by count)"
        columns={[{ label: 'Share' }, ...names.map((label) => ({ label, isNumeric: true }))]}
        rows={BALANCE_DIMENSIONS.map((d) => ({
          label: TAG_LABELS[DIMENSION_SIDES[d][0]],
          cells: result.columns.map((c) => {
            const share = c.balance[d];
            return share === null ? '–' : `${Math.round(share)}%`;
          }),
        }))}
      />
    </section>
  );
}
