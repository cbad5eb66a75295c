import { describe, expect, it } from 'vitest';
import { patchChange } from '../../shared/domain/change.ts';
import {
  adoptScenario,
  editScenario,
  saveScenario,
  scenarioDocument,
} from '../../shared/domain/scenario-edits.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { defaultChoices } from '../../shared/merge/merge.ts';
import type { MergePlan } from '../../shared/merge/merge.ts';
import { fieldLabel } from '../../shared/merge/describe.ts';
import type { Scenario } from '../../shared/records/scenario.ts';
import { aDocument, aPhase, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica, viaFile } from '../fixtures/replicas.ts';

const keepDefaults = (plan: MergePlan) => defaultChoices(plan);

function aWorkshopWithPhases() {
  const env = testEnv();
  const doc = aDocument(
    {
      phases: [
        aPhase({ id: 'p1', capacity: 12, order: 0 }),
        aPhase({ id: 'p2', capacity: 16, order: 1 }),
      ],
      candidates: [{ id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 4 } }],
    },
    env,
  );
  return { doc, env };
}

describe('scenarios', () => {
  it('saves the settings and capacities as they are, under a name', () => {
    const { doc, env } = aWorkshopWithPhases();
    const scenario = saveScenario(doc, '  Conservative ', env).create?.scenarios?.[0] as Scenario;
    expect(scenario.name).toBe('Conservative');
    expect(scenario.valueWeights).toEqual(doc.workshop.settings.valueWeights);
    expect(scenario.thresholds).toEqual(doc.workshop.settings.thresholds);
    expect(scenario.capacities).toEqual([
      { phaseId: 'p1', capacity: 12 },
      { phaseId: 'p2', capacity: 16 },
    ]);
  });

  it('writes only the units an edit changes', () => {
    const { doc, env } = aWorkshopWithPhases();
    const scenario = saveScenario(doc, 'Aggressive', env).create?.scenarios?.[0] as Scenario;
    const change = editScenario(scenario, {
      valueWeights: { ...scenario.valueWeights, learningValue: 2 },
    });
    expect(change.patch?.scenarios).toEqual([
      { id: scenario.id, set: { valueWeights: { learningValue: 2 } } },
    ]);
  });

  it('adopts a scenario as one change: only the settings and capacities that differ, and a decision', () => {
    const { doc, env } = aWorkshopWithPhases();
    const scenario: Scenario = {
      ...(saveScenario(doc, 'Aggressive', env).create?.scenarios?.[0] as Scenario),
      priorityValueShare: 0.7,
      thresholds: { value: 60, feasibility: 50 },
      capacities: [
        { phaseId: 'p2', capacity: 30 },
        { phaseId: 'gone', capacity: 5 },
      ],
    };
    const change = adoptScenario(doc, scenario, env);
    expect(change.patch?.workshops).toEqual([
      {
        id: doc.workshop.id,
        set: { settings: { priorityValueShare: 0.7, thresholds: { value: 60 } } },
      },
    ]);
    expect(change.patch?.phases).toEqual([{ id: 'p2', set: { capacity: 30 } }]);
    expect(change.create?.decisions?.[0]?.what).toBe(
      'Adopted the scenario “Aggressive” as the workshop’s settings',
    );
    expect(scenarioDocument(doc, scenario).phases.map((p) => p.capacity)).toEqual([12, 30]);
  });

  it('merges between laptops like every record: two weights both hold, one set twice is a conflict', () => {
    const { doc, env } = aWorkshopWithPhases();
    const a = new MemoryReplica('laptopA');
    const b = new MemoryReplica('laptopB');
    a.apply(createDocument(doc));
    const created = saveScenario(doc, 'Aggressive', env);
    a.apply(created);
    const id = (created.create?.scenarios?.[0] as Scenario).id;
    const w = doc.workshop.id;
    b.importNew(viaFile(a.replicaDocument(w)));
    const weights = (set: Partial<Scenario['valueWeights']>) =>
      patchChange('scenarios', { id, set: { valueWeights: set } });
    a.apply(weights({ financialImpact: 3 }));
    b.apply(weights({ learningValue: 2 }));
    a.apply(patchChange('scenarios', { id, set: { thresholds: { value: 60 } } }));
    b.apply(patchChange('scenarios', { id, set: { thresholds: { value: 40 } } }));

    const plan = a.merge(viaFile(b.replicaDocument(w)), keepDefaults);
    expect(plan.conflicts).toHaveLength(1);
    const [field] = plan.conflicts[0]?.fields ?? [];
    expect([field?.unit.key, field?.here, field?.file]).toEqual(['thresholds.value', 60, 40]);
    expect(fieldLabel('scenarios', field!.unit)).toBe('Value threshold');
    const merged = a.doc(w).scenarios.find((s) => s.id === id);
    expect(merged?.valueWeights).toMatchObject({ financialImpact: 3, learningValue: 2 });

    const back = b.merge(viaFile(a.replicaDocument(w)), keepDefaults);
    expect(back.conflicts).toEqual([]);
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });
});
