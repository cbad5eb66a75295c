import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';

interface KeepPlacementDialogProps {
  title: string;
  onKeep: (reason: string) => void;
  onClose: () => void;
}

/** Asks, in one line, why the room keeps a card where its scores do not put it. */
export function KeepPlacementDialog({ title, onKeep, onClose }: KeepPlacementDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setError('Write why the room keeps this placement, in one line.');
      return;
    }
    onKeep(trimmed);
  }

  return (
    <Dialog title={`Keep the placement of “${title}”`} onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate>
        <p>
          The scores put this card elsewhere. Say why the room places it here: the flag stays quiet
          until its scores or its placement change.
        </p>
        <Field label="Reason" error={error}>
          {(props) => (
            <input
              {...props}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (error) setError(undefined);
              }}
              maxLength={200}
              autoFocus
            />
          )}
        </Field>
        <FormActions submitLabel="Keep placement" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
