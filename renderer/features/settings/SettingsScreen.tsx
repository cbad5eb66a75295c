import { EDITS, runEdit } from '../../app/edits.ts';
import { FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../../../shared/domain/criteria.ts';
import type { Workshop, WorkshopSettings } from '../../../shared/records/workshop.ts';
import { DEFAULT_SETTINGS } from '../../../shared/records/workshop.ts';
import { NumberSetting } from '../../components/NumberSetting.tsx';
import {
  ThresholdFields,
  ValueShareField,
  WeightsFieldset,
} from '../../components/SettingsFields.tsx';

/**
 * Workshop settings: criterion weights, quadrant thresholds, the priority split and the balance
 * band. A valid value is written as soon as it is entered (Enter or leaving the field), as one
 * undo step; scores everywhere follow live.
 */
export function SettingsScreen({ workshop }: { workshop: Workshop }) {
  const settings = workshop.settings;
  const save = (label: string, next: WorkshopSettings) =>
    void runEdit(EDITS.changeSettings, { workshop, settings: next, what: label }, workshop.id);
  const band = settings.balanceBand;

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h2 id="settings-heading">Workshop settings</h2>
      <div className="settings-grid">
        <WeightsFieldset
          legend="Value weights"
          hint="How much each criterion counts in V. 0 leaves it out; the default is 1."
          criteria={VALUE_CRITERIA}
          weights={settings.valueWeights}
          step={0.5}
          onCommit={(label, valueWeights) => save(label, { ...settings, valueWeights })}
        />
        <WeightsFieldset
          legend="Feasibility weights"
          hint="How much each criterion counts in F. Complexity and integration count inverted."
          criteria={FEASIBILITY_CRITERIA}
          weights={settings.feasibilityWeights}
          step={0.5}
          onCommit={(label, feasibilityWeights) => save(label, { ...settings, feasibilityWeights })}
        />
        <fieldset>
          <legend>Quadrant thresholds</legend>
          <p className="hint">
            Where the matrix splits into Quick wins, Strategic bets, Fill-ins and Reconsider
            (0-100).
          </p>
          <ThresholdFields
            thresholds={settings.thresholds}
            onCommit={(label, thresholds) => save(label, { ...settings, thresholds })}
          />
        </fieldset>
        <fieldset>
          <legend>Priority</legend>
          <p className="hint">
            Priority = value share × V + the rest × F, plus 5 for each value criterion beyond the
            first scored 4 or 5. Now: {Math.round(settings.priorityValueShare * 100)}% V and{' '}
            {100 - Math.round(settings.priorityValueShare * 100)}% F.
          </p>
          <ValueShareField
            share={settings.priorityValueShare}
            onCommit={(priorityValueShare) =>
              save('the priority split', { ...settings, priorityValueShare })
            }
          />
        </fieldset>
        <fieldset>
          <legend>Sensitivity</legend>
          <p className="hint">
            How far down the ranking the Sensitivity screen watches: its close calls and its Fragile
            badges are about the top N.
          </p>
          <NumberSetting
            label="Top of the ranking watched (N)"
            value={settings.sensitivityTopN}
            min={1}
            max={50}
            step={1}
            isWhole
            onCommit={(sensitivityTopN) =>
              save('the top of the ranking watched', { ...settings, sensitivityTopN })
            }
          />
        </fieldset>
        <fieldset>
          <legend>Portfolio balance band</legend>
          <p className="hint">
            A share of quick-win, customer-facing or proven projects outside this band is flagged.
          </p>
          <NumberSetting
            label="Lowest healthy share (%)"
            value={band.min}
            min={0}
            max={band.max}
            step={5}
            onCommit={(min) =>
              save('the balance band', { ...settings, balanceBand: { ...band, min } })
            }
          />
          <NumberSetting
            label="Highest healthy share (%)"
            value={band.max}
            min={band.min}
            max={100}
            step={5}
            onCommit={(max) =>
              save('the balance band', { ...settings, balanceBand: { ...band, max } })
            }
          />
        </fieldset>
      </div>
      <button
        type="button"
        onClick={() => save('all settings back to the defaults', DEFAULT_SETTINGS)}
      >
        Reset to defaults
      </button>
    </section>
  );
}
