/**
 * The words a facilitator reads when a `.scalepath` file is refused: what is wrong, where, and
 * what to do. No jargon (no "JSON path", no "schema"); records are named the way the room knows
 * them, by position and title.
 */
import type { z } from 'zod';
import { CRITERIA, STAGE_LABELS, STAGES, TAG_LABELS } from '../domain/criteria.ts';
import type { Criterion } from '../domain/criteria.ts';
import { COMPONENT_KIND_LABELS, COMPONENT_KINDS } from '../records/component.ts';
import { MAX_FILE_BYTES } from './precheck.ts';
import type { HostileKeyHit, PrecheckProblem } from './precheck.ts';

export type FileErrorCode =
  | 'too-large'
  | 'too-deep'
  | 'string-too-long'
  | 'not-json'
  | 'hostile-key'
  | 'wrong-format'
  | 'newer-version'
  | 'invalid'
  | 'not-utf8'
  /** A fault of Scalepath's own while reading (a bug), not of the file; logged for developers. */
  | 'internal';

/** Why a file was refused: a stable code for code, a plain sentence or two for people. */
export interface FileError {
  code: FileErrorCode;
  message: string;
}

const EXPORT_AGAIN = 'Ask the sender to export the workshop from Scalepath again.';
const CHECK_AND_EXPORT_AGAIN = 'Ask the sender to check it in Scalepath and export it again.';

/** What every surface adds when it refuses a file before importing anything from it. */
export const NOTHING_CHANGED = 'Nothing in your library was changed.';

const MiB = 1024 * 1024;

