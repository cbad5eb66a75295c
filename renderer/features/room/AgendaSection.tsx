import { useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { MAX_STEP_MINUTES } from '../../../shared/records/agenda.ts';
import { actualMinutes, sortSteps } from '../../../shared/room/agenda.ts';

/** The agenda: time-boxed steps in order, each editable, movable and startable. */
export function AgendaSection({ doc }: { doc: WorkshopDocument }) {
  const scope = doc.workshop.id;
  const steps = sortSteps(doc.agendaSteps);
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState('15');
  const [error, setError] = useState<string | null>(null);
  const current = doc.workshop.timer?.stepId;

  async function add(event: FormEvent) {
    event.preventDefault();
    const m = Number(minutes);
    if (name.trim() === '') return setError('Name the step.');
    if (!Number.isInteger(m) || m < 1 || m > MAX_STEP_MINUTES) {
      return setError(`Enter the minutes as a whole number from 1 to ${MAX_STEP_MINUTES}.`);
    }
    setError(null);
    if (await runEdit(EDITS.addStep, { doc, fields: { name, minutes: m } }, scope)) setName('');
  }

  return (
    <section aria-labelledby="agenda-heading" className="room-section">
      <h2 id="agenda-heading">Agenda</h2>
      <ol className="agenda" aria-label="Agenda steps">
        {steps.map((step, i) => {
          const actual = actualMinutes(step);
          return (
            <li key={step.id} className={step.id === current ? 'agenda-current' : undefined}>
              <StepMinutes doc={doc} stepId={step.id} name={step.name} minutes={step.minutes} />
              <span className="hint">
                {step.id === current
                  ? 'under way'
                  : actual !== null
                    ? `took ${actual} min`
                    : step.startedAt !== null
                      ? 'started'
                      : ''}
              </span>
              <span className="toolbar">
                <button
                  type="button"
                  onClick={() => void runEdit(EDITS.timer, { doc, what: 'start', step }, scope)}
                  aria-label={`Start ${step.name}`}
                >
                  Start
                </button>
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={`Move ${step.name} earlier`}
                  onClick={() => void runEdit(EDITS.moveStep, { doc, step, direction: -1 }, scope)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === steps.length - 1}
                  aria-label={`Move ${step.name} later`}
                  onClick={() => void runEdit(EDITS.moveStep, { doc, step, direction: 1 }, scope)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${step.name}`}
                  onClick={() => void runEdit(EDITS.deleteStep, { doc, step }, scope)}
                >
                  Delete
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <form className="step-add" onSubmit={(e) => void add(e)} noValidate>
        <label>
          New step
          <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Minutes
          <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
        <button type="submit">Add step</button>
        {error !== null && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** A step's name and minutes, each written when its field is left (Enter, or Tab away). */
function StepMinutes({
  doc,
  stepId,
  name,
  minutes,
}: {
  doc: WorkshopDocument;
  stepId: string;
  name: string;
  minutes: number;
}) {
  const [text, setText] = useState(String(minutes));
  const [label, setLabel] = useState(name);
  const [shown, setShown] = useState({ name, minutes });
  if (shown.minutes !== minutes || shown.name !== name) {
    setShown({ name, minutes });
    setText(String(minutes));
    setLabel(name);
  }
  const step = doc.agendaSteps.find((s) => s.id === stepId);
  const commit = () => {
    const m = Number(text);
    const isMinutes = Number.isInteger(m) && m >= 1 && m <= MAX_STEP_MINUTES;
    const trimmed = label.trim();
    if (step === undefined || !isMinutes || trimmed === '' || trimmed.length > 80) {
      setText(String(minutes));
      setLabel(name);
      return;
    }
    if (m === minutes && trimmed === name) return;
    void runEdit(EDITS.editStep, { step, fields: { name: trimmed, minutes: m } }, doc.workshop.id);
  };
  const onKeyDown = (e: { key: string }) => {
    if (e.key === 'Enter') commit();
  };
  return (
    <span className="step-minutes">
      <input
        className="step-name"
        aria-label={`Name of the step ${name}`}
        value={label}
        maxLength={80}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <input
        inputMode="numeric"
        aria-label={`Minutes for ${name}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      min
    </span>
  );
}
