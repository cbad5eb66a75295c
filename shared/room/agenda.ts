/**
 * The agenda and its countdown (PRODUCT.md, "Facilitation"). The countdown stores an absolute end
 * time while it runs (records/agenda.ts `Timer`), so the time left is computed from the clock at
 * every look: a reload or a crash loses nothing. The one rule for the time left, the warning
 * levels and ahead/behind the plan, which the header's countdown, the agenda screen and the deck
 * call.
 */
import { compareRanks } from '../domain/rank.ts';
import type { AgendaStep, Timer } from '../records/agenda.ts';
import { compareText } from '../roadmap/common.ts';

/** The agenda in order. */
export function sortSteps(steps: readonly AgendaStep[]): AgendaStep[] {
  return [...steps].sort((a, b) => compareRanks(a.rank, b.rank) || compareText(a.id, b.id));
}

/** Time left on the countdown at `nowMs` (negative once over); null when no step is under way. */
export function timeLeftMs(timer: Timer, nowMs: number): number | null {
  if (timer === null) return null;
  if (timer.endsAt === null) return timer.pausedLeftMs;
  return Date.parse(timer.endsAt) - nowMs;
}

/**
 * How the countdown looks: `warning` at 20% of the step's time left or less, `critical` at 5% or
 * less, `over` once the time is up; else `ok`.
 */
export type TimerLevel = 'ok' | 'warning' | 'critical' | 'over';

export function timerLevel(leftMs: number, stepMinutes: number): TimerLevel {
  const total = stepMinutes * 60_000;
  if (leftMs <= 0) return 'over';
  if (leftMs <= total * 0.05) return 'critical';
  if (leftMs <= total * 0.2) return 'warning';
  return 'ok';
}

export const TIMER_LEVEL_WORDS: Readonly<Record<TimerLevel, string>> = {
  ok: 'on time',
  warning: 'nearly done',
  critical: 'wrap up now',
  over: 'time is up',
};

/** "12:05", "0:09", "-1:30" (over by a minute and a half): minutes and seconds, rounded up. */
export function formatCountdown(leftMs: number): string {
  const sign = leftMs < 0 ? '-' : '';
  const seconds = Math.ceil(Math.abs(leftMs) / 1_000 - 1e-9);
  const s = seconds % 60;
  return `${sign}${Math.floor(seconds / 60)}:${String(s).padStart(2, '0')}`;
}

/** A timer started now for a step: it ends `minutes` from now. */
export function startedTimer(step: AgendaStep, nowMs: number): NonNullable<Timer> {
  return {
    stepId: step.id,
    endsAt: new Date(nowMs + step.minutes * 60_000).toISOString(),
    pausedLeftMs: null,
  };
}

/** The timer paused now: the time left kept, no end time. */
export function pausedTimer(timer: NonNullable<Timer>, nowMs: number): NonNullable<Timer> {
  const left = timeLeftMs(timer, nowMs) ?? 0;
  return { stepId: timer.stepId, endsAt: null, pausedLeftMs: Math.max(0, Math.round(left)) };
}

/** The timer resumed now, ending the time it had left from now. */
export function resumedTimer(timer: NonNullable<Timer>, nowMs: number): NonNullable<Timer> {
  return {
    stepId: timer.stepId,
    endsAt: new Date(nowMs + (timer.pausedLeftMs ?? 0)).toISOString(),
    pausedLeftMs: null,
  };
}

/** The timer with `minutes` more, running or paused. */
export function extendedTimer(timer: NonNullable<Timer>, minutes: number): NonNullable<Timer> {
  const more = minutes * 60_000;
  return timer.endsAt === null
    ? { ...timer, pausedLeftMs: (timer.pausedLeftMs ?? 0) + more }
    : { ...timer, endsAt: new Date(Date.parse(timer.endsAt) + more).toISOString() };
}

/**
 * How far the workshop is ahead of its plan (negative) or behind it (positive), in ms, at `nowMs`:
 * when the step under way is now set to end, against when the plan has it end (the start of the
 * first step that ran plus the planned minutes of every step from it up to this one). Null before any step has started
 * or when no step is under way.
 */
export function planDeltaMs(
  steps: readonly AgendaStep[],
  timer: Timer,
  nowMs: number,
): number | null {
  if (timer === null) return null;
  const ordered = sortSteps(steps);
  const from = ordered.findIndex((s) => s.startedAt !== null);
  const first = ordered[from];
  const at = ordered.findIndex((s) => s.id === timer.stepId);
  if (first?.startedAt == null || at < from) return null;
  // Steps before the first one run (skipped) are not part of the plan being kept.
  const planned = ordered.slice(from, at + 1).reduce((sum, s) => sum + s.minutes * 60_000, 0);
  const plannedEnd = Date.parse(first.startedAt) + planned;
  const projectedEnd = nowMs + (timeLeftMs(timer, nowMs) ?? 0);
  return projectedEnd - plannedEnd;
}

/** "5 min behind the plan", "2 min ahead of the plan", "on plan" (within a minute). */
export function planDeltaText(deltaMs: number): string {
  const minutes = Math.round(Math.abs(deltaMs) / 60_000);
  if (minutes === 0) return 'on plan';
  return `${minutes} min ${deltaMs > 0 ? 'behind' : 'ahead of'} the plan`;
}

/** The minutes a step actually took, once it has started and ended; null otherwise. */
export function actualMinutes(step: AgendaStep): number | null {
  if (step.startedAt === null || step.endedAt === null) return null;
  return Math.max(0, Math.round((Date.parse(step.endedAt) - Date.parse(step.startedAt)) / 60_000));
}
