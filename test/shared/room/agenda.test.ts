import { describe, expect, it } from 'vitest';
import {
  editStep,
  moveStep,
  nextStep,
  pauseTimer,
  resumeTimer,
  startStep,
  extendTimer,
} from '../../../shared/domain/room-edits.ts';
import type { AgendaStep } from '../../../shared/records/agenda.ts';
import {
  formatCountdown,
  planDeltaMs,
  planDeltaText,
  sortSteps,
  timeLeftMs,
  timerLevel,
} from '../../../shared/room/agenda.ts';
import { createWorkshop } from '../../../shared/domain/factories.ts';
import { applied, testEnv } from '../../fixtures/builders.ts';

const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const MIN = 60_000;

function agenda() {
  const doc = createWorkshop(
    { title: 'W', organisation: '', facilitator: '', date: '' },
    testEnv(),
  );
  return { doc, steps: sortSteps(doc.agendaSteps) };
}

describe('the agenda', () => {
  it("starts from the app's flow", () => {
    expect(agenda().steps.map((s) => [s.name, s.minutes])).toEqual([
      ['Candidates', 20],
      ['Scoring', 40],
      ['Matrix', 25],
      ['Roadmap', 30],
      ['Balance', 15],
      ['Governance', 20],
      ['Deck', 10],
    ]);
  });
});

describe('the countdown', () => {
  it('computes the time left from its end time, so the same stored timer reads the same after a reload', () => {
    const { doc, steps } = agenda();
    const first = steps[0] as AgendaStep;
    const running = applied(doc, startStep(doc, first, T0));
    const stored = JSON.parse(
      JSON.stringify(running.workshop.timer),
    ) as typeof running.workshop.timer;
    expect(timeLeftMs(stored, T0 + 5 * MIN)).toBe(15 * MIN);
    // "Reload" 7 minutes later: nothing but the stored timer and the clock.
    expect(timeLeftMs(stored, T0 + 12 * MIN)).toBe(8 * MIN);
    expect(formatCountdown(8 * MIN)).toBe('8:00');
    expect(formatCountdown(8 * MIN - 1)).toBe('8:00');
    expect(formatCountdown(-90_000)).toBe('-1:30');
    expect(running.agendaSteps.find((s) => s.id === first.id)?.startedAt).toBe(
      new Date(T0).toISOString(),
    );
  });

  it('warns at 20% and at 5% left, and says when the time is up', () => {
    // A 20-minute step: 4 minutes is 20%, 1 minute 5%.
    expect(timerLevel(4 * MIN + 1, 20)).toBe('ok');
    expect(timerLevel(4 * MIN, 20)).toBe('warning');
    expect(timerLevel(MIN + 1, 20)).toBe('warning');
    expect(timerLevel(MIN, 20)).toBe('critical');
    expect(timerLevel(0, 20)).toBe('over');
  });

  it('pauses with the time left kept, resumes from it, extends by 5 minutes and moves on', () => {
    const { doc, steps } = agenda();
    let d = applied(doc, startStep(doc, steps[0]!, T0));
    d = applied(d, pauseTimer(d, T0 + 10 * MIN));
    expect(d.workshop.timer).toMatchObject({ endsAt: null, pausedLeftMs: 10 * MIN });
    expect(timeLeftMs(d.workshop.timer, T0 + 60 * MIN)).toBe(10 * MIN);
    d = applied(d, resumeTimer(d, T0 + 30 * MIN));
    expect(timeLeftMs(d.workshop.timer, T0 + 30 * MIN)).toBe(10 * MIN);
    d = applied(d, extendTimer(d, 5));
    expect(timeLeftMs(d.workshop.timer, T0 + 30 * MIN)).toBe(15 * MIN);
    // Planned end of step 1: T0 + 20 min; it now ends at T0 + 45: 25 min behind.
    expect(planDeltaText(planDeltaMs(d.agendaSteps, d.workshop.timer, T0 + 30 * MIN) ?? 0)).toBe(
      '25 min behind the plan',
    );
    d = applied(d, nextStep(d, T0 + 35 * MIN));
    expect(d.workshop.timer?.stepId).toBe(steps[1]?.id);
    expect(d.agendaSteps.find((s) => s.id === steps[0]?.id)?.endedAt).toBe(
      new Date(T0 + 35 * MIN).toISOString(),
    );
    // Step 2 (40 min) ends at T0 + 75; planned at T0 + 60: 15 behind.
    expect(planDeltaMs(d.agendaSteps, d.workshop.timer, T0 + 35 * MIN)).toBe(15 * MIN);
    expect(planDeltaText(-3 * MIN)).toBe('3 min ahead of the plan');
    expect(planDeltaText(20_000)).toBe('on plan');
  });

  it('stops after the last step', () => {
    const { doc, steps } = agenda();
    let d = applied(doc, startStep(doc, steps.at(-1)!, T0));
    d = applied(d, nextStep(d, T0 + MIN));
    expect(d.workshop.timer).toBeNull();
    expect(d.agendaSteps.find((s) => s.id === steps.at(-1)?.id)?.endedAt).not.toBeNull();
  });
});

