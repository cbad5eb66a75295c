/**
 * What this laptop's storage holds for Scalepath, in words (issue 14): the space the library uses
 * and what the browser lets it have, whether the browser keeps it through a low-disk clean-up
 * (persistence), and a warning from 80% full.
 */
export const NEARLY_FULL = 0.8;

export interface StorageFigures {
  usage: number;
  quota: number;
  isPersisted: boolean;
}

export interface StorageStatus {
  text: string;
  /** Shown as a warning: the library may soon be unable to save. */
  warning: string | null;
}

/** Bytes in the unit a person reads them in (kB, MB, GB), one decimal below ten. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

export function storageStatus(figures: StorageFigures): StorageStatus {
  const { usage, quota, isPersisted } = figures;
  const share = quota > 0 ? usage / quota : 0;
  const kept = isPersisted
    ? 'kept until you delete it'
    : 'the browser may clear it when the disk runs short of space, so export workshops you need';
  const percent = share > 0 && share < 0.01 ? 'under 1%' : `${Math.round(share * 100)}%`;
  return {
    text: `Storage: ${formatBytes(usage)} used of the ${formatBytes(quota)} available here (${percent}); ${kept}.`,
    warning:
      share >= NEARLY_FULL
        ? `Storage is ${Math.round(share * 100)}% full. Export the workshops you need and delete those you no longer use, or free space on the disk, before edits can no longer be saved.`
        : null,
  };
}