/**
 * A size in MB, the one way every surface writes it: MiB (as the limit is set), rounded up to a
 * tenth so that a file just over the limit never reads as the limit ("20.1 MB", "60.4 MB", "20 MB").
 */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MiB) * 10);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)} MB`;
}

/** “name” when the caller knows the file's name, else "This file". */
function fileSubject(name: string | undefined): string {
  return name === undefined ? 'This file' : `“${shorten(name, 80)}”`;
}

/** A file over the size limit, refused before it is read. */
export function fileTooLargeError(bytes: number, name?: string): FileError {
  return {
    code: 'too-large',
    message: `${fileSubject(name)} is ${formatMegabytes(bytes)}, and a Scalepath workshop file is at most ${formatMegabytes(MAX_FILE_BYTES)}. Check that it is the right file, or ${lowerFirst(EXPORT_AGAIN)}`,
  };
}

/** A workshop whose file would be over the size limit: export refuses to write what import refuses. */
export function exportTooLargeError(bytes: number): FileError {
  return {
    code: 'too-large',
    message: `This workshop would make a file of ${formatMegabytes(bytes)}, and Scalepath opens workshop files of at most ${formatMegabytes(MAX_FILE_BYTES)}, so no laptop could open it. Remove candidates you no longer need, or shorten long descriptions and notes, then export again.`,
  };
}

/** Why bytes are not text Scalepath reads (see decode.ts). */
export type NotUtf8Reason = 'invalid-utf8' | 'zero-bytes' | 'broken-utf16';

const NOT_UTF8_HINTS: Readonly<Record<NotUtf8Reason, string>> = {
  'invalid-utf8': 'it looks like another encoding, such as Latin-1',
  'zero-bytes':
    'it holds zero bytes, which text never does: it may be UTF-16 saved without a byte order mark, or not text at all',
  'broken-utf16': 'it says it is UTF-16 text, but it is damaged',
};

/** Bytes that are not exactly UTF-8 (or UTF-16 with a byte order mark). */
export function notUtf8Error(reason: NotUtf8Reason, name?: string): FileError {
  return {
    code: 'not-utf8',
    message: `${fileSubject(name)} is not UTF-8 text (${NOT_UTF8_HINTS[reason]}), so Scalepath cannot read its accented letters and other characters exactly. Save it again as UTF-8 in the program that changed it, or ${lowerFirst(EXPORT_AGAIN)}`,
  };
}

/** A fault inside Scalepath while reading a file: the user is told plainly, without blame. */
export function internalError(): FileError {
  return {
    code: 'internal',
    message:
      'Scalepath could not read this file because of a fault in Scalepath itself, not necessarily in the file. Try again; if it happens again, send the file to whoever looks after Scalepath for you.',
  };
}

/** The error for a problem the pre-check found before parsing. */
export function precheckError(problem: PrecheckProblem): FileError {
  switch (problem.code) {
    case 'too-large':
      return {
        code: 'too-large',
        message: `This file is larger than ${formatMegabytes(problem.limit)}, far more than any workshop needs, so Scalepath did not open it. Check that it is the right file, or ${lowerFirst(EXPORT_AGAIN)}`,
      };
    case 'too-deep':
      return {
        code: 'too-deep',
        message: `This file is nested more than ${problem.limit} levels deep, which no Scalepath workshop ever is: it is damaged or not a workshop. ${EXPORT_AGAIN}`,
      };
    case 'string-too-long':
      return {
        code: 'string-too-long',
        message: `This file holds a text longer than ${groupThousands(problem.limit)} characters, which no Scalepath workshop ever does: it is damaged or not a workshop. ${EXPORT_AGAIN}`,
      };
  }
}

/** A file with nothing (or only blanks) in it. */
export function emptyFileError(): FileError {
  return { code: 'not-json', message: `This file is empty. ${EXPORT_AGAIN}` };
}

/** Text that starts like a workshop file but does not parse: usually cut short in transfer. */
export function notJsonError(): FileError {
  return {
    code: 'not-json',
    message: `This file is not a Scalepath workshop (it looks truncated or is not JSON). ${EXPORT_AGAIN}`,
  };
}

/** Not even shaped like a workshop file: another app's JSON, a spreadsheet, a document. */
export function wrongFormatError(format?: unknown): FileError {
  const what =
    typeof format === 'string' && format !== ''
      ? `it says it is a “${shorten(format, 40)}” file`
      : 'it does not say it is one';
  return {
    code: 'wrong-format',
    message: `This file is not a Scalepath workshop (${what}). Open a .scalepath file exported from Scalepath.`,
  };
}

/** A spreadsheet opened as a workshop file: the import that takes it is named. */
export function spreadsheetFileError(kind: 'csv' | 'zip'): FileError {
  const what =
    kind === 'csv'
      ? 'it is a spreadsheet saved as CSV or text'
      : 'it is a zipped document, such as an Excel workbook';
  return {
    code: 'wrong-format',
    message: `This file is not a Scalepath workshop: ${what}. To bring in the candidates a spreadsheet lists, use “Import from a spreadsheet…” on a workshop’s Candidates screen, or “New workshop from a spreadsheet…” on the home screen.`,
  };
}

/** A `__proto__`, `constructor` or `prototype` key, located by the record that holds it. */
export function hostileKeyError(hit: HostileKeyHit, raw: unknown): FileError {
  const { subject } = describeOwner(hit.path, raw);
  const where = subject === 'the file' ? '' : ` (in ${subject})`;
  return {
    code: 'hostile-key',
    message: `This file contains a field named “${hit.key}”${where}, which Scalepath never writes and refuses for safety. ${EXPORT_AGAIN}`,
  };
}

/** A Scalepath file without a schemaVersion. */
export function missingVersionError(): FileError {
  return {
    code: 'invalid',
    message: `This file does not say which Scalepath format version it uses, so it cannot be read safely. ${EXPORT_AGAIN}`,
  };
}

/** A schemaVersion that is not a whole number from 1 up. */
export function badVersionError(version: unknown): FileError {
  return {
    code: 'invalid',
    message: `This file gives its format version as ${showValue(version)}, which is not a version Scalepath has ever written. ${EXPORT_AGAIN}`,
  };
}

/** A file from a newer app: names both versions and says to update. */
export function newerVersionError(
  version: number,
  current: number,
  appVersion: unknown,
): FileError {
  const app =
    typeof appVersion === 'string' && appVersion !== '' ? `${shorten(appVersion, 20)}, ` : '';
  return {
    code: 'newer-version',
    message: `This file was made by a newer Scalepath (${app}format version ${version}; this app reads up to ${current}). Update Scalepath to open it.`,
  };
}

/** An older file whose migration failed. */
export function migrationError(fromVersion: number, reason: string): FileError {
  return {
    code: 'invalid',
    message: `This file uses the older format version ${fromVersion} and could not be brought up to date (${shorten(reason, 120)}). ${EXPORT_AGAIN}`,
  };
}

/** The error for a file that failed validation: the first problem in words, and how many more. */
export function invalidFileError(issues: readonly z.core.$ZodIssue[], raw: unknown): FileError {
  const [first] = issues;
  const problem =
    first === undefined ? 'The file does not hold a valid workshop.' : describeIssue(first, raw);
  const more = issues.length - 1;
  const others =
    more > 0 ? ` Scalepath found ${more} more problem${more === 1 ? '' : 's'} in this file.` : '';
  return { code: 'invalid', message: `${problem}${others} ${CHECK_AND_EXPORT_AGAIN}` };
}

const EXPECTED_WORDS: ReadonlyMap<string, string> = new Map([
  ['string', 'a text'],
  ['number', 'a number'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
  ['array', 'a list'],
  ['object', 'a group of fields'],
  ['null', 'empty'],
]);

const FORMAT_WORDS: ReadonlyMap<string, string> = new Map([
  ['date', 'a day is written YYYY-MM-DD'],
  ['datetime', 'a time is written like 2025-03-01T09:00:00Z'],
  ['regex', 'it holds characters that are not allowed there'],
]);

/**
 * zod's error map in plain words, for issues whose schema has no message of its own (those are
 * already plain words and take precedence). Pass it to `safeParse(data, { error })`.
 */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS.get(issue.expected) ?? issue.expected;
      if (issue.input === undefined) return `it is missing`;
      if (isUnreadableNumber(issue.input)) return 'it is a number too large to read';
      return `it should be ${expected}, not ${showValue(issue.input)}`;
    }
    case 'invalid_value':
      return `${showValue(issue.input)} is not one of ${issue.values.map(showValue).join(', ')}`;
    case 'invalid_format': {
      const rule = FORMAT_WORDS.get(issue.format);
      return rule === undefined
        ? `${showValue(issue.input)} is not in the expected form`
        : `${showValue(issue.input)} is not valid; ${rule}`;
    }
    case 'too_big':
      if (issue.origin === 'array')
        return `it holds more than ${groupThousands(Number(issue.maximum))} items`;
      if (issue.origin === 'string')
        return `it is longer than ${groupThousands(Number(issue.maximum))} characters`;
      return `${showValue(issue.input)} is above the maximum of ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'array') return `it holds fewer than ${String(issue.minimum)} items`;
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1
          ? 'it is empty'
          : `it is shorter than ${String(issue.minimum)} characters`;
      return `${showValue(issue.input)} is below the minimum of ${String(issue.minimum)}`;
    case 'invalid_union':
      return `${showValue(issue.input)} is not in a form Scalepath reads`;
    default:
      return undefined;
  }
}

