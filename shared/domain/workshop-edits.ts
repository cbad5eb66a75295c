import type { Workshop, WorkshopSettings } from '../records/workshop.ts';
import type { Change } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import { revise } from './factories.ts';
import type { RecordEnv, WorkshopFields } from './factories.ts';

/** Writes a whole document: a new, duplicated or imported workshop, or an undone delete. */
export function putDocument(doc: WorkshopDocument): Change {
  return {
    put: {
      workshops: [doc.workshop],
      phases: doc.phases,
      candidates: doc.candidates,
      components: doc.components,
    },
    remove: {},
  };
}

/** Removes a workshop and everything in it. */
export function removeDocument(doc: WorkshopDocument): Change {
  return {
    put: {},
    remove: {
      workshops: [doc.workshop.id],
      phases: doc.phases.map((p) => p.id),
      candidates: doc.candidates.map((c) => c.id),
      components: doc.components.map((k) => k.id),
    },
  };
}

/** Changes a workshop's title, organisation, facilitator or date. */
export function editWorkshopDetails(
  workshop: Workshop,
  fields: WorkshopFields,
  env: RecordEnv,
): Change {
  return {
    put: { workshops: [revise(workshop, { ...fields, title: fields.title.trim() }, env)] },
    remove: {},
  };
}

/** Replaces a workshop's settings (weights, thresholds, priority split, bands). */
export function editWorkshopSettings(
  workshop: Workshop,
  settings: WorkshopSettings,
  env: RecordEnv,
): Change {
  return { put: { workshops: [revise(workshop, { settings }, env)] }, remove: {} };
}

/** Plain-words problems with a workshop's details, by field; empty when they can be saved. */
export function validateWorkshopFields(
  fields: WorkshopFields,
): Partial<Record<keyof WorkshopFields, string>> {
  const errors: Partial<Record<keyof WorkshopFields, string>> = {};
  if (fields.title.trim() === '') errors.title = 'Give the workshop a title.';
  else if (fields.title.length > 200) errors.title = 'Keep the title under 200 characters.';
  if (fields.organisation.length > 200)
    errors.organisation = 'Keep the organisation under 200 characters.';
  if (fields.facilitator.length > 120) errors.facilitator = 'Keep the name under 120 characters.';
  if (fields.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(fields.date))
    errors.date = 'Use a date like 2026-03-31.';
  return errors;
}
