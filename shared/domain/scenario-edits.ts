/**
 * Edits of scenarios: named sets of weights, thresholds, value share and phase capacities
 * (shared/records/scenario.ts). Each returns a Change, as every edit does; adopting one is one
 * undo step, logged in the decision log.
 */
import type { Phase } from '../records/phase.ts';
import type { Scenario } from '../records/scenario.ts';
import type { WorkshopDocument } from './document.ts';
import type { Change } from './change.ts';
import { combineChanges, patchBetween, patchChange, patchesChange } from './change.ts';
import type { RecordEnv } from './factories.ts';
import { cloneData, newRecordBase } from './factories.ts';
import { logDecision } from './room-edits.ts';

export type ScenarioFields = Omit<Scenario, 'id' | 'createdAt' | 'updatedAt' | 'workshopId'>;

/** The workshop's settings and phase capacities as they are now, under a name. */
export function scenarioFieldsOf(doc: WorkshopDocument, name: string): ScenarioFields {
  const s = doc.workshop.settings;
  return cloneData({
    name: name.trim(),
    valueWeights: s.valueWeights,
    feasibilityWeights: s.feasibilityWeights,
    thresholds: s.thresholds,
    priorityValueShare: s.priorityValueShare,
    capacities: doc.phases.map((p) => ({ phaseId: p.id, capacity: p.capacity })),
  });
}

/** Saves the workshop's current settings as a new scenario. */
export function saveScenario(doc: WorkshopDocument, name: string, env: RecordEnv): Change {
  const scenario: Scenario = {
    ...newRecordBase(env),
    workshopId: doc.workshop.id,
    ...scenarioFieldsOf(doc, name),
  };
  return { create: { scenarios: [scenario] } };
}

/** Writes what differs of a scenario's name, weights, thresholds, value share or capacities. */
export function editScenario(scenario: Scenario, fields: Partial<ScenarioFields>): Change {
  return patchChange(
    'scenarios',
    patchBetween('scenarios', scenario, {
      ...scenario,
      ...fields,
      name: (fields.name ?? scenario.name).trim(),
    }),
  );
}

/** The document as it would be with the scenario's settings and the phase capacities it names. */
export function scenarioDocument(doc: WorkshopDocument, scenario: Scenario): WorkshopDocument {
  const capacities = new Map(scenario.capacities.map((c) => [c.phaseId, c.capacity]));
  return {
    ...doc,
    workshop: {
      ...doc.workshop,
      settings: {
        ...doc.workshop.settings,
        valueWeights: { ...scenario.valueWeights },
        feasibilityWeights: { ...scenario.feasibilityWeights },
        thresholds: { ...scenario.thresholds },
        priorityValueShare: scenario.priorityValueShare,
      },
    },
    phases: doc.phases.map((p) => {
      const capacity = capacities.get(p.id);
      return capacity === undefined || capacity === p.capacity ? p : { ...p, capacity };
    }),
  };
}

export function deleteScenario(scenarioId: string): Change {
  return { delete: { scenarios: [scenarioId] } };
}

/**
 * Makes a scenario the workshop's settings: the weights, thresholds and value share that differ,
 * and the capacity of each phase it names that differs, with an entry in the decision log — one
 * change, so one undo step takes it all back.
 */
export function adoptScenario(doc: WorkshopDocument, scenario: Scenario, env: RecordEnv): Change {
  const adopted = scenarioDocument(doc, scenario);
  const settings = patchChange(
    'workshops',
    patchBetween('workshops', doc.workshop, adopted.workshop),
  );
  const byId = new Map(adopted.phases.map((p) => [p.id, p]));
  const capacities = patchesChange(
    'phases',
    doc.phases.map((p: Phase) => patchBetween('phases', p, byId.get(p.id) ?? p)),
  );
  const log = logDecision(
    doc.workshop.id,
    {
      what: `Adopted the scenario “${scenario.name}” as the workshop’s settings`,
      why: '',
      candidateIds: [],
    },
    env,
  );
  return combineChanges(combineChanges(settings, capacities), log);
}