type Path = readonly PropertyKey[];

/**
 * One validation problem as a sentence: "Candidate 4 (“Fraud detection”) has a direct financial
 * impact score of 9; scores are whole numbers from 1 to 5."
 */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const { subject, rest } = describeOwner(issue.path, raw);
  const Subject = upperFirst(subject);
  const field = describeField(rest);
  const value = valueAt(raw, issue.path);
  if (value === undefined && issue.code === 'invalid_type') {
    return field === '' ? `${Subject} is missing.` : `${Subject} is missing its ${field}.`;
  }
  const hint = rangeHint(rest) ?? choicesHint(issue.path[0], rest);
  if (hint !== null) {
    // JSON.parse reads 1e309 as Infinity, which is not what anyone typed.
    const what = isUnreadableNumber(value)
      ? `${field} too large to read`
      : `${field} of ${showValue(value)}`;
    return `${Subject} has ${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${what}; ${hint}.`;
  }
  const message = stripFinalStop(issue.message);
  return field === ''
    ? `${Subject} has a problem: ${message}.`
    : `${Subject} has a problem with its ${field}: ${message}.`;
}

const RECORD_KINDS: Readonly<Record<string, { noun: string; nameField: string }>> = {
  phases: { noun: 'phase', nameField: 'name' },
  candidates: { noun: 'candidate', nameField: 'title' },
  components: { noun: 'component', nameField: 'name' },
};

