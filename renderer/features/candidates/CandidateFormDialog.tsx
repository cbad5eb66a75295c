import { EDITS, runEdit } from '../../app/edits.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { validateCandidateFields } from '../../../shared/domain/candidate-edits.ts';
import {
  APPROACHES,
  AUDIENCES,
  EFFORT_POINTS,
  EFFORT_SIZES,
  FEASIBILITY_CRITERIA,
  HORIZONS,
  STAGE_LABELS,
  STAGES,
  TAG_LABELS,
  VALUE_CRITERIA,
} from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { blankCandidateFields } from '../../../shared/domain/factories.ts';
import type { CandidateFields } from '../../../shared/domain/factories.ts';
import { formatScore, scoreCandidate } from '../../../shared/domain/scoring.ts';
import { quadrantWords, standingOf } from '../../../shared/domain/standing.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { ScoreFieldset } from './ScoreFieldset.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { CandidateChecklist } from '../../components/CandidateChecklist.tsx';
import { isPilot } from '../../../shared/scale/blueprint.ts';
import { CapabilitiesFieldset, GovernanceFieldset, PilotFieldset } from './ScaleFieldsets.tsx';

function fieldsOf(candidate: Candidate | null): CandidateFields {
  if (!candidate) return blankCandidateFields();
  const { id: _id, createdAt: _c, updatedAt: _u, workshopId: _w, ...fields } = candidate;
  return fields;
}

interface TagSelectProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T | null;
  onChange: (value: T | null) => void;
}

