import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { getRepository } from '../../db/repository.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';

const MAX_NAME = 80;

/**
 * The name files from this laptop carry ("Anna's laptop"), which the other laptop sees when it
 * merges them, and a way to change it.
 */
export function ReplicaName() {
  const [name, setName] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);

  useEffect(() => {
    let isMounted = true;
    void getRepository()
      .replica()
      .then((replica) => {
        if (isMounted) setName(replica.name);
      });
    return () => {
      isMounted = false;
    };
  }, []);

  if (name === null) return null;
  return (
    <p className="replica-name">
      Files exported from here say they come from <strong>“{name}”</strong>.{' '}
      <button type="button" onClick={() => setIsEditing(true)}>
        Rename this laptop
      </button>
      {isEditing && (
        <RenameDialog
          name={name}
          onClose={() => setIsEditing(false)}
          onSave={async (next) => {
            await getRepository().renameReplica(next);
            setName((await getRepository().replica()).name);
            setIsEditing(false);
          }}
        />
      )}
    </p>
  );
}

function RenameDialog({
  name,
  onClose,
  onSave,
}: {
  name: string;
  onClose: () => void;
  onSave: (name: string) => Promise<void>;
}) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      setError('Give this laptop a name, e.g. “Anna’s laptop”.');
      return;
    }
    try {
      await onSave(value.trim());
    } catch (failure) {
      setError(
        `The name was not saved (${failure instanceof Error ? failure.message : String(failure)}). Try again.`,
      );
    }
  }

  return (
    <Dialog title="Name this laptop" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field
          label="Laptop name"
          error={error}
          hint="Shown to whoever merges a file exported from here"
        >
          {(props) => (
            <input
              {...props}
              value={value}
              maxLength={MAX_NAME}
              autoFocus
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <FormActions submitLabel="Save name" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
