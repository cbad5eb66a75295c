import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import { getRepository } from './repository.ts';
import type { WorkshopSummary } from './repository.ts';

/** The library, live: re-renders whenever a write touches it. `undefined` while loading. */
export function useWorkshops(): WorkshopSummary[] | undefined {
  return useLiveQuery(() => getRepository().listWorkshops(), []);
}

/**
 * One workshop document, live. `undefined` while loading, `null` when there is no such workshop.
 */
export function useWorkshopDocument(workshopId: string): WorkshopDocument | null | undefined {
  return useLiveQuery(
    async () => (await getRepository().loadDocument(workshopId)) ?? null,
    [workshopId],
  );
}