/**
 * Which record a path points into, named for people ("candidate 4 (“Fraud detection”)", "phase 1
 * (“Foundation”)", "the workshop (“Kick-off”)", "the file"), and the rest of the path inside it.
 */
export function describeOwner(path: Path, raw: unknown): { subject: string; rest: Path } {
  const [first, second] = path;
  if (first === 'workshop') {
    return {
      subject: `the workshop${titled(valueAt(raw, ['workshop', 'title']))}`,
      rest: path.slice(1),
    };
  }
  const kind = typeof first === 'string' ? RECORD_KINDS[first] : undefined;
  if (kind && typeof second === 'number') {
    const name = valueAt(raw, [first as string, second, kind.nameField]);
    return { subject: `${kind.noun} ${second + 1}${titled(name)}`, rest: path.slice(2) };
  }
  return { subject: 'the file', rest: path };
}

const FIELD_WORDS: ReadonlyMap<string, string> = new Map([
  ['format', 'format'],
  ['schemaVersion', 'format version'],
  ['appVersion', 'app version'],
  ['exportedAt', 'export date'],
  ['workshop', 'workshop'],
  ['phases', 'phases'],
  ['candidates', 'candidates'],
  ['components', 'components'],
  ['kind', 'kind'],
  ['dataDomain', 'data domain'],
  ['providerId', 'provider'],
  ['consumerIds', 'consumers'],
  ['keptPlacement', 'kept placement'],
  ['reason', 'reason'],
  ['id', 'id'],
  ['createdAt', 'creation date'],
  ['updatedAt', 'last-edit date'],
  ['version', 'edit history'],
  ['seen', 'edit history'],
  ['fields', 'edit history'],
  ['created', 'edit history'],
  ['tombstones', 'deleted records'],
  ['deleted', 'deletion'],
  ['replica', 'laptop'],
  ['workshopId', 'workshop id'],
  ['title', 'title'],
  ['organisation', 'organisation'],
  ['facilitator', 'facilitator'],
  ['date', 'date'],
  ['settings', 'settings'],
  ['priorityValueShare', 'share of value in the priority'],
  ['balanceBand', 'balance band'],
  ['dotsPerParticipant', 'dots per participant'],
  ['valueWeights', 'value weights'],
  ['feasibilityWeights', 'feasibility weights'],
  ['thresholds', 'quadrant thresholds'],
  ['name', 'name'],
  ['timeSpan', 'time span'],
  ['capacity', 'capacity'],
  ['order', 'position on the roadmap'],
  ['description', 'description'],
  ['owner', 'owner'],
  ['department', 'department'],
  ['stage', 'stage'],
  ['audience', 'audience tag'],
  ['horizon', 'horizon tag'],
  ['approach', 'approach tag'],
  ['effort', 'effort'],
  ['valueScores', 'value scores'],
  ['feasibilityScores', 'feasibility scores'],
  ['placement', 'placement on the matrix'],
  ['dependencies', 'dependencies'],
  ['notes', 'notes'],
  ['phaseId', 'phase'],
  ['phaseRank', 'position in its phase'],
]);

function isCriterion(key: PropertyKey | undefined): key is Criterion {
  return typeof key === 'string' && Object.hasOwn(CRITERIA, key);
}

/** A field path inside a record in words: "direct financial impact score", "dependency 3". */
function describeField(rest: Path): string {
  const [first, second, third] = rest;
  if ((first === 'valueScores' || first === 'feasibilityScores') && isCriterion(second)) {
    return `${lowerFirst(CRITERIA[second].label)} score`;
  }
  if (first === 'placement' && (second === 'x' || second === 'y')) {
    return `placement on the ${second === 'x' ? 'feasibility' : 'value'} axis`;
  }
  if (first === 'dependencies' && typeof second === 'number') return `dependency ${second + 1}`;
  if (first === 'settings') {
    if ((second === 'valueWeights' || second === 'feasibilityWeights') && isCriterion(third)) {
      return `weight for ${lowerFirst(CRITERIA[third].label)}`;
    }
    if (second === 'thresholds' && (third === 'value' || third === 'feasibility')) {
      return `${third} threshold`;
    }
    if (second !== undefined) return `${describeField(rest.slice(1))} setting`;
  }
  return rest
    .map((key) =>
      typeof key === 'number' ? `item ${key + 1}` : (FIELD_WORDS.get(String(key)) ?? String(key)),
    )
    .join(', ');
}

