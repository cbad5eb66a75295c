import { describe, expect, it } from 'vitest';
import { mapColumns, matchHeader, normaliseHeader } from '../../../shared/csv/columns.ts';

describe('a header', () => {
  it('is normalised: accents, case, punctuation and units like "(1-5)" aside', () => {
    expect(normaliseHeader('Finanzieller Nutzen (1-5)')).toBe('finanzieller nutzen');
    expect(normaliseHeader('  Complexité_Technique [%] ')).toBe('complexite technique');
    expect(normaliseHeader('Größe 1 bis 5')).toBe('grosse');
  });

  it.each([
    ['Title', 'title'],
    ['DEPARTMENT', 'department'],
    ['Direct financial impact', 'financialImpact'],
    ['Data readiness (1–5)', 'dataReadiness'],
  ])('%s matches %s exactly', (header, field) => {
    expect(matchHeader(header)).toEqual({ field, confidence: 'exact', strength: 1 });
  });

  it.each([
    ['ROI', 'financialImpact'],
    ['finanzieller Nutzen', 'financialImpact'],
    ['Impact financier (%)', 'financialImpact'],
    ['Datenverfügbarkeit', 'dataReadiness'],
    ['Titel', 'title'],
    ['Abteilung', 'department'],
    ['Complexité technique', 'technicalComplexity'],
    ['Aufwand', 'effort'],
  ])('%s matches %s by an alias', (header, field) => {
    expect(matchHeader(header)).toEqual({ field, confidence: 'alias', strength: 1 });
  });

  it.each([
    ['Departmnet', 'department'],
    ['Strategic importanse', 'strategicImportance'],
    ['DATENVERFUEGBARKEIT', 'dataReadiness'],
  ])('%s is a guess at %s', (header, field) => {
    const match = matchHeader(header);
    expect(match).toMatchObject({ field, confidence: 'guess' });
    expect(match?.strength).toBeGreaterThanOrEqual(0.75);
    expect(match?.strength).toBeLessThan(1);
  });

  it('matches nothing when nothing is close', () => {
    expect([matchHeader('Colour'), matchHeader('Budget 2025'), matchHeader('(1-5)')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('the columns of a header row', () => {
  it('give each field one column, the surest match, with its confidence mark; the rest are not imported', () => {
    expect(
      mapColumns(['Departmnet', 'Titel', 'Department', 'ROI', 'Business value', 'Colour']),
    ).toEqual([
      // The exact "Department" takes the field from the guess.
      null,
      { field: 'title', confidence: 'alias' },
      { field: 'department', confidence: 'exact' },
      // Two aliases of one field: the first column takes it.
      { field: 'financialImpact', confidence: 'alias' },
      null,
      null,
    ]);
  });

  it('keep a guess when nothing surer claims its field', () => {
    expect(mapColumns(['Title', 'Departmnet', 'Datenverfügbarkeit'])).toEqual([
      { field: 'title', confidence: 'exact' },
      { field: 'department', confidence: 'guess' },
      { field: 'dataReadiness', confidence: 'alias' },
    ]);
  });
});
