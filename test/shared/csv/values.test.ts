import { describe, expect, it } from 'vitest';
import { defaultValue, distinctValues, hasPercentages } from '../../../shared/csv/values.ts';

describe('a score value is prefilled', () => {
  it.each([
    ['Élevé', '4'],
    ['élevée', '4'],
    ['Très élevé', '5'],
    ['High', '4'],
    ['Hoch', '4'],
    ['Sehr hoch', '5'],
    ['Mittel', '3'],
    ['Low', '2'],
    ['Faible', '2'],
    ['4,0', '4'],
    [' 3 ', '3'],
  ])('%s as %s', (raw, score) => {
    expect(defaultValue('financialImpact', raw)).toBe(score);
  });

  it.each(['0', '6', '4,5', 'Sehr viel', 'n/a'])('%s as no score (the user maps it)', (raw) => {
    expect(defaultValue('dataReadiness', raw)).toBeNull();
  });

  it('a percentage only once the user says it is of 100', () => {
    expect(defaultValue('userReadiness', '80%')).toBeNull();
    expect(defaultValue('userReadiness', '80%', true)).toBe('4');
    expect(defaultValue('userReadiness', '10 %', true)).toBe('1');
  });
});

describe('a choice value is prefilled', () => {
  it.each([
    ['Small', 'S'],
    ['S', 'S'],
    ['Mittel', 'M'],
    ['Large', 'L'],
    ['XXL', 'XL'],
    ['Grande', 'L'],
  ])('effort %s as %s', (raw, effort) => {
    expect(defaultValue('effort', raw)).toBe(effort);
  });

  it('stage words, and nothing for a word it does not know', () => {
    expect(
      ['Idee', 'PoC', 'Pilot erfolgreich', 'Rollout', 'Live', 'Someday'].map((w) =>
        defaultValue('stage', w),
      ),
    ).toEqual(['idea', 'pilot-running', 'pilot-succeeded', 'scaling', 'in-production', null]);
  });
});

describe('the distinct values of a column', () => {
  it('each with its count, most frequent first, blanks left out', () => {
    const rows = [
      ['Chatbot', 'Hoch'],
      ['Prognose', 'Mittel'],
      ['Betrug', ' Hoch '],
      ['Churn', ''],
      ['Pricing', 'Niedrig'],
      ['Routing', 'Hoch'],
      ['Tickets', 'Niedrig'],
    ];
    expect(distinctValues(rows, 1)).toEqual([
      { raw: 'Hoch', count: 3 },
      { raw: 'Niedrig', count: 2 },
      { raw: 'Mittel', count: 1 },
    ]);
    expect(hasPercentages(distinctValues(rows, 1))).toBe(false);
    expect(hasPercentages(distinctValues([['a', '80%']], 1))).toBe(true);
  });
});