/** The allowed range of the numbers facilitators type, where a plain rule reads better than zod's. */
function rangeHint(rest: Path): string | null {
  const [first, second, third] = rest;
  if ((first === 'valueScores' || first === 'feasibilityScores') && isCriterion(second)) {
    return 'scores are whole numbers from 1 to 5';
  }
  if (first === 'placement' && (second === 'x' || second === 'y')) {
    return 'the matrix runs from 0 to 100 on both axes';
  }
  if (first === 'date' && second === undefined) {
    return 'a workshop day is written YYYY-MM-DD, or left empty';
  }
  if (first === 'capacity' && second === undefined) {
    return 'a capacity is a whole number of effort points from 0 to 10,000';
  }
  if (first === 'settings' && (second === 'valueWeights' || second === 'feasibilityWeights')) {
    return isCriterion(third) ? 'weights run from 0 to 10' : null;
  }
  if (first === 'settings' && second === 'thresholds' && third !== undefined) {
    return 'thresholds run from 0 to 100';
  }
  return null;
}

/** The choices of a field the form offers as a list, by the labels the form shows them with. */
const CHOICE_FIELDS: Readonly<
  Record<
    string,
    Readonly<Record<string, { plural: string; labels: readonly string[]; isOptional: boolean }>>
  >
> = {
  candidates: {
    stage: { plural: 'stages', labels: STAGES.map((s) => STAGE_LABELS[s]), isOptional: false },
    audience: {
      plural: 'audience tags',
      labels: [TAG_LABELS['customer-facing'], TAG_LABELS.operational],
      isOptional: true,
    },
    horizon: {
      plural: 'horizon tags',
      labels: [TAG_LABELS['quick-win'], TAG_LABELS['long-term']],
      isOptional: true,
    },
    approach: {
      plural: 'approach tags',
      labels: [TAG_LABELS.proven, TAG_LABELS.experimental],
      isOptional: true,
    },
  },
  components: {
    kind: {
      plural: 'kinds of component',
      labels: COMPONENT_KINDS.map((k) => COMPONENT_KIND_LABELS[k]),
      isOptional: false,
    },
  },
};

/** "the stages are Idea, Pilot running, … and In production", for a field with choices. */
function choicesHint(table: PropertyKey | undefined, rest: Path): string | null {
  const [first, second] = rest;
  if (typeof table !== 'string' || typeof first !== 'string' || second !== undefined) return null;
  const choices = Object.hasOwn(CHOICE_FIELDS, table) ? CHOICE_FIELDS[table] : undefined;
  const field = choices !== undefined && Object.hasOwn(choices, first) ? choices[first] : undefined;
  if (field === undefined) return null;
  const labels = field.labels;
  const list = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
  return `the ${field.plural} are ${list}${field.isOptional ? ', or none' : ''}`;
}

/** A number JSON.parse could not hold (1e309 becomes Infinity). */
function isUnreadableNumber(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/** Follows a path through parsed JSON using own properties only. */
function valueAt(raw: unknown, path: Path): unknown {
  let current = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (typeof key === 'symbol' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** ` (“Title”)` when a record has a usable title, else nothing. */
function titled(name: unknown): string {
  if (typeof name !== 'string') return '';
  const trimmed = name.trim();
  return trimmed === '' ? '' : ` (“${shorten(trimmed, 60)}”)`;
}

function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return `“${shorten(value, 40)}”`;
  if (isUnreadableNumber(value)) return 'a number too large to read';
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return Array.isArray(value) ? 'a list' : 'a group of fields';
}

/** At most `max` characters (code points, so an emoji is never cut in half), with an ellipsis. */
function shorten(text: string, max: number): string {
  // 2 * max + 2 code units always hold more than `max` code points when the text is longer.
  const points = Array.from(text.slice(0, 2 * max + 2));
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/** 100000 -> "100,000", the same everywhere (no locale data needed). */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function stripFinalStop(text: string): string {
  return text.replace(/\.+$/, '');
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
