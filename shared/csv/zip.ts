/**
 * The parts of a zip archive (an `.xlsx` workbook is one), read with limits (issue 12). A crafted
 * archive must not take the app down: the central directory is read first and an archive with too
 * many entries, encryption, Zip64 or an unknown compression is refused before anything is
 * inflated; each part is inflated in small steps and abandoned as soon as it grows past its limit,
 * whatever its header claims, so a zip bomb costs at most that limit in memory and time.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  maxEntries: number;
  /** The most bytes one part may inflate to. */
  maxPartBytes: number;
}

export class ZipRefusal extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

export interface ZipArchive {
  names: readonly string[];
  /** The part's bytes, or null when the archive has no such part; throws {@link ZipRefusal}. */
  read(name: string, maxBytes?: number): Uint8Array | null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Input per inflate step: deflate expands at most ~1032 times, so a step gives at most ~16 MB. */
const STEP = 16 * 1024;

/** Opens the archive's central directory; throws {@link ZipRefusal} with the reason in words. */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) => at >= 0 && at + length <= bytes.length;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefusal('it is not a complete zip archive (it may be cut short)');
  const count = u16(eocd + 10);
  const directoryOffset = u32(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipRefusal('it uses Zip64, which a workbook of this size never needs');
  }
  if (count > limits.maxEntries) {
    throw new ZipRefusal(`it holds ${count} parts, more than the ${limits.maxEntries} allowed`);
  }

  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (!inside(at, 46) || u32(at) !== CENTRAL) {
      throw new ZipRefusal('its table of contents is damaged');
    }
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (!inside(at + 46, nameLength)) throw new ZipRefusal('its table of contents is damaged');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if ((flags & 1) !== 0) throw new ZipRefusal('it is encrypted (saved with a password)');
    if (method !== 0 && method !== 8) {
      throw new ZipRefusal(`a part is compressed in a way workbooks do not use (method ${method})`);
    }
    if (compressedSize === 0xffffffff) {
      throw new ZipRefusal('it uses Zip64, which a workbook of this size never needs');
    }
    entries.set(name, { method, compressedSize, localOffset: u32(at + 42) });
    at = next;
  }

  return {
    names: [...entries.keys()],
    read(name, maxBytes = limits.maxPartBytes) {
      const entry = entries.get(name);
      if (entry === undefined) return null;
      const local = entry.localOffset;
      if (!inside(local, 30) || u32(local) !== LOCAL) {
        throw new ZipRefusal(`its part “${name}” is damaged`);
      }
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (!inside(start, entry.compressedSize)) {
        throw new ZipRefusal(`its part “${name}” is cut short`);
      }
      const data = bytes.subarray(start, start + entry.compressedSize);
      if (entry.method === 0) {
        if (data.length > maxBytes) throw tooBig(name, maxBytes);
        return data;
      }
      return inflateBounded(data, name, maxBytes);
    },
  };
}

function tooBig(name: string, maxBytes: number): ZipRefusal {
  return new ZipRefusal(
    `its part “${name}” unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB (a crafted file, or far more than a list of candidates)`,
  );
}

function inflateBounded(data: Uint8Array, name: string, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isDone = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) isDone = true;
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (total > maxBytes) throw tooBig(name, maxBytes);
    }
  } catch (e) {
    if (e instanceof ZipRefusal) throw e;
    throw new ZipRefusal(`its part “${name}” is damaged and cannot be unpacked`);
  }
  if (!isDone) throw new ZipRefusal(`its part “${name}” is cut short`);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