describe('the plan', () => {
  it('is kept from the first step that ran: a skipped opening step does not count as time gained', () => {
    const { doc, steps } = agenda();
    const scoring = steps[1]!;
    const d = applied(doc, startStep(doc, scoring, T0));
    expect(planDeltaMs(d.agendaSteps, d.workshop.timer, T0)).toBe(0);
    expect(planDeltaText(planDeltaMs(d.agendaSteps, d.workshop.timer, T0) ?? 1)).toBe('on plan');
  });
});

describe('editing the agenda', () => {
  const names = (doc: ReturnType<typeof agenda>['doc']) =>
    sortSteps(doc.agendaSteps).map((s) => s.name);

  it('moves a step one place earlier or later, writing only that step', () => {
    const { doc, steps } = agenda();
    const matrix = steps.find((s) => s.name === 'Matrix')!;
    const earlier = moveStep(doc, matrix.id, -1);
    expect(earlier.patch?.agendaSteps?.map((p) => p.id)).toEqual([matrix.id]);
    expect(names(applied(doc, earlier)).slice(0, 4)).toEqual([
      'Candidates',
      'Matrix',
      'Scoring',
      'Roadmap',
    ]);
    const later = applied(doc, moveStep(doc, matrix.id, 1));
    expect(names(later).slice(1, 5)).toEqual(['Scoring', 'Roadmap', 'Matrix', 'Balance']);
    // Every step moved to the top, one place at a time, reverses nothing else.
    let moved = doc;
    const last = steps.at(-1)!;
    for (let i = 0; i < steps.length - 1; i += 1)
      moved = applied(moved, moveStep(moved, last.id, -1));
    expect(names(moved)).toEqual([last.name, ...steps.slice(0, -1).map((s) => s.name)]);
    // Past either end, and for a step that is not there, nothing is written.
    expect(moveStep(doc, steps[0]!.id, -1)).toEqual({});
    expect(moveStep(doc, last.id, 1)).toEqual({});
    expect(moveStep(doc, 'gone', 1)).toEqual({});
  });

  it('renames a step and sets its minutes, trimmed; an unchanged step writes nothing', () => {
    const { doc, steps } = agenda();
    const scoring = steps.find((s) => s.name === 'Scoring')!;
    const after = applied(doc, editStep(scoring, { name: '  Blind scoring ', minutes: 35 }));
    const edited = after.agendaSteps.find((s) => s.id === scoring.id)!;
    expect([edited.name, edited.minutes, edited.rank]).toEqual(['Blind scoring', 35, scoring.rank]);
    expect(names(after)[1]).toBe('Blind scoring');
    expect(editStep(scoring, { name: 'Scoring', minutes: scoring.minutes })).toEqual({});
  });
});
