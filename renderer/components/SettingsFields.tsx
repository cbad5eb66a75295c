import { CRITERIA } from '../../shared/domain/criteria.ts';
import type { Criterion } from '../../shared/domain/criteria.ts';
import type { WorkshopSettings } from '../../shared/records/workshop.ts';
import { MAX_WEIGHT } from '../../shared/records/workshop.ts';
import { NumberSetting } from './NumberSetting.tsx';

interface WeightsFieldsetProps<K extends Criterion> {
  legend: string;
  hint?: string;
  criteria: readonly K[];
  weights: Readonly<Record<K, number>>;
  step: number;
  /** `label` names the weight changed, e.g. "the weight of Learning value". */
  onCommit: (label: string, weights: Record<K, number>) => void;
}

/** One axis's criterion weights (0 leaves a criterion out): Settings and a scenario alike. */
export function WeightsFieldset<K extends Criterion>({
  legend,
  hint,
  criteria,
  weights,
  step,
  onCommit,
}: WeightsFieldsetProps<K>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {criteria.map((k) => (
        <NumberSetting
          key={k}
          label={CRITERIA[k].label}
          value={weights[k]}
          min={0}
          max={MAX_WEIGHT}
          step={step}
          onCommit={(w) => onCommit(`the weight of ${CRITERIA[k].label}`, { ...weights, [k]: w })}
        />
      ))}
    </fieldset>
  );
}

type Thresholds = WorkshopSettings['thresholds'];

/** The two quadrant thresholds (0-100). */
export function ThresholdFields({
  thresholds,
  onCommit,
}: {
  thresholds: Thresholds;
  onCommit: (label: string, thresholds: Thresholds) => void;
}) {
  return (
    <>
      <NumberSetting
        label="Value threshold"
        value={thresholds.value}
        min={0}
        max={100}
        step={1}
        onCommit={(value) => onCommit('the value threshold', { ...thresholds, value })}
      />
      <NumberSetting
        label="Feasibility threshold"
        value={thresholds.feasibility}
        min={0}
        max={100}
        step={1}
        onCommit={(feasibility) =>
          onCommit('the feasibility threshold', { ...thresholds, feasibility })
        }
      />
    </>
  );
}

/** The value share of the priority, typed in percent. */
export function ValueShareField({
  share,
  onCommit,
}: {
  share: number;
  onCommit: (share: number) => void;
}) {
  return (
    <NumberSetting
      label="Value share of priority (%)"
      value={Math.round(share * 100)}
      min={0}
      max={100}
      step={5}
      onCommit={(percent) => onCommit(percent / 100)}
    />
  );
}
