/**
 * jsPDF's Flate filter, with the same bytes and without its garbage. jsPDF compresses every stream
 * with fflate's `zlibSync` and then turns the compressed bytes back into a string one byte at a
 * time (`reduce` with `+`): a rope of one node per byte, 600,000 of them for a 200-page deck,
 * built, flattened and collected in the output step. This filter calls the same `zlibSync` with
 * the same (default) options and builds the string from 8 KB slices. Other filters, which the deck
 * does not use, go to jsPDF's own.
 */
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';

interface FilteredData {
  data: string;
  reverseChain: string;
}
type FilterStep = (data: string, filters: unknown) => FilteredData;

/** Bytes a `String.fromCharCode` call takes at once: well under any engine's argument limit. */
const SLICE = 8192;

function isFlateOnly(filters: unknown): boolean {
  const only: unknown = Array.isArray(filters) && filters.length === 1 ? filters[0] : filters;
  return only === 'FlateEncode' || only === '/FlateEncode';
}

/** A binary string (one char per byte, as jsPDF keeps streams) compressed, as jsPDF does it. */
export function flateEncode(data: string): string {
  const input = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 1) input[i] = data.charCodeAt(i);
  const compressed = zlibSync(input);
  const parts: string[] = [];
  for (let i = 0; i < compressed.length; i += SLICE) {
    parts.push(
      String.fromCharCode.apply(null, compressed.subarray(i, i + SLICE) as unknown as number[]),
    );
  }
  return parts.join('');
}

let installed = false;

/** Puts this filter in jsPDF's place for every document (jsPDF keeps filters on `jsPDF.API`). */
export function installFlateEncode(): void {
  if (installed) return;
  const api = jsPDF.API as unknown as { processDataByFilters?: FilterStep };
  const jsPdfFilters = api.processDataByFilters;
  if (jsPdfFilters === undefined) return;
  api.processDataByFilters = (data, filters) =>
    isFlateOnly(filters)
      ? { data: flateEncode(data), reverseChain: '/FlateDecode' }
      : jsPdfFilters(data, filters);
  installed = true;
}
