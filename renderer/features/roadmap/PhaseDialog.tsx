import { useState } from 'react';
import type { FormEvent } from 'react';
import { parseCapacity, validatePhaseFields } from '../../../shared/domain/phase-edits.ts';
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

type Touched = Partial<Record<keyof PhaseFields, boolean>>;

/** Edits a phase's name, time span and capacity; a field's error shows once it has been changed. */
export function PhaseDialog({ phase, onSave, onClose }: PhaseDialogProps) {
  const [opened] = useState(phase);
  const [name, setName] = useState(phase.name);
  const [timeSpan, setTimeSpan] = useState(phase.timeSpan);
  const [capacityText, setCapacityText] = useState(String(phase.capacity));
  const [touched, setTouched] = useState<Touched>({});
  const fields: PhaseFields = { name, timeSpan, capacity: parseCapacity(capacityText) };
  const errors = validatePhaseFields(fields);
  const shown: PhaseErrors = Object.fromEntries(
    Object.entries(errors).filter(([key]) => touched[key as keyof PhaseFields] === true),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setTouched({ name: true, timeSpan: true, capacity: true });
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
        <FormActions submitLabel="Save phase" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
