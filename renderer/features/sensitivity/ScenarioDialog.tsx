import { EDITS, runEdit } from '../../app/edits.ts';
import { CRITERIA, FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../../../shared/domain/criteria.ts';
import type { Criterion } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { ScenarioFields } from '../../../shared/domain/scenario-edits.ts';
import type { Scenario } from '../../../shared/records/scenario.ts';
import { MAX_WEIGHT } from '../../../shared/records/workshop.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { NumberSetting } from '../../components/NumberSetting.tsx';
import { TextSetting } from '../../components/TextSetting.tsx';

/**
 * A scenario's settings, each written when it is entered (as Settings does), as a patch of that
 * one field: two laptops editing two weights of one scenario both keep theirs.
 */
export function ScenarioDialog({
  doc,
  scenario,
  onClose,
}: {
  doc: WorkshopDocument;
  scenario: Scenario;
  onClose: () => void;
}) {
  const save = (what: string, fields: Partial<ScenarioFields>) =>
    void runEdit(EDITS.editScenario, { scenario, fields, what }, doc.workshop.id);
  const weight = (k: Criterion) => {
    const isValue = CRITERIA[k].axis === 'value';
    const value = isValue
      ? scenario.valueWeights[k as keyof Scenario['valueWeights']]
      : scenario.feasibilityWeights[k as keyof Scenario['feasibilityWeights']];
    return (
      <NumberSetting
        key={k}
        label={`Weight of ${CRITERIA[k].label}`}
        value={value}
        min={0}
        max={MAX_WEIGHT}
        step={0.1}
        onCommit={(w) =>
          save(
            `the weight of ${CRITERIA[k].label}`,
            isValue
              ? { valueWeights: { ...scenario.valueWeights, [k]: w } }
              : { feasibilityWeights: { ...scenario.feasibilityWeights, [k]: w } },
          )
        }
      />
    );
  };
  const capacities = new Map(scenario.capacities.map((c) => [c.phaseId, c.capacity]));
  return (
    <Dialog title={`Scenario “${scenario.name}”`} onClose={onClose} isWide>
      <div className="settings-grid">
        <fieldset>
          <legend>Name</legend>
          <TextSetting
            label="Scenario name"
            value={scenario.name}
            maxLength={80}
            onCommit={(n) => n.trim() !== '' && save('the name', { name: n })}
          />
        </fieldset>
        <fieldset>
          <legend>Value weights</legend>
          {VALUE_CRITERIA.map(weight)}
        </fieldset>
        <fieldset>
          <legend>Feasibility weights</legend>
          {FEASIBILITY_CRITERIA.map(weight)}
        </fieldset>
        <fieldset>
          <legend>Thresholds and priority</legend>
          <NumberSetting
            label="Value threshold"
            value={scenario.thresholds.value}
            min={0}
            max={100}
            step={1}
            onCommit={(value) =>
              save('the value threshold', { thresholds: { ...scenario.thresholds, value } })
            }
          />
          <NumberSetting
            label="Feasibility threshold"
            value={scenario.thresholds.feasibility}
            min={0}
            max={100}
            step={1}
            onCommit={(feasibility) =>
              save('the feasibility threshold', {
                thresholds: { ...scenario.thresholds, feasibility },
              })
            }
          />
          <NumberSetting
            label="Value share of priority (%)"
            value={Math.round(scenario.priorityValueShare * 100)}
            min={0}
            max={100}
            step={5}
            onCommit={(percent) => save('the value share', { priorityValueShare: percent / 100 })}
          />
        </fieldset>
        {doc.phases.length > 0 && (
          <fieldset>
            <legend>Phase capacities (effort points)</legend>
            {sortPhases(doc.phases).map((p) => (
              <NumberSetting
                key={p.id}
                label={`Capacity of ${p.name}`}
                value={capacities.get(p.id) ?? p.capacity}
                min={0}
                max={10_000}
                step={1}
                onCommit={(capacity) =>
                  save(`the capacity of ${p.name}`, {
                    capacities: [
                      ...scenario.capacities.filter((c) => c.phaseId !== p.id),
                      { phaseId: p.id, capacity },
                    ].sort((a, b) => (a.phaseId < b.phaseId ? -1 : 1)),
                  })
                }
              />
            ))}
          </fieldset>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
