/**
 * A merge in the room's words: what each field is called, how a value reads, what a choice does
 * to a candidate ("moves from Quick wins to Strategic bets; priority 71 → 58"), and the summary
 * by kind. The merge itself (merge.ts) knows no kind; only these words do, and a kind added later
 * reads acceptably through the fallbacks until it gets words of its own.
 */
import { CRITERIA, EFFORT_POINTS, STAGE_LABELS, TAG_LABELS } from '../domain/criteria.ts';
import type { Criterion, Effort, Stage } from '../domain/criteria.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { roomQuadrant } from '../domain/standing.ts';
import { formatScore, QUADRANT_LABELS, scoreCandidate } from '../domain/scoring.ts';
import type { Candidate, KeptPlacement, Placement } from '../records/candidate.ts';
import { COMPONENT_KIND_LABELS } from '../records/component.ts';
import type { ComponentKind } from '../records/component.ts';
import {
  GOVERNANCE_AREA_LABELS,
  GOVERNANCE_ITEM_INFO,
  GOVERNANCE_STATE_LABELS,
} from '../records/governance.ts';
import type { GovernanceArea, GovernanceItem, GovernanceState } from '../records/governance.ts';
import type { AnyRecord, KindName } from '../records/kinds.ts';
import { CHANGE_AUDIENCE_LABELS, LITERACY_AUDIENCE_INFO } from '../records/people.ts';
import type { ChangeAudience, LiteracyAudience } from '../records/people.ts';
import { PILOT_CRITERION_INFO } from '../records/pilot.ts';
import type { PilotCriterion } from '../records/pilot.ts';
import type { Unit } from '../records/units.ts';
import { unitByKey, writeUnit } from '../records/units.ts';
import type { AutoChange, MergePlan, RecordConflict, Side } from './merge.ts';

const FIXED_LABELS: Readonly<Record<string, string>> = {
  'workshops/title': 'Workshop title',
  'workshops/organisation': 'Organisation',
  'workshops/facilitator': 'Facilitator',
  'workshops/date': 'Workshop day',
  'workshops/settings.thresholds.value': 'Value threshold',
  'workshops/settings.thresholds.feasibility': 'Feasibility threshold',
  'workshops/settings.priorityValueShare': 'Value share of priority',
  'workshops/settings.balanceBand': 'Portfolio balance band',
  'workshops/settings.dotsPerParticipant': 'Dots per participant',
  'workshops/settings.sensitivityTopN': 'Top of the ranking watched (N)',
  'scenarios/name': 'Name',
  'scenarios/thresholds.value': 'Value threshold',
  'scenarios/thresholds.feasibility': 'Feasibility threshold',
  'scenarios/priorityValueShare': 'Value share of priority',
  'scenarios/capacities': 'Phase capacities',
  'phases/name': 'Name',
  'phases/timeSpan': 'Time span',
  'phases/capacity': 'Capacity',
  'phases/order': 'Position on the roadmap',
  'candidates/title': 'Title',
  'candidates/description': 'Description',
  'candidates/owner': 'Owner',
  'candidates/department': 'Department',
  'candidates/stage': 'Stage',
  'candidates/audience': 'Audience',
  'candidates/horizon': 'Horizon',
  'candidates/approach': 'Approach',
  'candidates/effort': 'Effort',
  'candidates/placement': 'Place on the matrix',
  'candidates/keptPlacement': 'Kept placement',
  'candidates/dependencies': 'Depends on',
  'candidates/notes': 'Notes and rationale',
  'candidates/phaseId': 'Phase',
  'candidates/phaseRank': 'Position in its phase',
  'components/name': 'Name',
  'components/kind': 'Kind',
  'components/dataDomain': 'Data domain',
  'components/providerId': 'Built by',
  'components/consumerIds': 'Reused by',
  'candidates/capabilities': 'Capabilities needed',
  'capabilities/name': 'Name',
  'capabilities/have': 'People who have it',
  'capabilities/upskill': 'People to upskill',
  'capabilities/hire': 'People to hire',
};

