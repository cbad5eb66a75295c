import { EDITS, runEdit } from '../../app/edits.ts';
import { useState } from 'react';
import { copyDocument } from '../../../shared/domain/factories.ts';
import type { Workshop } from '../../../shared/records/workshop.ts';
import { routeHref } from '../../app/router.ts';
import { getRepository } from '../../db/repository.ts';
import type { WorkshopSummary } from '../../db/repository.ts';
import { recordEnv } from '../../state/env.ts';
import { LIBRARY_SCOPE, undo } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog.tsx';

async function duplicateWorkshop(workshop: Workshop): Promise<void> {
  const doc = await getRepository().loadDocument(workshop.id);
  if (!doc) return;
  const copy = copyDocument(doc, recordEnv, ' (copy)');
  await runEdit(EDITS.duplicateWorkshop, { workshop, copy }, LIBRARY_SCOPE);
}

/** Deletes at once and offers Undo, which writes the whole workshop back as it was. */
async function deleteWorkshop(workshop: Workshop): Promise<void> {
  if (!(await runEdit(EDITS.deleteWorkshop, { workshop }, LIBRARY_SCOPE))) return;
  useSessionStore.getState().showNotice({
    message: `Deleted “${workshop.title}”.`,
    undo: () => void undo(LIBRARY_SCOPE),
  });
}

function describe(workshop: Workshop, candidateCount: number): string {
  const parts = [
    workshop.organisation,
    workshop.facilitator && `facilitated by ${workshop.facilitator}`,
    workshop.date,
  ];
  const count = `${candidateCount} candidate${candidateCount === 1 ? '' : 's'}`;
  return [...parts.filter(Boolean), count].join(' · ');
}

export function WorkshopList({ workshops }: { workshops: WorkshopSummary[] }) {
  const [editing, setEditing] = useState<Workshop | null>(null);
  return (
    <>
      <ul className="workshop-list" aria-label="Workshops">
        {workshops.map(({ workshop, candidateCount }) => (
          <li key={workshop.id} className="workshop-item">
            <div>
              <a
                className="workshop-title"
                href={routeHref({ screen: 'workshop', workshopId: workshop.id, tab: 'candidates' })}
              >
                {workshop.title}
              </a>
              <p className="meta">{describe(workshop, candidateCount)}</p>
            </div>
            <div className="row-actions">
              <button
                type="button"
                aria-label={`Rename “${workshop.title}”`}
                onClick={() => setEditing(workshop)}
              >
                Rename
              </button>
              <button
                type="button"
                aria-label={`Duplicate “${workshop.title}”`}
                onClick={() => void duplicateWorkshop(workshop)}
              >
                Duplicate
              </button>
              <button
                type="button"
                aria-label={`Delete “${workshop.title}”`}
                onClick={() => void deleteWorkshop(workshop)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing && (
        <WorkshopDetailsDialog
          title="Workshop details"
          submitLabel="Save"
          initial={{
            title: editing.title,
            organisation: editing.organisation,
            facilitator: editing.facilitator,
            date: editing.date,
          }}
          onClose={() => setEditing(null)}
          // The library's history: Undo on this screen takes back the rename made here. Edits are
          // field patches, so this step and the workshop's own settings steps never undo each other.
          onSubmit={(fields) =>
            runEdit(EDITS.renameWorkshop, { workshop: editing, fields }, LIBRARY_SCOPE)
          }
        />
      )}
    </>
  );
}
