import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  parseCapacity,
  parseGatePercent,
  validatePhaseFields,
} from '../../../shared/domain/phase-edits.ts';
import { GOVERNANCE_AREA_LABELS, GOVERNANCE_AREAS } from '../../../shared/records/governance.ts';
import type { GovernanceArea } from '../../../shared/records/governance.ts';
import type { PhaseErrors, PhaseFields } from '../../../shared/domain/phase-edits.ts';
import type { Phase } from '../../../shared/records/phase.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';

interface PhaseDialogProps {
  phase: Phase;
  /** `opened` is the phase as the dialog opened it: what the fields are compared with. */
  onSave: (opened: Phase, fields: PhaseFields) => void;
  onClose: () => void;
}

type Touched = Partial<Record<keyof PhaseErrors, boolean>>;

const gateText = (percent: number | null) => (percent === null ? '' : String(percent));

/**
 * Edits a phase's name, time span, capacity and readiness gate; a field's error shows once it has
 * been changed.
 */
export function PhaseDialog({ phase, onSave, onClose }: PhaseDialogProps) {
  const [opened] = useState(phase);
  const [name, setName] = useState(phase.name);
  const [timeSpan, setTimeSpan] = useState(phase.timeSpan);
  const [capacityText, setCapacityText] = useState(String(phase.capacity));
  const [gateTexts, setGateTexts] = useState<Record<GovernanceArea, string>>(() => ({
    data: gateText(phase.readinessGate.data),
    model: gateText(phase.readinessGate.model),
    ethics: gateText(phase.readinessGate.ethics),
  }));
  const [touched, setTouched] = useState<Touched>({});
  const fields: PhaseFields = {
    name,
    timeSpan,
    capacity: parseCapacity(capacityText),
    readinessGate: {
      data: parseGatePercent(gateTexts.data),
      model: parseGatePercent(gateTexts.model),
      ethics: parseGatePercent(gateTexts.ethics),
    },
  };
  const errors = validatePhaseFields(fields);
  const shown: PhaseErrors = Object.fromEntries(
    Object.entries(errors).filter(([key]) => touched[key as keyof PhaseErrors] === true),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setTouched({
        name: true,
        timeSpan: true,
        capacity: true,
        data: true,
        model: true,
        ethics: true,
      });
      return;
    }
    onSave(opened, fields);
  };

  return (
    <Dialog title={`Edit ${phase.name}`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Name" error={shown.name}>
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              onChange={(e) => {
                setName(e.target.value);
                setTouched((t) => ({ ...t, name: true }));
              }}
            />
          )}
        </Field>
        <Field
          label="Time span"
          hint="For example “Months 0-6” or “Q3 2026”."
          error={shown.timeSpan}
        >
          {(props) => (
            <input
              {...props}
              value={timeSpan}
              onChange={(e) => {
                setTimeSpan(e.target.value);
                setTouched((t) => ({ ...t, timeSpan: true }));
              }}
            />
          )}
        </Field>
        <Field
          label="Capacity in effort points"
          hint="What the phase can take on: S = 1, M = 2, L = 4, XL = 8 points."
          error={shown.capacity}
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={capacityText}
              onChange={(e) => {
                setCapacityText(e.target.value);
                setTouched((t) => ({ ...t, capacity: true }));
              }}
            />
          )}
        </Field>
        <fieldset className="readiness-gate">
          <legend>Readiness gate</legend>
          <p className="hint">
            The governance readiness a candidate needs to be scheduled in this phase, in percent.
            Leave an area empty to ask nothing of it. Candidates below it are flagged on the
            roadmap.
          </p>
          {GOVERNANCE_AREAS.map((area) => (
            <Field
              key={area}
              label={`${GOVERNANCE_AREA_LABELS[area]} at least (%)`}
              error={shown[area]}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  value={gateTexts[area]}
                  onChange={(e) => {
                    const text = e.target.value;
                    setGateTexts((g) => ({ ...g, [area]: text }));
                    setTouched((t) => ({ ...t, [area]: true }));
                  }}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <FormActions submitLabel="Save phase" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
