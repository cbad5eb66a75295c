import type { Workshop, WorkshopSettings } from '../records/workshop.ts';
import type { AnyRecord } from '../records/kinds.ts';
import { KINDS } from '../records/kinds.ts';
import type { Change, ExactWrite } from './change.ts';
import { patchBetween, patchChange } from './change.ts';
import { documentRecords } from './document.ts';
import type { ReplicaDocument, WorkshopDocument } from './document.ts';
import type { WorkshopFields } from './factories.ts';

/** Creates a whole new workshop (a new lineage): created, duplicated, or imported as a copy. */
export function createDocument(doc: WorkshopDocument): Change {
  return { create: documentRecords(doc) };
}

/**
 * Stores a workshop from a file that is not in the library yet, as the file has it: the same ids,
 * versions and tombstones, so it stays the same workshop as on the laptop it came from and later
 * files of it merge. Refused (StaleChangeError) if any of its ids is stored by then.
 */
export function importDocument(replica: ReplicaDocument): Change {
  const workshopId = replica.doc.workshop.id;
  const records = documentRecords(replica.doc);
  const exact: ExactWrite[] = [];
  for (const kind of KINDS) {
    for (const record of records[kind] as AnyRecord[]) {
      const version = replica.versions.get(record.id);
      if (version === undefined) throw new Error(`No version for “${record.id}”.`);
      exact.push({ kind, id: record.id, workshopId, row: { record, version }, tombstone: null });
    }
  }
  for (const tombstone of replica.tombstones) {
    exact.push({ kind: tombstone.kind, id: tombstone.id, workshopId, row: null, tombstone });
  }
  return { exact, expect: { absent: exact.map((w) => w.id) } };
}

/** Removes a workshop from the library with everything in it. */
export function removeWorkshop(workshopId: string): Change {
  return { dropWorkshops: [workshopId] };
}

/** Changes what differs of a workshop's title, organisation, facilitator or date. */
export function editWorkshopDetails(workshop: Workshop, fields: WorkshopFields): Change {
  return patchChange(
    'workshops',
    patchBetween('workshops', workshop, { ...workshop, ...fields, title: fields.title.trim() }),
  );
}

/**
 * Writes the settings that differ from the workshop's (weights, thresholds, priority split, bands),
 * each on its own: two laptops changing two different weights both keep theirs.
 */
export function editWorkshopSettings(workshop: Workshop, settings: WorkshopSettings): Change {
  return patchChange('workshops', patchBetween('workshops', workshop, { ...workshop, settings }));
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
