import { describe, expect, it } from 'vitest';
import { withComponentDependencies } from '../../../shared/domain/document.ts';
import { checkRoadmap } from '../../../shared/roadmap/checks.ts';
import { findDuplication, reuseOverview } from '../../../shared/roadmap/duplication.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { aDocument } from '../../fixtures/builders.ts';

function leadAndSegmentation(
  segmentationDomain: string,
  kind: 'feature-definition' | 'data-pipeline' = 'feature-definition',
) {
  return aDocument({
    candidates: [
      { id: 'lead', title: 'Lead scoring' },
      { id: 'seg', title: 'Customer segmentation' },
      { id: 'mkt', title: 'Marketing optimisation' },
    ],
    components: [
      {
        id: 'k1',
        name: 'Lead features',
        kind: 'feature-definition',
        dataDomain: 'customer data',
        providerId: 'lead',
      },
      {
        id: 'k2',
        name: 'Segment features',
        kind,
        dataDomain: segmentationDomain,
        providerId: 'seg',
        consumerIds: ['mkt'],
      },
    ],
  });
}

describe('findDuplication', () => {
  it('flags two candidates building the same kind of component for the same data domain', () => {
    const [dup, ...rest] = findDuplication(leadAndSegmentation('  Customer   Data '));
    expect(rest).toEqual([]);
    expect(dup).toMatchObject({
      kind: 'feature-definition',
      providerIds: ['lead', 'seg'],
      componentIds: ['k1', 'k2'],
    });
    expect(dup?.message).toBe(
      '“Lead scoring” and “Customer segmentation” each build a feature definition for customer data: build it once, as a shared component, and let the others reuse it.',
    );
  });

  it('does not flag another data domain, another kind, or a component nobody builds', () => {
    expect(findDuplication(leadAndSegmentation('transactions'))).toEqual([]);
    expect(findDuplication(leadAndSegmentation('customer data', 'data-pipeline'))).toEqual([]);
    const doc = leadAndSegmentation('customer data');
    expect(
      findDuplication({
        ...doc,
        components: doc.components.map((k) => ({
          ...k,
          providerId: k.id === 'k2' ? null : k.providerId,
        })),
      }),
    ).toEqual([]);
  });

  it('does not flag two components whose data domain is not given yet', () => {
    const doc = leadAndSegmentation('  ');
    expect(
      findDuplication({
        ...doc,
        components: doc.components.map((k) => ({ ...k, dataDomain: '' })),
      }),
    ).toEqual([]);
  });

  it('finds the seed’s story in the sample workshop', () => {
    const found = findDuplication(buildSampleWorkshop());
    expect(found.map((d) => d.providerIds)).toEqual([
      ['sample-lead-scoring', 'sample-segmentation'],
    ]);
  });
});

describe('reuse', () => {
  it('lists components with provider and consumers, most reused first', () => {
    const rows = reuseOverview(buildSampleWorkshop());
    expect(rows[0]?.component.name).toBe('Customer data pipeline');
    expect(rows[0]?.provider?.id).toBe('sample-data-pipeline');
    expect(rows[0]?.consumers.length).toBe(5);
  });

  it('a consumer scheduled before its provider is a dependency-order problem', () => {
    const doc = leadAndSegmentation('customer data');
    const [p1, p2] = doc.phases;
    const scheduled = {
      ...doc,
      candidates: doc.candidates.map((c) =>
        c.id === 'mkt'
          ? { ...c, phaseId: p1?.id ?? null }
          : c.id === 'seg'
            ? { ...c, phaseId: p2?.id ?? null }
            : c,
      ),
    };
    expect(withComponentDependencies(scheduled).find((c) => c.id === 'mkt')?.dependencies).toEqual([
      'seg',
    ]);
    const issue = checkRoadmap(scheduled).find((i) => i.rule === 'dependency-order');
    expect(issue?.candidateIds).toEqual(['mkt', 'seg']);
    expect(issue?.message).toContain(
      '“Marketing optimisation” (Phase 1 - Foundation) reuses a component built by “Customer segmentation”, which is in Phase 2 - Expansion',
    );
  });
});
