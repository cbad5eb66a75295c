import { describe, expect, it } from 'vitest';
import {
  BACKUP_EVERY_MS,
  createBackupScheduler,
  needsBackupReminder,
} from '../../renderer/state/backups.ts';

/** A clock the test moves by hand, and the sends the scheduler made. */
function harness(fail = () => false) {
  let time = 1_000_000;
  let timers: Array<{ at: number; run: () => void }> = [];
  const sent: Array<{ at: number; ids: string[] }> = [];
  const scheduler = createBackupScheduler(
    async (ids) => {
      if (fail()) throw new Error('disk full');
      sent.push({ at: time, ids: [...ids].sort() });
    },
    {
      now: () => time,
      later: (run, ms) => {
        const timer = { at: time + ms, run };
        timers.push(timer);
        return () => {
          timers = timers.filter((t) => t !== timer);
        };
      },
    },
  );
  const advance = async (ms: number) => {
    time += ms;
    for (const timer of timers.filter((t) => t.at <= time)) {
      timers = timers.filter((t) => t !== timer);
      timer.run();
    }
    await Promise.resolve();
  };
  return { scheduler, sent, advance };
}

describe('when the automatic backups are sent', () => {
  it('at once for the first change, then at most every five minutes while edits happen', async () => {
    const { scheduler, sent, advance } = harness();
    scheduler.changed(['w1']);
    await advance(0);
    expect(sent).toEqual([{ at: 1_000_000, ids: ['w1'] }]);
    // Edits for two minutes: nothing until five minutes after the last backup.
    scheduler.changed(['w1']);
    await advance(60_000);
    scheduler.changed(['w2']);
    await advance(60_000);
    expect(sent).toHaveLength(1);
    await advance(BACKUP_EVERY_MS - 120_000);
    expect(sent).toEqual([
      { at: 1_000_000, ids: ['w1'] },
      { at: 1_000_000 + BACKUP_EVERY_MS, ids: ['w1', 'w2'] },
    ]);
    // No edits: no backups.
    await advance(10 * BACKUP_EVERY_MS);
    expect(sent).toHaveLength(2);
  });

  it('at quit, what is waiting at once; with nothing waiting, an empty list', async () => {
    const { scheduler, sent, advance } = harness();
    scheduler.changed(['w1']);
    await advance(0);
    scheduler.changed(['w3']);
    await scheduler.flush();
    expect(sent.map((s) => s.ids)).toEqual([['w1'], ['w3']]);
    await scheduler.flush();
    expect(sent.map((s) => s.ids)).toEqual([['w1'], ['w3'], []]);
    // The flush cancelled the timer that was waiting: nothing is sent twice.
    await advance(BACKUP_EVERY_MS);
    expect(sent).toHaveLength(3);
  });

  it('a send that fails keeps its workshops for the next one', async () => {
    let isFull = true;
    const { scheduler, sent, advance } = harness(() => isFull);
    scheduler.changed(['w1']);
    await advance(0);
    expect(sent).toEqual([]);
    isFull = false;
    scheduler.changed(['w2']);
    await advance(BACKUP_EVERY_MS);
    expect(sent.map((s) => s.ids)).toEqual([['w1', 'w2']]);
  });
});

describe('the browser’s backup reminder', () => {
  const DAY = 86_400_000;
  const now = 10 * DAY;
  it('comes when workshops changed since a backup that is over a day old', () => {
    expect(needsBackupReminder(now - 2 * DAY, now - 60_000, now)).toBe(true);
    expect(needsBackupReminder(now - 2 * DAY, null, now)).toBe(false);
    expect(needsBackupReminder(now - 60_000, now - 30_000, now)).toBe(false);
  });
  it('with no backup yet, once the first change is a day old', () => {
    expect(needsBackupReminder(null, now - 60_000, now)).toBe(false);
    expect(needsBackupReminder(null, now - DAY - 1, now)).toBe(true);
  });
});
