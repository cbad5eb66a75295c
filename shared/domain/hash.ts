/**
 * A 128-bit hash of a text, as 32 upper-case hex digits: four 32-bit FNV-1a lanes with different
 * offsets, each finished with a murmur3 mix. Not cryptographic; it only has to be stable and to
 * change when the input changes: the PDF's file ID, and ids that two laptops must derive alike
 * (a participant's ballot in a round).
 */
export function hash128(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l += 1) {
      lanes[l] = Math.imul((lanes[l] ?? 0) ^ (c + l), 0x01000193) >>> 0;
    }
  }
  return lanes
    .map((h, l) => {
      let x = (h ^ text.length ^ (l * 0x27d4eb2d)) >>> 0;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
      x = (x ^ (x >>> 16)) >>> 0;
      return x.toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}
