/**
 * Spreadsheet columns to Scalepath fields (issue 12): each header is normalised (accents, case,
 * punctuation, units like "(1-5)"), matched to a field by an alias table (English, German,
 * French), then by a fuzzy match; each field takes at most one column, with a confidence mark
 * (exact, alias or guess); the rest are not imported.
 */
import { CRITERIA, CRITERIA_KEYS } from '../domain/criteria.ts';
import type { Criterion } from '../domain/criteria.ts';

export const IMPORT_FIELDS = [
  'title',
  'description',
  'owner',
  'department',
  'stage',
  'audience',
  'horizon',
  'approach',
  'effort',
  ...CRITERIA_KEYS,
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  department: 'Department',
  stage: 'Stage',
  audience: 'Audience',
  horizon: 'Horizon',
  approach: 'Approach',
  effort: 'Effort',
  ...(Object.fromEntries(CRITERIA_KEYS.map((k) => [k, CRITERIA[k].label])) as Record<
    Criterion,
    string
  >),
  notes: 'Notes and rationale',
};

export function isScoreField(field: ImportField): field is Criterion {
  return (CRITERIA_KEYS as readonly string[]).includes(field);
}

/** Aliases, already normalised (see normaliseHeader). */
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  title: [
    'title',
    'name',
    'project',
    'project name',
    'use case',
    'initiative',
    'idea',
    'titel',
    'projekt',
    'projektname',
    'anwendungsfall',
    'nom',
    'projet',
    'cas d usage',
    'intitule',
    'название',
    'наименование',
    'проект',
  ],
  description: ['description', 'summary', 'details', 'beschreibung', 'zusammenfassung', 'resume'],
  owner: [
    'owner',
    'sponsor',
    'lead',
    'champion',
    'product owner',
    'verantwortlich',
    'verantwortlicher',
    'eigentumer',
    'responsable',
    'porteur',
  ],
  department: [
    'department',
    'business unit',
    'unit',
    'team',
    'function',
    'abteilung',
    'bereich',
    'departement',
    'service',
    'direction',
    'отдел',
    'подразделение',
  ],
  stage: ['stage', 'status', 'maturity', 'stufe', 'reifegrad', 'etape', 'statut', 'maturite'],
  audience: [
    'audience',
    'customer facing',
    'internal external',
    'zielgruppe',
    'publique',
    'public',
  ],
  horizon: ['horizon', 'timeframe', 'time horizon', 'horizont', 'zeithorizont', 'echeance'],
  approach: ['approach', 'technology maturity', 'ansatz', 'approche'],
  effort: ['effort', 'size', 't shirt size', 'tshirt', 'aufwand', 'grosse', 'taille', 'charge'],
  financialImpact: [
    'financial impact',
    'direct financial impact',
    'roi',
    'revenue impact',
    'business value',
    'finanzieller nutzen',
    'wirtschaftlicher nutzen',
    'impact financier',
    'valeur financiere',
  ],
  strategicImportance: [
    'strategic importance',
    'strategic fit',
    'strategic alignment',
    'strategische bedeutung',
    'strategische relevanz',
    'importance strategique',
  ],
  riskMitigation: [
    'risk mitigation',
    'risk reduction',
    'risikominderung',
    'risikoreduktion',
    'reduction des risques',
    'attenuation des risques',
  ],
  learningValue: ['learning value', 'learning', 'lernwert', 'valeur d apprentissage'],
  dataReadiness: [
    'data readiness',
    'data availability',
    'data quality',
    'datenverfugbarkeit',
    'datenqualitat',
    'datenreife',
    'disponibilite des donnees',
    'maturite des donnees',
  ],
  technicalComplexity: [
    'technical complexity',
    'complexity',
    'technische komplexitat',
    'komplexitat',
    'complexite technique',
    'complexite',
  ],
  integrationRequirements: [
    'integration requirements',
    'integration',
    'integration effort',
    'integrationsaufwand',
    'integration des systemes',
  ],
  userReadiness: [
    'user readiness',
    'user acceptance',
    'user adoption',
    'adoption',
    'change readiness',
    'nutzerakzeptanz',
    'akzeptanz',
    'adhesion des utilisateurs',
    'acceptation',
  ],
  notes: [
    'notes',
    'comments',
    'rationale',
    'remarks',
    'notizen',
    'kommentare',
    'bemerkungen',
    'begrundung',
    'commentaires',
    'remarques',
  ],
};

/** "Finanzieller Nutzen (1-5)" -> "finanzieller nutzen": accents, case, punctuation, units. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[([{][^)\]}]*[)\]}]/g, ' ')
    .replace(/\b\d+\s*(-|–|to|bis|a|à)\s*\d+\b/g, ' ')
    .replace(/[%#*]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Edit distance (Levenshtein), for the fuzzy match. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = prev[j] as number;
      prev[j] = Math.min(
        above + 1,
        (prev[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

export type Confidence = 'exact' | 'alias' | 'guess';

export interface ColumnMatch {
  field: ImportField;
  confidence: Confidence;
  /** 1 for exact and alias; the similarity of a guess. */
  strength: number;
}

/** The best field for one header, if any reaches a guess. */
export function matchHeader(header: string): ColumnMatch | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  let best: ColumnMatch | null = null;
  for (const field of IMPORT_FIELDS) {
    const label = normaliseHeader(FIELD_LABELS[field]);
    if (h === label || h === normaliseHeader(field.replace(/([A-Z])/g, ' $1'))) {
      return { field, confidence: 'exact', strength: 1 };
    }
    if (ALIASES[field].includes(h)) {
      if (best === null || best.confidence !== 'alias')
        best = { field, confidence: 'alias', strength: 1 };
      continue;
    }
    if (best?.confidence === 'alias') continue;
    const s = Math.max(similarity(h, label), ...ALIASES[field].map((a) => similarity(h, a)));
    if (s >= 0.75 && (best === null || s > best.strength))
      best = { field, confidence: 'guess', strength: s };
  }
  return best;
}

/** Which column each field comes from; null: not imported. */
export type ColumnMapping = ReadonlyArray<{ field: ImportField; confidence: Confidence } | null>;

/**
 * The mapping of a header row: each field to at most one column (the strongest match; ties to
 * the first column), the rest not imported.
 */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const matches = headers.map(matchHeader);
  const rank = (m: ColumnMatch) =>
    m.confidence === 'exact' ? 3 : m.confidence === 'alias' ? 2 : m.strength;
  const taken = new Map<ImportField, number>();
  matches.forEach((m, i) => {
    if (m === null) return;
    const held = taken.get(m.field);
    const heldMatch = held === undefined ? null : matches[held];
    if (heldMatch == null || rank(m) > rank(heldMatch)) taken.set(m.field, i);
  });
  return matches.map((m, i) =>
    m !== null && taken.get(m.field) === i ? { field: m.field, confidence: m.confidence } : null,
  );
}

/** The key a header layout is remembered by: its normalised headers, in order. */
export function layoutKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}
