import type { RecordEnv } from '../../shared/domain/factories.ts';

/** Ids and clock for records made in the app. */
export const recordEnv: RecordEnv = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};
