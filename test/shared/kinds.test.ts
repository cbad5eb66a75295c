import { describe, expect, it } from 'vitest';
import { CHILD_KINDS, KINDS, RECORD_KINDS } from '../../shared/records/kinds.ts';
import { unitsOf } from '../../shared/records/units.ts';

describe('the record kinds', () => {
  it('lists every kind of the registry, the workshop first', () => {
    expect([...KINDS].sort()).toEqual(Object.keys(RECORD_KINDS).sort());
    expect(KINDS[0]).toBe('workshops');
    expect(KINDS.slice(1)).toEqual([...CHILD_KINDS]);
  });

  it('names only real units as sets and order fields', () => {
    for (const kind of KINDS) {
      const keys = unitsOf(kind).map((u) => u.key);
      for (const field of [...RECORD_KINDS[kind].sets, ...RECORD_KINDS[kind].orders]) {
        expect(keys, `${kind}.${field}`).toContain(field);
      }
    }
  });

  it('splits plain nested objects into units, and keeps a nullable or checked-as-a-whole value one unit', () => {
    const candidate = unitsOf('candidates').map((u) => u.key);
    expect(candidate).toContain('valueScores.riskMitigation');
    expect(candidate).toContain('placement');
    expect(candidate).not.toContain('placement.x');
    expect(candidate).not.toContain('id');
    expect(candidate).not.toContain('updatedAt');
    const workshop = unitsOf('workshops').map((u) => u.key);
    expect(workshop).toContain('settings.valueWeights.learningValue');
    expect(workshop).toContain('settings.balanceBand');
    expect(workshop).not.toContain('settings.balanceBand.min');
  });
});
