import { EDITS, runEdit } from '../../app/edits.ts';
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import {
  blankComponentFields,
  MAX_COMPONENT_NAME,
  MAX_DATA_DOMAIN,
  validateComponentFields,
} from '../../../shared/domain/component-edits.ts';
import type { ComponentFields } from '../../../shared/domain/component-edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { findDuplication } from '../../../shared/roadmap/duplication.ts';
import type { Component } from '../../../shared/records/component.ts';
import { COMPONENT_KIND_LABELS, COMPONENT_KINDS } from '../../../shared/records/component.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { CandidateChecklist } from '../../components/CandidateChecklist.tsx';

function fieldsOf(component: Component | null): ComponentFields {
  if (!component) return blankComponentFields();
  const { name, kind, dataDomain, providerId, consumerIds } = component;
  return { name, kind, dataDomain, providerId, consumerIds: [...consumerIds] };
}

/** The duplication this component would take part in once saved: shown before saving, not refused. */
function duplicationPreview(
  doc: WorkshopDocument,
  component: Component | null,
  fields: ComponentFields,
): string[] {
  const draftId = component?.id ?? '\u0000draft';
  const draft: Component = {
    id: draftId,
    createdAt: '',
    updatedAt: '',
    workshopId: doc.workshop.id,
    ...fields,
  };
  const components = [...doc.components.filter((k) => k.id !== draftId), draft];
  return findDuplication({ ...doc, components })
    .filter((d) => d.componentIds.includes(draftId))
    .map((d) => d.message);
}

interface ComponentDialogProps {
  doc: WorkshopDocument;
  /** null to add a new component. */
  component: Component | null;
  onClose: () => void;
}

/** Adds or edits a reusable component; one save is one undo step. */
export function ComponentDialog({ doc, component, onClose }: ComponentDialogProps) {
  // The component as the dialog opened it: Save writes only what differs from it.
  const [opened] = useState(component);
  const [fields, setFields] = useState(() => fieldsOf(component));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const domainListId = useId();
  const candidates = useMemo(
    () => [...doc.candidates].sort((a, b) => a.title.localeCompare(b.title)),
    [doc.candidates],
  );
  const domains = useMemo(
    () =>
      [...new Set(doc.components.map((k) => k.dataDomain.trim()).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [doc.components],
  );
  const errors = validateComponentFields(
    fields,
    doc.candidates.map((c) => c.id),
  );
  // The name waits for a save attempt; a wrong builder or consumer shows at once.
  const shownErrors = isSubmitted ? errors : { ...errors, name: undefined };
  const duplication = duplicationPreview(doc, component, fields);
  const patch = (p: Partial<ComponentFields>) => setFields((f) => ({ ...f, ...p }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    // On failure the banner keeps the change for Retry, so the form closes either way.
    await runEdit(
      EDITS.saveComponent,
      { workshopId: doc.workshop.id, opened, fields },
      doc.workshop.id,
    );
    onClose();
  }

  return (
    <Dialog
      title={component ? `Edit component “${component.name}”` : 'Add a component'}
      onClose={onClose}
      isWide
    >
      <form onSubmit={handleSubmit} noValidate className="component-form">
        <div className="form-grid">
          <Field label="Name" error={shownErrors.name} hint="e.g. Customer data pipeline">
            {(props) => (
              <input
                {...props}
                value={fields.name}
                onChange={(e) => patch({ name: e.target.value })}
                autoFocus
                maxLength={MAX_COMPONENT_NAME}
              />
            )}
          </Field>
          <Field label="Kind">
            {(props) => (
              <select
                {...props}
                value={fields.kind}
                onChange={(e) =>
                  patch({
                    kind: COMPONENT_KINDS.find((k) => k === e.target.value) ?? 'data-pipeline',
                  })
                }
              >
                {COMPONENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {COMPONENT_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Data domain"
            error={shownErrors.dataDomain}
            hint="What data it serves, e.g. customer data"
          >
            {(props) => (
              <>
                <input
                  {...props}
                  list={domainListId}
                  value={fields.dataDomain}
                  onChange={(e) => patch({ dataDomain: e.target.value })}
                  maxLength={MAX_DATA_DOMAIN}
                />
                <datalist id={domainListId}>
                  {domains.map((d) => (
                    <option key={d} value={d} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field
            label="Built by"
            error={shownErrors.providerId}
            hint="The candidate that builds it"
          >
            {(props) => (
              <select
                {...props}
                value={fields.providerId ?? ''}
                onChange={(e) =>
                  patch({ providerId: e.target.value === '' ? null : e.target.value })
                }
              >
                <option value="">Nobody yet</option>
                {fields.providerId !== null &&
                  !candidates.some((c) => c.id === fields.providerId) && (
                    <option value={fields.providerId}>
                      A candidate no longer in this workshop
                    </option>
                  )}
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        {duplication.length > 0 && (
          <div className="duplication-preview" role="status">
            {duplication.map((message) => (
              <p key={message}>
                <span aria-hidden="true">⚠ </span>
                <strong>Duplication:</strong> {message}
              </p>
            ))}
          </div>
        )}

        <CandidateChecklist
          legend="Reused by"
          className="consumers"
          candidates={candidates}
          selected={fields.consumerIds}
          error={shownErrors.consumerIds}
          onChange={(consumerIds) => patch({ consumerIds })}
          strayLabel={() => 'A candidate no longer in this workshop'}
          noteFor={(c) => (c.id === fields.providerId ? '(builds it)' : null)}
        />

        <FormActions
          submitLabel={component ? 'Save component' : 'Add component'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
