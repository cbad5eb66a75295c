/**
 * Spreadsheet values to Scalepath values (issue 12): for a score or a choice column, each distinct
 * value with its count and a prefilled mapping — "High / Hoch / Élevé" to 4, "S / M / L / XL",
 * stage words — which the user may change. "4,0" reads as 4; a percentage ("80%") only once the
 * user confirms the scale. A value left unmapped gives no score, never 0.
 */
import { APPROACHES, AUDIENCES, EFFORT_SIZES, HORIZONS, STAGES } from '../domain/criteria.ts';
import type { ImportField } from './columns.ts';
import { isScoreField, normaliseHeader } from './columns.ts';

export const CHOICE_FIELDS = ['stage', 'audience', 'horizon', 'approach', 'effort'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

/** The values a field may take, for its mapping: scores 1-5, or the choice's options. */
export function optionsOf(field: ImportField): readonly string[] | null {
  if (isScoreField(field)) return ['1', '2', '3', '4', '5'];
  switch (field) {
    case 'stage':
      return STAGES;
    case 'audience':
      return AUDIENCES;
    case 'horizon':
      return HORIZONS;
    case 'approach':
      return APPROACHES;
    case 'effort':
      return EFFORT_SIZES;
    default:
      return null;
  }
}

const SCORE_WORDS: ReadonlyArray<[number, readonly string[]]> = [
  [
    5,
    ['very high', 'sehr hoch', 'tres eleve', 'tres elevee', 'tres fort', 'excellent', 'exzellent'],
  ],
  [4, ['high', 'hoch', 'eleve', 'elevee', 'fort', 'forte', 'good', 'gut', 'bon']],
  [3, ['medium', 'mid', 'moderate', 'mittel', 'moyen', 'moyenne', 'average']],
  [2, ['low', 'niedrig', 'gering', 'faible', 'bas', 'basse', 'poor']],
  [
    1,
    [
      'very low',
      'sehr niedrig',
      'sehr gering',
      'tres faible',
      'tres bas',
      'none',
      'keine',
      'aucun',
    ],
  ],
];

const CHOICE_WORDS: Readonly<Record<ChoiceField, ReadonlyArray<[string, readonly string[]]>>> = {
  effort: [
    ['S', ['s', 'xs', 'small', 'klein', 'petit', 'petite', 'low']],
    ['M', ['m', 'medium', 'mittel', 'moyen', 'moyenne']],
    ['L', ['l', 'large', 'gross', 'grand', 'grande', 'high']],
    ['XL', ['xl', 'xxl', 'extra large', 'very large', 'sehr gross', 'tres grand']],
  ],
  stage: [
    ['idea', ['idea', 'idee', 'concept', 'konzept', 'backlog', 'new', 'neu', 'nouveau']],
    [
      'pilot-running',
      [
        'pilot',
        'pilot running',
        'in pilot',
        'piloting',
        'poc',
        'proof of concept',
        'pilotphase',
        'im pilot',
        'en pilote',
      ],
    ],
    [
      'pilot-succeeded',
      ['pilot succeeded', 'successful pilot', 'pilot done', 'pilot erfolgreich', 'pilote reussi'],
    ],
    ['scaling', ['scaling', 'scale', 'rollout', 'skalierung', 'deploiement', 'mise a l echelle']],
    [
      'in-production',
      ['in production', 'production', 'live', 'produktiv', 'in betrieb', 'en production'],
    ],
  ],
  audience: [
    [
      'customer-facing',
      ['customer facing', 'customer', 'external', 'extern', 'kunde', 'kunden', 'client', 'externe'],
    ],
    [
      'operational',
      ['operational', 'internal', 'intern', 'interne', 'back office', 'operativ', 'operationnel'],
    ],
  ],
  horizon: [
    [
      'quick-win',
      ['quick win', 'quick win horizon', 'short term', 'short', 'kurzfristig', 'court terme'],
    ],
    [
      'long-term',
      ['long term', 'long term horizon', 'long', 'strategic', 'langfristig', 'long terme'],
    ],
  ],
  approach: [
    ['proven', ['proven', 'established', 'bewahrt', 'etabliert', 'eprouve', 'eprouvee']],
    [
      'experimental',
      ['experimental', 'new', 'experimentell', 'neu', 'experimental', 'exploratoire'],
    ],
  ],
};

/** A number as written in a spreadsheet: "4", "4.0", "4,0"; null when it is not one. */
export function readNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** A percentage ("80%", "80 %"); null otherwise. */
export function readPercent(text: string): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(text);
  return m === null ? null : Number((m[1] as string).replace(',', '.'));
}

/**
 * The value a spreadsheet value maps to by default: a whole score 1-5 (or a known word), a choice
 * by its words; null when there is no safe guess (the user maps it, or it is left out).
 * `percentScale`: the user confirmed that percentages are 0-100 (80% is 4 of 5).
 */
export function defaultValue(field: ImportField, raw: string, percentScale = false): string | null {
  const t = normaliseHeader(raw);
  if (t === '') return null;
  if (isScoreField(field)) {
    const n = readNumber(raw);
    if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 5 ? String(n) : null;
    const p = readPercent(raw);
    if (p !== null) {
      if (!percentScale || p < 0 || p > 100) return null;
      return String(Math.min(5, Math.max(1, Math.round(p / 20))));
    }
    for (const [score, words] of SCORE_WORDS) if (words.includes(t)) return String(score);
    return null;
  }
  if ((CHOICE_FIELDS as readonly string[]).includes(field)) {
    for (const [value, words] of CHOICE_WORDS[field as ChoiceField]) {
      if (words.includes(t) || normaliseHeader(value) === t) return value;
    }
  }
  return null;
}

export interface DistinctValue {
  raw: string;
  count: number;
}

/** The distinct values of a column, most frequent first (ties in order of appearance); blanks left out. */
export function distinctValues(rows: readonly string[][], column: number): DistinctValue[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const raw = (row[column] ?? '').trim();
    if (raw !== '') counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  return [...counts].map(([raw, count]) => ({ raw, count })).sort((a, b) => b.count - a.count);
}

/** Whether a column holds percentages, whose scale the user must confirm first. */
export function hasPercentages(values: readonly DistinctValue[]): boolean {
  return values.some((v) => readPercent(v.raw) !== null);
}
