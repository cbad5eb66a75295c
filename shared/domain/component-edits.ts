import type { Component } from '../records/component.ts';
import { MAX_CONSUMERS } from '../records/component.ts';
import { canonicalSet } from '../records/units.ts';
import type { RecordBase } from '../records/base.ts';
import type { Change } from './change.ts';
import { patchBetween, patchChange } from './change.ts';
import { newRecordBase } from './factories.ts';
import type { RecordEnv } from './factories.ts';

/** What the room says about a reusable component: everything but identity and workshop. */
export type ComponentFields = Omit<Component, keyof RecordBase | 'workshopId'>;

export type ComponentErrors = Partial<
  Record<'name' | 'dataDomain' | 'providerId' | 'consumerIds', string>
>;

export const MAX_COMPONENT_NAME = 120;
export const MAX_DATA_DOMAIN = 80;

/** The fields of a component nobody has described yet: a data pipeline nobody builds. */
export function blankComponentFields(): ComponentFields {
  return { name: '', kind: 'data-pipeline', dataDomain: '', providerId: null, consumerIds: [] };
}

/**
 * Plain-words problems with a component's fields, by field; empty when it can be saved.
 * `candidateIds` are the candidates of the component's workshop: a provider or consumer outside
 * them would be a dangling reference (e.g. a candidate deleted while the form was open).
 */
export function validateComponentFields(
  fields: ComponentFields,
  candidateIds: ReadonlySet<string> | readonly string[],
): ComponentErrors {
  const known = candidateIds instanceof Set ? candidateIds : new Set(candidateIds);
  const errors: ComponentErrors = {};
  const name = fields.name.trim();
  if (name === '') errors.name = 'Give the component a name.';
  else if (name.length > MAX_COMPONENT_NAME)
    errors.name = `Keep the name to ${MAX_COMPONENT_NAME} characters or fewer.`;
  if (fields.dataDomain.trim().length > MAX_DATA_DOMAIN)
    errors.dataDomain = `Keep the data domain to ${MAX_DATA_DOMAIN} characters or fewer.`;
  if (fields.providerId !== null && !known.has(fields.providerId))
    errors.providerId =
      'The candidate that builds it is no longer in this workshop. Choose another, or “Nobody yet”.';
  if (fields.providerId !== null && fields.consumerIds.includes(fields.providerId)) {
    errors.consumerIds =
      'The candidate that builds the component cannot also reuse it. Untick it under “Reused by”, or choose another builder.';
  } else if (fields.consumerIds.some((id) => !known.has(id))) {
    errors.consumerIds = 'A candidate that reuses it is no longer in this workshop. Untick it.';
  } else if (new Set(fields.consumerIds).size > MAX_CONSUMERS) {
    errors.consumerIds = `A component can list at most ${MAX_CONSUMERS} candidates that reuse it.`;
  }
  return errors;
}

/** Fields as they are stored: name and domain trimmed, each consumer once, in id order. */
function cleaned(fields: ComponentFields): ComponentFields {
  return {
    name: fields.name.trim(),
    kind: fields.kind,
    dataDomain: fields.dataDomain.trim(),
    providerId: fields.providerId,
    consumerIds: canonicalSet(fields.consumerIds),
  };
}

/** Adds a new reusable component to a workshop. Validate the fields first. */
export function createComponent(
  workshopId: string,
  fields: ComponentFields,
  env: RecordEnv,
): Change {
  const component: Component = { ...newRecordBase(env), workshopId, ...cleaned(fields) };
  return { create: { components: [component] } };
}

/**
 * Saves what the user changed of a component; `component` is the component as the dialog opened
 * it, so only the fields that differ are written (consumers as ids added and removed). Validate
 * the fields first.
 */
export function editComponent(component: Component, fields: ComponentFields): Change {
  return patchChange(
    'components',
    patchBetween('components', component, { ...component, ...cleaned(fields) }),
  );
}

/**
 * Deletes a component. Nothing else refers to a component (candidates point at nothing of it), so
 * this is the one id; the undo brings the record back as it was.
 */
export function deleteComponent(componentId: string): Change {
  return { delete: { components: [componentId] } };
}
