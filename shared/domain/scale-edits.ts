/**
 * Edits of the pilot-to-scale half: a governance cell, the capability list (the talent plan's
 * supply), and the workshop's AI-literacy needs and change plan. Each returns one Change (one undo
 * step) that writes only what differs, so two laptops editing different cells both keep theirs.
 */
import type { Candidate } from '../records/candidate.ts';
import type { Capability } from '../records/capability.ts';
import type { GovernanceItem, GovernanceState } from '../records/governance.ts';
import type { ChangePlan, Literacy } from '../records/people.ts';
import type { Workshop } from '../records/workshop.ts';
import type { Change } from './change.ts';
import { NO_CHANGE, patchBetween, patchChange } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import type { RecordEnv } from './factories.ts';
import { newRecordBase, seedCapabilities } from './factories.ts';

/** Sets the state of one governance item of a candidate; nothing when it already has it. */
export function setGovernanceState(
  candidate: Candidate,
  item: GovernanceItem,
  state: GovernanceState,
): Change {
  if (candidate.governance[item].state === state) return NO_CHANGE;
  return patchChange('candidates', {
    id: candidate.id,
    set: { governance: { [item]: { state } } },
  });
}

export type CapabilityFields = Pick<Capability, 'name' | 'have' | 'upskill' | 'hire'>;
export type CapabilityErrors = Partial<Record<keyof CapabilityFields, string>>;

export const MAX_CAPABILITY_NAME = 80;
export const MAX_HEADCOUNT = 9_999;

/** Plain-words problems with a capability's fields, by field; empty when they can be saved. */
export function validateCapabilityFields(
  fields: CapabilityFields,
  others: readonly Capability[],
): CapabilityErrors {
  const errors: CapabilityErrors = {};
  const name = fields.name.trim();
  if (name === '') errors.name = 'Give the capability a name.';
  else if (name.length > MAX_CAPABILITY_NAME)
    errors.name = `Keep the name to ${MAX_CAPABILITY_NAME} characters or fewer.`;
  else if (others.some((k) => k.name.trim().toLowerCase() === name.toLowerCase()))
    errors.name = `“${name}” is already in the list.`;
  for (const key of ['have', 'upskill', 'hire'] as const) {
    const n = fields[key];
    if (!Number.isInteger(n) || n < 0 || n > MAX_HEADCOUNT)
      errors[key] =
        `Enter a whole number of people, from 0 to ${MAX_HEADCOUNT.toLocaleString('en')}.`;
  }
  return errors;
}

/** Adds a capability to a workshop's list. Validate the fields first. */
export function createCapability(
  workshopId: string,
  fields: CapabilityFields,
  env: RecordEnv,
): Change {
  const capability: Capability = {
    ...newRecordBase(env),
    workshopId,
    ...fields,
    name: fields.name.trim(),
  };
  return { create: { capabilities: [capability] } };
}

/** Writes what differs of a capability: its name, or the people who have it, to upskill or to hire. */
export function editCapability(capability: Capability, fields: Partial<CapabilityFields>): Change {
  const next = { ...capability, ...fields, name: (fields.name ?? capability.name).trim() };
  return patchChange('capabilities', patchBetween('capabilities', capability, next));
}

/** Deletes a capability and takes it off every candidate that needed it. */
export function deleteCapability(doc: WorkshopDocument, capabilityId: string): Change {
  const needing = doc.candidates
    .filter((c) => c.capabilities.includes(capabilityId))
    .map((c) => ({ id: c.id, remove: { capabilities: [capabilityId] } }));
  return {
    ...(needing.length > 0 ? { patch: { candidates: needing } } : {}),
    delete: { capabilities: [capabilityId] },
  };
}

/** Adds the seed's roles a workshop does not have yet; nothing when it has them all. */
export function addSeedCapabilities(doc: WorkshopDocument, env: RecordEnv): Change {
  const added = seedCapabilities(doc.workshop.id, doc.capabilities, env);
  return added.length === 0 ? NO_CHANGE : { create: { capabilities: added } };
}

/** Writes what differs of the workshop's AI-literacy needs and change plan, each text on its own. */
export function editPeoplePlans(
  workshop: Workshop,
  plans: { literacy?: Literacy; changePlan?: ChangePlan },
): Change {
  return patchChange('workshops', patchBetween('workshops', workshop, { ...workshop, ...plans }));
}
