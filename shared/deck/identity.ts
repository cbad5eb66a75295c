/**
 * What makes two builds of the same deck byte-identical: the PDF's creation date comes from the
 * caller (never the clock), and its file ID (which jsPDF otherwise draws at random) is a hash of
 * everything the deck is built from.
 */

/** An ISO 8601 date-time, or a day (YYYY-MM-DD, read as midnight UTC), or a Date. */
export type DeckDate = Date | string;

/** The creation date as a valid Date; throws a plain message for anything else. */
export function toDate(date: DeckDate): Date {
  const parsed =
    date instanceof Date
      ? new Date(date.getTime())
      : new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00.000Z` : date);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`“${String(date)}” is not a date; give one as YYYY-MM-DD.`);
  }
  return parsed;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The PDF date string (`D:YYYYMMDDHHmmSS+00'00'`) in UTC. jsPDF would format a Date in the
 * machine's time zone, so the same input would give different bytes on two laptops.
 */
export function pdfDate(date: DeckDate): string {
  const d = toDate(date);
  return `D:${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(
    d.getUTCHours(),
  )}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}+00'00'`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A day as words ("10 February 2026"), the same on every machine: toLocaleDateString would follow
 * the runtime's locale and ICU data. `day` is YYYY-MM-DD; anything else comes back unchanged.
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (match === null) return day;
  const [, year, month, date] = match;
  const name = MONTHS[Number(month) - 1];
  return name === undefined ? day : `${Number(date)} ${name} ${year}`;
}

/** The UTC day of a date, as YYYY-MM-DD. */
export function isoDay(date: DeckDate): string {
  return toDate(date).toISOString().slice(0, 10);
}
