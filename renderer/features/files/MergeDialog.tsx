import { useMemo, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import {
  describeChoice,
  describeConflict,
  describeDeletionChoice,
  fieldLabel,
  fieldLabelOfKey,
  formatValue,
  summaryGroups,
  summaryLine,
} from '../../../shared/merge/describe.ts';
import type { SummaryGroup } from '../../../shared/merge/describe.ts';
import type { RecordConflict, Side } from '../../../shared/merge/merge.ts';
import { defaultChoices, resolveMerge } from '../../../shared/merge/merge.ts';
import { mergeWarnings } from '../../../shared/merge/warnings.ts';
import { RECORD_KINDS } from '../../../shared/records/kinds.ts';
import type { ImportFlow } from '../../state/store.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fileOrigin } from './ImportFlow.tsx';
import { applyMerge, cancelImport } from './importFlow.ts';

type MergeFlow = Extract<ImportFlow, { stage: 'merge' }>;

function titles(changes: SummaryGroup['added']): string {
  return changes.map((c) => `“${c.title}”`).join(', ');
}

function GroupSummary({ group }: { group: SummaryGroup }) {
  const parts = [
    group.added.length > 0 && `${group.added.length} added`,
    group.edited.length > 0 && `${group.edited.length} edited`,
    group.deleted.length > 0 && `${group.deleted.length} deleted`,
  ].filter(Boolean);
  return (
    <li>
      <details>
        <summary>
          {group.label}: {parts.join(', ')}
        </summary>
        <ul>
          {group.added.length > 0 && <li>Added: {titles(group.added)}</li>}
          {group.edited.map((c) => (
            <li key={c.id}>
              Edited “{c.title}”: {c.units.map((u) => fieldLabelOfKey(c.kind, u)).join(', ')}
            </li>
          ))}
          {group.deleted.length > 0 && <li>Deleted: {titles(group.deleted)}</li>}
        </ul>
      </details>
    </li>
  );
}

interface ConflictCardProps {
  conflict: RecordConflict;
  choices: ReadonlyMap<string, Side>;
  onChoose: (key: string, side: Side) => void;
  here: WorkshopDocument;
  file: WorkshopDocument;
  merged: WorkshopDocument;
}

function ConflictCard({ conflict, choices, onChoose, here, file, merged }: ConflictCardProps) {
  const noun = RECORD_KINDS[conflict.kind].noun;
  const headingId = `conflict-${conflict.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section className="conflict-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        “{conflict.title}” <span className="conflict-kind">({noun})</span>
      </h4>
      <p>{describeConflict(conflict)}</p>
      {conflict.type === 'edited-on-both' ? (
        <table className="conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Here</th>
              <th scope="col">In the file</th>
              <th scope="col">Your choice</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => {
              const label = fieldLabel(conflict.kind, field.unit);
              const chosen = choices.get(field.key) ?? 'here';
              return (
                <tr key={field.key}>
                  <th scope="row">
                    {label}
                    {field.isHistoryUnknown && (
                      <span className="history-unknown"> (history unknown)</span>
                    )}
                  </th>
                  <td>{formatValue(conflict.kind, field.unit, field.here, here)}</td>
                  <td>{formatValue(conflict.kind, field.unit, field.file, file)}</td>
                  <td>
                    <fieldset className="choice">
                      <legend className="visually-hidden">
                        {label} of “{conflict.title}”
                      </legend>
                      {(['here', 'file'] as const).map((side) => (
                        <label key={side}>
                          <input
                            type="radio"
                            name={field.key}
                            value={side}
                            checked={chosen === side}
                            onChange={() => onChoose(field.key, side)}
                          />{' '}
                          {describeChoice(conflict, field.unit, side, { here, merged })}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <fieldset className="choice">
          <legend className="visually-hidden">What happens to “{conflict.title}”</legend>
          {(['here', 'file'] as const).map((side) => (
            <label key={side}>
              <input
                type="radio"
                name={conflict.key}
                value={side}
                checked={(choices.get(conflict.key) ?? 'here') === side}
                onChange={() => onChoose(conflict.key, side)}
              />{' '}
              {describeDeletionChoice(conflict, side)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

/**
 * The merge, before anything is written: a summary of what applies by itself (expandable by
 * kind), one card per record that needs the room, with a choice per field in the room's words,
 * the warnings the result would raise, and Apply (one transaction, one undo step).
 */
export function MergeDialog({ flow }: { flow: MergeFlow }) {
  const { plan, read, fileName } = flow;
  const [choicesOf, setChoicesOf] = useState(() => ({ plan, choices: defaultChoices(plan) }));
  // A recomputed plan starts from its own defaults, keeping the choices that still apply.
  const choices = useMemo(
    () =>
      choicesOf.plan === plan
        ? choicesOf.choices
        : new Map([...defaultChoices(plan)].map(([k, v]) => [k, choicesOf.choices.get(k) ?? v])),
    [choicesOf, plan],
  );
  const setChoices = (next: Map<string, Side>) => setChoicesOf({ plan, choices: next });
  const result = useMemo(() => resolveMerge(plan, choices).result, [plan, choices]);
  const warnings = useMemo(
    () => mergeWarnings(plan.here, result, [...plan.here.tombstones, ...plan.file.tombstones]),
    [plan, result],
  );
  const groups = useMemo(() => summaryGroups(plan), [plan]);
  const title = plan.here.doc.workshop.title;

  const chooseAll = (side: Side) => {
    const next = new Map<string, Side>();
    for (const key of choices.keys()) next.set(key, side);
    setChoices(next);
  };

  return (
    <Dialog title={`Merge “${fileName}” into “${title}”`} onClose={cancelImport} isWide>
      <p className="merge-origin">
        The file comes {fileOrigin(read.replica?.name ?? null, read.exportedAt)}. Nothing is written
        until you apply the merge, and it can be undone in one step.
      </p>
      {flow.isRecomputed && (
        <p role="alert" className="merge-recomputed">
          This workshop changed while the merge was open. The list below is up to date: check it,
          then apply.
        </p>
      )}
      <p className="merge-summary" role="status">
        {summaryLine(plan)}
      </p>
      {groups.length > 0 && (
        <ul className="merge-groups" aria-label="Changes that apply automatically">
          {groups.map((group) => (
            <GroupSummary key={group.label} group={group} />
          ))}
        </ul>
      )}
      {plan.conflicts.length > 0 && (
        <section aria-labelledby="merge-conflicts-heading" className="merge-conflicts">
          <div className="merge-conflicts-head">
            <h3 id="merge-conflicts-heading">Needs you</h3>
            <div className="toolbar">
              <button type="button" onClick={() => chooseAll('here')}>
                Keep all mine
              </button>
              <button type="button" onClick={() => chooseAll('file')}>
                Take all from the file
              </button>
            </div>
          </div>
          {plan.conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.key}
              conflict={conflict}
              choices={choices}
              onChoose={(key, side) => setChoices(new Map(choices).set(key, side))}
              here={plan.here.doc}
              file={plan.file.doc}
              merged={result.doc}
            />
          ))}
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="merge-warnings-heading" className="merge-warnings">
          <h3 id="merge-warnings-heading">After the merge</h3>
          <ul>
            {warnings.map((w) => (
              <li key={w.id}>{w.message}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={cancelImport}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void applyMerge(choices)}>
          Apply merge
        </button>
      </div>
    </Dialog>
  );
}
