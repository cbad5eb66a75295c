import { useState } from 'react';
import type { FormEvent } from 'react';
import type { WorkshopFields } from '../../../shared/domain/factories.ts';
import { validateWorkshopFields } from '../../../shared/domain/workshop-edits.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';

interface WorkshopDetailsDialogProps {
  title: string;
  submitLabel: string;
  initial: WorkshopFields;
  /** Writes the details; a failed write is kept by the error banner for Retry. */
  onSubmit: (fields: WorkshopFields) => Promise<unknown>;
  onClose: () => void;
}

/** The title, organisation, facilitator and date of a workshop: used to create and to rename. */
export function WorkshopDetailsDialog({
  title,
  submitLabel,
  initial,
  onSubmit,
  onClose,
}: WorkshopDetailsDialogProps) {
  const [fields, setFields] = useState(initial);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const errors = validateWorkshopFields(fields);
  const shownErrors = isSubmitted ? errors : {};

  const set = (key: keyof WorkshopFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    await onSubmit(fields);
    onClose();
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate>
        <Field label="Workshop title" error={shownErrors.title}>
          {(props) => (
            <input
              {...props}
              value={fields.title}
              onChange={set('title')}
              autoFocus
              maxLength={200}
            />
          )}
        </Field>
        <Field label="Organisation" error={shownErrors.organisation}>
          {(props) => (
            <input
              {...props}
              value={fields.organisation}
              onChange={set('organisation')}
              maxLength={200}
            />
          )}
        </Field>
        <Field label="Facilitator" error={shownErrors.facilitator}>
          {(props) => (
            <input
              {...props}
              value={fields.facilitator}
              onChange={set('facilitator')}
              maxLength={120}
            />
          )}
        </Field>
        <Field label="Date" error={shownErrors.date}>
          {(props) => <input {...props} type="date" value={fields.date} onChange={set('date')} />}
        </Field>
        <FormActions submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
