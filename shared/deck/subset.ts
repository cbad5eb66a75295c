/**
 * Fonts cut down to the characters a deck can draw, with HarfBuzz's subsetter (harfbuzzjs's
 * hb-subset.wasm, passed in as bytes: shared/ reads no files). jsPDF's own subsetting drops unused
 * glyph outlines but copies a font's character map, metrics, glyph names and naming tables whole,
 * which is most of DejaVu's weight and nearly all of a CJK font's; HarfBuzz keeps only what the
 * characters need. Deterministic: the same font and characters give the same bytes.
 */

/** The C functions of hb-subset.wasm the subsetter calls. */
interface HarfBuzz {
  memory: WasmMemory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** The little of WebAssembly used here (shared/ compiles without the DOM's declarations). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};
type WasmMemory = { buffer: ArrayBuffer };

export type Subsetter = (font: Uint8Array, codePoints: Iterable<number>) => Uint8Array;

const HB_MEMORY_MODE_WRITABLE = 2;
const instances = new WeakMap<Uint8Array, HarfBuzz>();

function instantiate(wasm: Uint8Array): HarfBuzz {
  let hb = instances.get(wasm);
  if (hb === undefined) {
    // Synchronous: the deck builds in a worker or in Node, where a large module may compile so.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    hb = instance.exports as unknown as HarfBuzz;
    instances.set(wasm, hb);
  }
  return hb;
}

/** A subsetter over hb-subset.wasm's bytes (the instance is kept for the same bytes). */
export function createSubsetter(wasm: Uint8Array): Subsetter {
  const hb = instantiate(wasm);
  return (font, codePoints) => {
    const fontPointer = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, fontPointer);
    const blob = hb.hb_blob_create(fontPointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    try {
      if (subset === 0) throw new Error('The deck font could not be subset: it may be damaged.');
      const result = hb.hb_face_reference_blob(subset);
      const length = hb.hb_blob_get_length(result);
      const data = hb.hb_blob_get_data(result, 0);
      // Copied out before anything else runs: the wasm memory may grow and move.
      const bytes = new Uint8Array(hb.memory.buffer).slice(data, data + length);
      hb.hb_blob_destroy(result);
      if (length === 0) throw new Error('The deck font could not be subset: it may be damaged.');
      return bytes;
    } finally {
      if (subset !== 0) hb.hb_face_destroy(subset);
      hb.hb_face_destroy(face);
      hb.free(fontPointer);
    }
  };
}

const ranges = (...pairs: Array<[number, number]>): number[] =>
  pairs.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * What the deck's own words and marks use, whatever the workshop holds: ASCII, Latin-1 (·, ×,
 * °, ²), and U+2000 to U+2BFF: punctuation (quotes, dashes, …), currency (€), letterlike (№),
 * arrows, mathematical operators (≥), technical (⌘), shapes (○ ◐) and dingbats (✓); and the
 * replacement character.
 */
const DECK_CHARACTERS = ranges([0x20, 0x7e], [0xa0, 0xff], [0x2000, 0x2bff], [0xfffd, 0xfffd]);

/** Arabic's presentation forms: jsPDF draws Arabic letters as these, shaped by their neighbours. */
const ARABIC_FORMS = ranges([0xfb50, 0xfdff], [0xfe70, 0xfeff]);

/** Every character a deck of this text can draw: the text's own, the deck's, Arabic's forms. */
export function deckCharacters(text: string): Set<number> {
  const out = new Set(DECK_CHARACTERS);
  let hasArabic = false;
  // By code unit, not `for…of`: the text is the whole workshop as JSON, and a string per
  // character was 17 MB of garbage for a 200-candidate deck.
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    out.add(code);
    if (code >= 0x600 && code <= 0x6ff) hasArabic = true;
  }
  if (hasArabic) for (const code of ARABIC_FORMS) out.add(code);
  return out;
}