function TagSelect<T extends string>({ label, options, value, onChange }: TagSelectProps<T>) {
  return (
    <Field label={label}>
      {(props) => (
        <select
          {...props}
          value={value ?? ''}
          onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? null)}
        >
          <option value="">Not set</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {TAG_LABELS[o as keyof typeof TAG_LABELS]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CandidateFormDialogProps {
  doc: WorkshopDocument;
  /** null to add a new candidate. */
  candidate: Candidate | null;
  onClose: () => void;
  /** Opens on the pilot-scaling checklist (from the Scale screen) rather than the title. */
  initialSection?: 'pilot';
}

/** Every field of a candidate, with V, F, priority and quadrant updating live as scores change. */
export function CandidateFormDialog({
  doc,
  candidate,
  onClose,
  initialSection,
}: CandidateFormDialogProps) {
  const pilotRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (initialSection !== 'pilot') return;
    pilotRef.current?.scrollIntoView({ block: 'center' });
    pilotRef.current?.querySelector('select')?.focus();
  }, [initialSection]);
  // The candidate as the form opened it: Save writes only what differs from it, so a matrix move
  // or a merge that lands while the form is open is not reverted.
  const [opened] = useState(candidate);
  const [fields, setFields] = useState(() => fieldsOf(candidate));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const knownIds = useMemo(() => new Set(doc.candidates.map((c) => c.id)), [doc.candidates]);
  const errors = validateCandidateFields(fields, candidate?.id ?? null, knownIds);
  // The title error waits for a save attempt; a wrong dependency shows at once.
  const shownErrors = isSubmitted ? errors : { dependencies: errors.dependencies };
  const scored = scoreCandidate(fields, doc.workshop.settings);
  // The quadrant by the one rule (placement once placed), with the placement as stored now: the
  // form never edits it, and a matrix move made while the form is open is where the card is.
  const stored = candidate ? doc.candidates.find((c) => c.id === candidate.id) : undefined;
  const standing = standingOf(
    { ...fields, placement: stored ? stored.placement : fields.placement },
    doc.workshop.settings,
  );
  const departments = useMemo(
    () => [...new Set(doc.candidates.map((c) => c.department).filter(Boolean))].sort(),
    [doc.candidates],
  );

  const patch = (p: Partial<CandidateFields>) => setFields((f) => ({ ...f, ...p }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    // On failure the banner keeps this change for Retry, so the form closes either way: one
    // pending copy of the edit, never two.
    await runEdit(
      EDITS.saveCandidate,
      { workshopId: doc.workshop.id, opened, fields },
      doc.workshop.id,
    );
    onClose();
  }

  return (
    <Dialog
      title={candidate ? `Edit “${candidate.title}”` : 'Add a candidate'}
      onClose={onClose}
      isWide
    >
      <form onSubmit={handleSubmit} noValidate className="candidate-form">
        <div className="form-grid">
          <Field label="Title" error={shownErrors.title}>
            {(props) => (
              <input
                {...props}
                value={fields.title}
                onChange={(e) => patch({ title: e.target.value })}
                autoFocus={initialSection === undefined}
                maxLength={300}
              />
            )}
          </Field>
          <Field label="Owner" hint="Who champions this project">
            {(props) => (
              <input
                {...props}
                value={fields.owner}
                onChange={(e) => patch({ owner: e.target.value })}
                maxLength={120}
              />
            )}
          </Field>
          <Field label="Department">
            {(props) => (
              <>
                <input
                  {...props}
                  list="department-options"
                  value={fields.department}
                  onChange={(e) => patch({ department: e.target.value })}
                  maxLength={120}
                />
                <datalist id="department-options">
                  {departments.map((d) => (
                    <option key={d} value={d} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Stage">
            {(props) => (
              <select
                {...props}
                value={fields.stage}
                onChange={(e) =>
                  patch({ stage: STAGES.find((s) => s === e.target.value) ?? 'idea' })
                }
              >
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Effort" hint="S = 1, M = 2, L = 4, XL = 8 effort points">
            {(props) => (
              <select
                {...props}
                value={fields.effort}
                onChange={(e) =>
                  patch({ effort: EFFORT_SIZES.find((s) => s === e.target.value) ?? 'M' })
                }
              >
                {EFFORT_SIZES.map((s) => (
                  <option key={s} value={s}>
                    {s} ({EFFORT_POINTS[s]} {EFFORT_POINTS[s] === 1 ? 'point' : 'points'})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TagSelect
            label="Audience"
            options={AUDIENCES}
            value={fields.audience}
            onChange={(audience) => patch({ audience })}
          />
          <TagSelect
            label="Horizon"
            options={HORIZONS}
            value={fields.horizon}
            onChange={(horizon) => patch({ horizon })}
          />
          <TagSelect
            label="Approach"
            options={APPROACHES}
            value={fields.approach}
            onChange={(approach) => patch({ approach })}
          />
        </div>
        <Field label="Description" error={shownErrors.description}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={fields.description}
              onChange={(e) => patch({ description: e.target.value })}
            />
          )}
        </Field>

        <div className="live-scores" role="status" aria-live="polite" aria-label="Live scores">
          <span>V {formatScore(scored.value)}</span>
          <span>F {formatScore(scored.feasibility)}</span>
          <span>Priority {formatScore(scored.priority)}</span>
          <span>
            {quadrantWords(standing)}
            {standing.quadrant === null && ': stays in the tray'}
          </span>
        </div>

        {candidate?.keptPlacement && (
          <p className="kept-placement">Placement kept: {candidate.keptPlacement.reason}</p>
        )}

        <div className="score-columns">
          <div>
            <h3>Value</h3>
            {VALUE_CRITERIA.map((k) => (
              <ScoreFieldset
                key={k}
                criterion={k}
                score={fields.valueScores[k]}
                onChange={(s) => patch({ valueScores: { ...fields.valueScores, [k]: s } })}
              />
            ))}
          </div>
          <div>
            <h3>Feasibility</h3>
            {FEASIBILITY_CRITERIA.map((k) => (
              <ScoreFieldset
                key={k}
                criterion={k}
                score={fields.feasibilityScores[k]}
                onChange={(s) =>
                  patch({ feasibilityScores: { ...fields.feasibilityScores, [k]: s } })
                }
              />
            ))}
          </div>
        </div>

        <CandidateChecklist
          legend="Depends on"
          className="dependencies"
          candidates={doc.candidates.filter((c) => c.id !== candidate?.id)}
          selected={fields.dependencies}
          error={shownErrors.dependencies}
          onChange={(dependencies) => patch({ dependencies })}
          strayLabel={(id) =>
            id === candidate?.id
              ? 'This candidate itself'
              : 'A candidate no longer in this workshop'
          }
        />

        <CapabilitiesFieldset
          capabilities={doc.capabilities}
          selected={fields.capabilities}
          onChange={(capabilities) => patch({ capabilities })}
        />

        {isPilot(fields) && (
          <PilotFieldset
            pilot={fields.pilot}
            onChange={(pilot) => patch({ pilot })}
            sectionRef={pilotRef}
          />
        )}

        <GovernanceFieldset
          governance={fields.governance}
          onChange={(governance) => patch({ governance })}
        />

        <Field label="Notes and rationale">
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={fields.notes}
              onChange={(e) => patch({ notes: e.target.value })}
            />
          )}
        </Field>

        <FormActions
          submitLabel={candidate ? 'Save candidate' : 'Add candidate'}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