/** The words of the pilot-to-scale fields, read off their paths: "Training-data bias: owner". */
function scaleLabel(kind: KindName, path: readonly string[]): string | null {
  const [head, item, part] = path;
  if (kind === 'candidates' && head === 'governance' && item !== undefined) {
    const info = GOVERNANCE_ITEM_INFO[item as GovernanceItem];
    if (info === undefined) return null;
    return part === 'state' ? info.label : `${info.label}: ${part ?? ''}`;
  }
  if (kind === 'candidates' && head === 'pilot' && item !== undefined) {
    const info = PILOT_CRITERION_INFO[item as PilotCriterion];
    if (info === undefined) return null;
    return `${info.label}: ${part === 'score' ? 'score' : 'evidence'}`;
  }
  if (kind === 'phases' && head === 'readinessGate' && item !== undefined) {
    const area = GOVERNANCE_AREA_LABELS[item as GovernanceArea];
    return area === undefined ? null : `${area} needed`;
  }
  if (kind === 'workshops' && head === 'literacy' && item !== undefined) {
    const audience = LITERACY_AUDIENCE_INFO[item as LiteracyAudience];
    return audience === undefined ? null : `AI literacy: ${audience.label}`;
  }
  if (kind === 'workshops' && head === 'changePlan' && item !== undefined) {
    const audience = CHANGE_AUDIENCE_LABELS[item as ChangeAudience];
    if (audience === undefined) return null;
    return `Change plan, ${audience}: ${part === 'message' ? 'key message' : 'concerns'}`;
  }
  return null;
}

function isCriterion(key: string | undefined): key is Criterion {
  return key !== undefined && Object.hasOwn(CRITERIA, key);
}

/** "riskMitigation" -> "Risk mitigation": the fallback for a field without words of its own. */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the room calls a field: "Direct financial impact score", "Weight of Learning value". */
export function fieldLabel(kind: KindName, unit: Unit): string {
  const fixed = FIXED_LABELS[`${kind}/${unit.key}`];
  if (fixed) return fixed;
  const scale = scaleLabel(kind, unit.path);
  if (scale !== null) return scale;
  const last = unit.path.at(-1);
  if (isCriterion(last)) {
    if (unit.path[0] === 'settings' || kind === 'scenarios') {
      return `Weight of ${CRITERIA[last].label}`;
    }
    return `${CRITERIA[last].label} score`;
  }
  return humanize(last ?? unit.key);
}

/** The label of a field given by its unit key, e.g. in the summary of automatic changes. */
export function fieldLabelOfKey(kind: KindName, key: string): string {
  const unit = unitByKey(kind, key);
  return unit ? fieldLabel(kind, unit) : humanize(key);
}

