import { EDITS, runEdit } from '../../app/edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import {
  formatCountdown,
  planDeltaMs,
  planDeltaText,
  timeLeftMs,
  TIMER_LEVEL_WORDS,
  timerLevel,
} from '../../../shared/room/agenda.ts';
import { useNow } from './useNow.ts';

/**
 * The agenda's countdown, on every screen of a workshop: the step, the time left (computed from the
 * stored end time, so a reload shows the same), its state in colour and words, ahead/behind the
 * plan, and the controls. `isReadOnly` (presentation mode) shows it without the controls.
 */
export function Countdown({
  doc,
  isReadOnly = false,
}: {
  doc: WorkshopDocument;
  isReadOnly?: boolean;
}) {
  const now = useNow();
  const timer = doc.workshop.timer;
  const step = timer === null ? undefined : doc.agendaSteps.find((s) => s.id === timer.stepId);
  if (timer === null || step === undefined) return null;
  const left = timeLeftMs(timer, now) ?? 0;
  const level = timerLevel(left, step.minutes);
  const delta = planDeltaMs(doc.agendaSteps, timer, now);
  const isPaused = timer.endsAt === null;
  const scope = doc.workshop.id;
  const run = (what: 'pause' | 'resume' | 'extend' | 'next') =>
    void runEdit(EDITS.timer, { doc, what }, scope);
  return (
    <div className={`countdown countdown-${level}`} role="group" aria-label="Agenda countdown">
      <span className="countdown-step">{step.name}</span>
      <span className="countdown-time" role="timer" aria-label={`${formatCountdown(left)} left`}>
        {formatCountdown(left)}
      </span>
      <span className="countdown-state">
        {isPaused ? 'paused' : TIMER_LEVEL_WORDS[level]}
        {delta !== null && ` · ${planDeltaText(delta)}`}
      </span>
      {!isReadOnly && (
        <>
          <button type="button" onClick={() => run(isPaused ? 'resume' : 'pause')}>
            {isPaused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" onClick={() => run('extend')} aria-label="Add 5 minutes">
            +5 min
          </button>
          <button type="button" onClick={() => run('next')}>
            Next step
          </button>
        </>
      )}
    </div>
  );
}
