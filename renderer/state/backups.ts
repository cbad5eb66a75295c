/**
 * When the automatic backups are sent (issue 14): a workshop that changed is backed up at once if
 * the last backup went more than five minutes ago, else when five minutes have passed since it;
 * so, while edits happen, at most every five minutes. `flush` sends what is waiting at once (main
 * asks at quit). A send that fails keeps its workshops waiting for the next one.
 */
export const BACKUP_EVERY_MS = 5 * 60 * 1000;

export interface BackupClock {
  now(): number;
  /** Runs `run` after `ms`; returns a cancel function. */
  later(run: () => void, ms: number): () => void;
}

export interface BackupScheduler {
  changed(workshopIds: readonly string[]): void;
  /** Sends every waiting workshop now (none: sends an empty list, so main knows). */
  flush(): Promise<void>;
}

export function createBackupScheduler(
  send: (workshopIds: string[]) => Promise<void>,
  clock: BackupClock,
): BackupScheduler {
  const waiting = new Set<string>();
  let lastSent = Number.NEGATIVE_INFINITY;
  let cancel: (() => void) | null = null;

  async function flush(): Promise<void> {
    cancel?.();
    cancel = null;
    const ids = [...waiting];
    waiting.clear();
    lastSent = clock.now();
    try {
      await send(ids);
    } catch {
      for (const id of ids) waiting.add(id);
    }
  }

  return {
    changed(workshopIds) {
      for (const id of workshopIds) waiting.add(id);
      if (cancel !== null || waiting.size === 0) return;
      const wait = Math.max(0, lastSent + BACKUP_EVERY_MS - clock.now());
      cancel = clock.later(() => void flush(), wait);
    },
    flush,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The browser's reminder: workshops changed since the last backup (`unbackedSince`, the first such
 * change), and that backup is over a day old; with no backup yet, once that change is a day old.
 */
export function needsBackupReminder(
  lastBackupAt: number | null,
  unbackedSince: number | null,
  now: number,
): boolean {
  if (unbackedSince === null) return false;
  return now - (lastBackupAt ?? unbackedSince) > DAY_MS;
}
