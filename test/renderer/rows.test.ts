import { describe, expect, it } from 'vitest';
import { scoreRows, sortRows } from '../../renderer/features/candidates/rows.ts';
import { DEFAULT_SETTINGS } from '../../shared/records/workshop.ts';
import { aCandidate } from '../fixtures/builders.ts';

const rows = scoreRows(
  [
    aCandidate({
      title: 'Beta',
      department: 'Sales',
      stage: 'scaling',
      valueScores: { financialImpact: 3 },
      feasibilityScores: { dataReadiness: 5 },
    }),
    aCandidate({ title: 'alpha', department: '', stage: 'idea' }),
    aCandidate({
      title: 'Gamma',
      department: 'Risk',
      stage: 'pilot-running',
      valueScores: { financialImpact: 5 },
      feasibilityScores: { dataReadiness: 1 },
    }),
  ],
  DEFAULT_SETTINGS,
);
const titles = (sorted: typeof rows) => sorted.map((r) => r.candidate.title);

describe('sortRows', () => {
  it('sorts words A to Z ignoring case, and reverses', () => {
    expect(titles(sortRows(rows, { key: 'title', isDescending: false }))).toEqual([
      'alpha',
      'Beta',
      'Gamma',
    ]);
    expect(titles(sortRows(rows, { key: 'title', isDescending: true }))).toEqual([
      'Gamma',
      'Beta',
      'alpha',
    ]);
  });

  it('keeps unscored candidates and empty departments last in both directions', () => {
    expect(titles(sortRows(rows, { key: 'value', isDescending: true }))).toEqual([
      'Gamma',
      'Beta',
      'alpha',
    ]);
    expect(titles(sortRows(rows, { key: 'value', isDescending: false }))).toEqual([
      'Beta',
      'Gamma',
      'alpha',
    ]);
    expect(titles(sortRows(rows, { key: 'department', isDescending: true }))).toEqual([
      'Beta',
      'Gamma',
      'alpha',
    ]);
  });

  it('sorts stages and quadrants in their natural order, not alphabetically', () => {
    expect(titles(sortRows(rows, { key: 'stage', isDescending: false }))).toEqual([
      'alpha',
      'Gamma',
      'Beta',
    ]);
    // Beta: V 50, F 100 = Quick wins; Gamma: V 100, F 0 = Strategic bets.
    expect(titles(sortRows(rows, { key: 'quadrant', isDescending: false }))).toEqual([
      'Beta',
      'Gamma',
      'alpha',
    ]);
  });
});
