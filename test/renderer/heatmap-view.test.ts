import { describe, expect, it } from 'vitest';
import { rankOfIndex } from '../../shared/domain/rank.ts';
import { heatmapRows, phaseOptions } from '../../renderer/features/governance/heatmapView.ts';
import { aDocument, aGovernance, testEnv } from '../fixtures/builders.ts';

function doc() {
  const allNa = aGovernance({
    ownershipAndAccess: 'n/a',
    qualityStandards: 'n/a',
    privacyAndCompliance: 'n/a',
    retentionAndDeletion: 'n/a',
    documentationAndVersioning: 'n/a',
    monitoringAndRetraining: 'n/a',
    gradualRollout: 'n/a',
    trainingDataBias: 'n/a',
    fairness: 'n/a',
    deploymentContext: 'n/a',
    feedbackChannels: 'n/a',
  });
  return aDocument(
    {
      candidates: [
        { id: 'a', title: 'Zeta', phaseId: 'p2', governance: aGovernance({ fairness: 'done' }) },
        { id: 'b', title: 'Alpha', phaseId: null, governance: allNa },
        { id: 'c', title: 'Beta', phaseId: 'p1', phaseRank: rankOfIndex(1) },
        {
          id: 'd',
          title: 'Gamma',
          phaseId: 'p1',
          phaseRank: rankOfIndex(0),
          governance: aGovernance({ fairness: 'done', trainingDataBias: 'done' }),
        },
        { id: 'e', title: 'Delta', phaseId: 'gone' },
      ],
    },
    testEnv(),
  );
}

const ids = (rows: ReturnType<typeof heatmapRows>) => rows.map((r) => r.candidate.id);

describe('the heatmap rows', () => {
  it('follow the roadmap: phases in order and by position, then the backlog by title', () => {
    // "Delta" names a phase that is not there: it is in the backlog.
    expect(ids(heatmapRows(doc(), 'all', 'list'))).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('filter to one phase or the backlog', () => {
    expect(ids(heatmapRows(doc(), 'p1', 'list'))).toEqual(['d', 'c']);
    expect(ids(heatmapRows(doc(), 'backlog', 'list'))).toEqual(['b', 'e']);
    expect(phaseOptions(doc()).map((o) => o.label)).toEqual([
      'All candidates',
      'Phase 1 - Foundation',
      'Phase 2 - Expansion',
      'Phase 3 - Transformation',
      'Backlog (not scheduled)',
    ]);
  });

  it('sort by readiness either way, ties by title, a checklist where nothing applies last', () => {
    expect(ids(heatmapRows(doc(), 'all', 'readiness-asc'))).toEqual(['c', 'e', 'a', 'd', 'b']);
    expect(ids(heatmapRows(doc(), 'all', 'readiness-desc'))).toEqual(['d', 'a', 'c', 'e', 'b']);
  });
});
