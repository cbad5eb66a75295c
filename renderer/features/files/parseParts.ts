/**
 * A parsed file's large lists cut into parts, for the trip from the file-reading worker to the
 * page. A message's data is copied out on the page in one task when it is first read: the whole
 * of a 10,000-candidate workshop in one message held the page for 150 ms. Each part is its own
 * message, read in its own task; the page joins them back, in order, into the same result.
 */
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { ParseWorkshopFileResult } from '../../../shared/file/format.ts';
import { CHILD_KINDS } from '../../../shared/records/kinds.ts';
import type { AnyRecord, ChildKind } from '../../../shared/records/kinds.ts';
import type { Version } from '../../../shared/records/version.ts';

/** Records, or versions, per part: about 10 ms of reading each on the page. */
export const PART_SIZE = 1_000;

export type ParsePart =
  { kind: ChildKind; records: AnyRecord[] } | { versions: Array<[string, Version]> };

/** The result with its long lists taken out, and those lists as parts, in order. */
export function splitParsed(
  result: ParseWorkshopFileResult,
  size = PART_SIZE,
): { rest: ParseWorkshopFileResult; parts: ParsePart[] } {
  if (!result.ok) return { rest: result, parts: [] };
  const parts: ParsePart[] = [];
  const doc = { ...result.doc } as Record<string, unknown>;
  for (const kind of CHILD_KINDS) {
    const records = result.doc[kind] as AnyRecord[];
    if (records.length <= size) continue;
    for (let i = 0; i < records.length; i += size) {
      parts.push({ kind, records: records.slice(i, i + size) });
    }
    doc[kind] = [];
  }
  let versions = result.versions;
  if (versions.size > size) {
    const entries = [...versions];
    for (let i = 0; i < entries.length; i += size) {
      parts.push({ versions: entries.slice(i, i + size) });
    }
    versions = new Map();
  }
  return { rest: { ...result, doc: doc as WorkshopDocument, versions }, parts };
}

/** The result `splitParsed` cut, whole again. */
export function joinParsed(
  rest: ParseWorkshopFileResult,
  parts: readonly ParsePart[],
): ParseWorkshopFileResult {
  if (!rest.ok || parts.length === 0) return rest;
  const doc = { ...rest.doc } as Record<string, unknown>;
  const versions = new Map(rest.versions);
  const lists = new Map<ChildKind, AnyRecord[]>();
  for (const part of parts) {
    if ('versions' in part) {
      for (const [id, version] of part.versions) versions.set(id, version);
      continue;
    }
    let list = lists.get(part.kind);
    if (list === undefined) {
      list = [...(rest.doc[part.kind] as AnyRecord[])];
      lists.set(part.kind, list);
    }
    for (const record of part.records) list.push(record);
  }
  for (const [kind, list] of lists) doc[kind] = list;
  return { ...rest, doc: doc as unknown as WorkshopDocument, versions };
}
