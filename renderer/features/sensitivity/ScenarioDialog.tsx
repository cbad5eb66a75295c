import { EDITS, runEdit } from '../../app/edits.ts';
import { FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { ScenarioFields } from '../../../shared/domain/scenario-edits.ts';
import type { Scenario } from '../../../shared/records/scenario.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { NumberSetting } from '../../components/NumberSetting.tsx';
import {
  ThresholdFields,
  ValueShareField,
  WeightsFieldset,
} from '../../components/SettingsFields.tsx';
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
        <WeightsFieldset
          legend="Value weights"
          criteria={VALUE_CRITERIA}
          weights={scenario.valueWeights}
          step={0.1}
          onCommit={(label, valueWeights) => save(label, { valueWeights })}
        />
        <WeightsFieldset
          legend="Feasibility weights"
          criteria={FEASIBILITY_CRITERIA}
          weights={scenario.feasibilityWeights}
          step={0.1}
          onCommit={(label, feasibilityWeights) => save(label, { feasibilityWeights })}
        />
        <fieldset>
          <legend>Thresholds and priority</legend>
          <ThresholdFields
            thresholds={scenario.thresholds}
            onCommit={(label, thresholds) => save(label, { thresholds })}
          />
          <ValueShareField
            share={scenario.priorityValueShare}
            onCommit={(priorityValueShare) => save('the value share', { priorityValueShare })}
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
