import type { Candidate } from '../records/candidate.ts';
import type { Component } from '../records/component.ts';
import type { Phase } from '../records/phase.ts';
import type { Workshop } from '../records/workshop.ts';

/**
 * What one user action does to the stored data: records to write whole, ids to delete.
 * Domain functions return a Change; the db layer applies it in one transaction. Undo is the
 * inverse Change, computed from the records as they were before.
 */
export interface Change {
  put: {
    workshops?: Workshop[];
    phases?: Phase[];
    candidates?: Candidate[];
    components?: Component[];
  };
  remove: { workshops?: string[]; phases?: string[]; candidates?: string[]; components?: string[] };
}

/** Any stored record, of any table. */
export type AnyRecord = Workshop | Phase | Candidate | Component;

export const TABLES = ['workshops', 'phases', 'candidates', 'components'] as const;
export type TableName = (typeof TABLES)[number];

export function isEmptyChange(change: Change): boolean {
  return TABLES.every(
    (t) => (change.put[t]?.length ?? 0) === 0 && (change.remove[t]?.length ?? 0) === 0,
  );
}