function shorten(text: string, max: number): string {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

function titleIn(doc: WorkshopDocument, id: string): string {
  return doc.candidates.find((c) => c.id === id)?.title ?? 'a deleted candidate';
}

/** A value as the room reads it. `doc` names the phases and candidates it refers to. */
export function formatValue(
  kind: KindName,
  unit: Unit,
  value: unknown,
  doc: WorkshopDocument,
): string {
  const key = unit.key;
  if (kind === 'candidates') {
    if (key === 'placement') {
      const p = value as Placement | null;
      return p === null
        ? 'not placed (in the tray)'
        : `feasibility ${formatScore(p.x)}, value ${formatScore(p.y)}`;
    }
    if (key === 'keptPlacement') {
      const kept = value as KeptPlacement | null;
      return kept === null ? 'not kept' : `kept: “${shorten(kept.reason, 60)}”`;
    }
    if (key === 'phaseId') {
      if (value === null) return 'the backlog';
      return doc.phases.find((p) => p.id === value)?.name ?? 'a deleted phase';
    }
    if (key === 'stage') return STAGE_LABELS[value as Stage] ?? String(value);
    if (key === 'effort') {
      const points = EFFORT_POINTS[value as Effort];
      return points === undefined
        ? String(value)
        : `${String(value)} (${points} ${points === 1 ? 'point' : 'points'})`;
    }
    if (key === 'audience' || key === 'horizon' || key === 'approach') {
      return value === null
        ? 'not set'
        : (TAG_LABELS[value as keyof typeof TAG_LABELS] ?? String(value));
    }
    if (unit.path[0] === 'governance' && unit.path[2] === 'state') {
      return GOVERNANCE_STATE_LABELS[value as GovernanceState] ?? String(value);
    }
    if (key === 'capabilities') {
      const name = (id: string) =>
        doc.capabilities.find((k) => k.id === id)?.name ?? 'a deleted capability';
      return listOf((value as string[]).map(name));
    }
    if (unit.isSet) return listOf((value as string[]).map((id) => titleIn(doc, id)));
  }
  if (kind === 'phases' && unit.path[0] === 'readinessGate') {
    return typeof value === 'number' ? `at least ${value}%` : 'nothing asked';
  }
  if (kind === 'components') {
    if (key === 'providerId') return value === null ? 'nobody yet' : titleIn(doc, String(value));
    if (key === 'kind') return COMPONENT_KIND_LABELS[value as ComponentKind] ?? String(value);
    if (unit.isSet) return listOf((value as string[]).map((id) => titleIn(doc, id)));
  }
  if (kind === 'workshops') {
    if (key === 'settings.priorityValueShare' && typeof value === 'number') {
      return `${Math.round(value * 100)}% value, ${100 - Math.round(value * 100)}% feasibility`;
    }
    if (key === 'settings.balanceBand') {
      const band = value as { min: number; max: number };
      return `${band.min}–${band.max} %`;
    }
  }
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'string') return value === '' ? 'empty' : `“${shorten(value, 60)}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return listOf(value.map(String));
  return 'changed';
}

function listOf(items: readonly string[]): string {
  if (items.length === 0) return 'none';
  return items.map((t) => `“${shorten(t, 40)}”`).join(', ');
}

/** Where a candidate stands in the room's terms: its quadrant (as the room decides it) and priority. */
function standing(
  candidate: Candidate,
  doc: WorkshopDocument,
): { quadrant: string; priority: string } {
  const settings = doc.workshop.settings;
  const quadrant = roomQuadrant(candidate, settings);
  return {
    quadrant: quadrant === null ? 'the tray' : QUADRANT_LABELS[quadrant],
    priority: formatScore(scoreCandidate(candidate, settings).priority),
  };
}

/**
 * What choosing `side` for one field does, in the room's words. For a candidate, where it ends up
 * — the merged record as the other choices stand, with this field from `side`, under the merged
 * settings — compared with how it stands here now: "moves from Quick wins to Strategic bets;
 * priority 71 → 58", or "stays in Quick wins; priority 71". Other records: the value kept or taken.
 */
export function describeChoice(
  conflict: RecordConflict,
  unit: Unit,
  side: Side,
  docs: { here: WorkshopDocument; merged: WorkshopDocument },
): string {
  const value = side === 'here' ? readFrom(conflict.here, unit) : readFrom(conflict.file, unit);
  const names = side === 'here' ? docs.here : docs.merged;
  const what = `${side === 'here' ? 'Keep' : 'Take'} ${formatValue(conflict.kind, unit, value, names)}`;
  if (conflict.kind !== 'candidates' || conflict.here === null) return what;
  const here = conflict.here as Candidate;
  const merged = (docs.merged.candidates.find((c) => c.id === here.id) ?? here) as Candidate;
  const after = writeUnit(merged, unit, value) as Candidate;
  const before = standing(here, docs.here);
  const now = standing(after, docs.merged);
  const place =
    before.quadrant === now.quadrant
      ? `stays in ${now.quadrant}`
      : `moves from ${before.quadrant} to ${now.quadrant}`;
  const priority =
    before.priority === now.priority
      ? `priority ${now.priority}`
      : `priority ${before.priority} → ${now.priority}`;
  return `${what}: ${place}; ${priority}`;
}

function readFrom(record: AnyRecord | null, unit: Unit): unknown {
  let value: unknown = record;
  for (const step of unit.path) value = (value as Record<string, unknown> | null)?.[step];
  return value;
}

/** The two choices of a deletion conflict, in words. */
export function describeDeletionChoice(conflict: RecordConflict, side: Side): string {
  const keepsRecord =
    (conflict.type === 'deleted-here' && side === 'file') ||
    (conflict.type === 'deleted-in-file' && side === 'here');
  if (conflict.type === 'deleted-here') {
    return keepsRecord ? 'Keep it, with the edits from the file' : 'Leave it deleted';
  }
  return keepsRecord ? 'Keep it, with the edits made here' : 'Delete it, as in the file';
}

/** The conflict's situation in one sentence. */
export function describeConflict(conflict: RecordConflict): string {
  switch (conflict.type) {
    case 'edited-on-both':
      return conflict.fields.length === 1
        ? 'Changed here and in the file to different values.'
        : `${conflict.fields.length} fields changed here and in the file to different values.`;
    case 'deleted-here':
      return 'Deleted here, but edited in the file after (or without knowing of) the deletion.';
    case 'deleted-in-file':
      return 'Deleted in the file, but edited here after (or without knowing of) the deletion.';
  }
}

export interface SummaryGroup {
  /** "Candidates", "Phases", "Components", "Workshop details", "Settings". */
  label: string;
  added: AutoChange[];
  edited: AutoChange[];
  deleted: AutoChange[];
}

const GROUP_LABELS: Readonly<Record<KindName, string>> = {
  workshops: 'Workshop details',
  phases: 'Phases',
  candidates: 'Candidates',
  components: 'Components',
  capabilities: 'Capabilities',
  participants: 'Participants',
  rounds: 'Voting and scoring rounds',
  ballots: 'Ballots',
  snapshots: 'Snapshots',
  decisions: 'Decisions',
  agendaSteps: 'Agenda',
  scenarios: 'Scenarios',
};

/** The automatic changes by kind (and the workshop record split into details and settings). */
export function summaryGroups(plan: MergePlan): SummaryGroup[] {
  const groups = new Map<string, SummaryGroup>();
  const groupOf = (label: string): SummaryGroup => {
    let group = groups.get(label);
    if (!group) {
      group = { label, added: [], edited: [], deleted: [] };
      groups.set(label, group);
    }
    return group;
  };
  for (const change of plan.auto) {
    if (change.kind === 'workshops') {
      const settings = change.units.filter((u) => u.startsWith('settings.'));
      const details = change.units.filter((u) => !u.startsWith('settings.'));
      if (details.length > 0)
        groupOf('Workshop details').edited.push({ ...change, units: details });
      if (settings.length > 0) groupOf('Settings').edited.push({ ...change, units: settings });
      continue;
    }
    groupOf(GROUP_LABELS[change.kind] ?? humanize(change.kind))[change.action].push(change);
  }
  return [...groups.values()];
}

/** How many choices the room has to make: one per conflicting field, one per deletion conflict. */
export function choiceCount(plan: MergePlan): number {
  return plan.conflicts.reduce(
    (n, c) => n + (c.type === 'edited-on-both' ? c.fields.length : 1),
    0,
  );
}

/** "23 changes apply automatically · 3 need you". */
export function summaryLine(plan: MergePlan): string {
  const auto = plan.auto.length;
  const choices = choiceCount(plan);
  const applies = `${auto} ${auto === 1 ? 'change applies' : 'changes apply'} automatically`;
  return choices === 0 ? applies : `${applies} · ${choices} need${choices === 1 ? 's' : ''} you`;
}
