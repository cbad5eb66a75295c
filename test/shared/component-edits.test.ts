import { describe, expect, it } from 'vitest';
import {
  blankComponentFields,
  createComponent,
  deleteComponent,
  editComponent,
  validateComponentFields,
} from '../../shared/domain/component-edits.ts';
import type { ComponentFields } from '../../shared/domain/component-edits.ts';
import type { Change } from '../../shared/domain/change.ts';
import { isEmptyChange } from '../../shared/domain/change.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { findDuplication } from '../../shared/roadmap/duplication.ts';
import type { Component } from '../../shared/records/component.ts';
import { componentSchema, MAX_CONSUMERS } from '../../shared/records/component.ts';
import {
  APPLIED_AT,
  aComponent,
  aDocument,
  applied,
  idsWritten,
  testEnv,
} from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';

function fields(overrides: Partial<ComponentFields> = {}): ComponentFields {
  return { ...blankComponentFields(), name: 'Customer data pipeline', ...overrides };
}

/** A component's own fields, as the dialog opens them. */
function fieldsOf(component: Component): ComponentFields {
  const { name, kind, dataDomain, providerId, consumerIds } = component;
  return { name, kind, dataDomain, providerId, consumerIds: [...consumerIds] };
}

/** The components of a workshop holding `component` after `change`. */
function componentsAfter(component: Component, change: Change): Component[] {
  return applied({ ...aDocument(), components: [component] }, change).components;
}

describe('validateComponentFields', () => {
  const known = new Set(['c1', 'c2', 'c3']);

  it('accepts a named component built by one candidate and reused by others', () => {
    expect(
      validateComponentFields(fields({ providerId: 'c1', consumerIds: ['c2', 'c3'] }), known),
    ).toEqual({});
  });

  it('accepts a component nobody builds or reuses yet', () => {
    expect(validateComponentFields(fields(), known)).toEqual({});
  });

  it('asks for a name when it is empty or only spaces', () => {
    expect(validateComponentFields(fields({ name: '  ' }), known)).toEqual({
      name: 'Give the component a name.',
    });
  });

  it('takes 120 characters of name, not 121 (spaces around it do not count)', () => {
    expect(validateComponentFields(fields({ name: ` ${'x'.repeat(120)} ` }), known)).toEqual({});
    expect(validateComponentFields(fields({ name: 'x'.repeat(121) }), known).name).toBe(
      'Keep the name to 120 characters or fewer.',
    );
  });

  it('takes 80 characters of data domain, as the record schema does', () => {
    expect(validateComponentFields(fields({ dataDomain: 'd'.repeat(80) }), known)).toEqual({});
    expect(validateComponentFields(fields({ dataDomain: 'd'.repeat(81) }), known)).toEqual({
      dataDomain: 'Keep the data domain to 80 characters or fewer.',
    });
  });

  it('refuses a provider that also reuses its own component', () => {
    expect(
      validateComponentFields(fields({ providerId: 'c1', consumerIds: ['c2', 'c1'] }), known),
    ).toEqual({
      consumerIds:
        'The candidate that builds the component cannot also reuse it. Untick it under “Reused by”, or choose another builder.',
    });
  });

  it('refuses a provider or consumers that are not candidates of the workshop', () => {
    expect(
      validateComponentFields(fields({ providerId: 'gone', consumerIds: ['c2', 'other'] }), known),
    ).toEqual({
      providerId:
        'The candidate that builds it is no longer in this workshop. Choose another, or “Nobody yet”.',
      consumerIds: 'A candidate that reuses it is no longer in this workshop. Untick it.',
    });
  });

  it('takes the candidate ids as a Set or as an array', () => {
    const bad = fields({ consumerIds: ['c4'] });
    expect(validateComponentFields(bad, ['c1', 'c2'])).toEqual(
      validateComponentFields(bad, new Set(['c1', 'c2'])),
    );
    expect(validateComponentFields(fields({ consumerIds: ['c2'] }), ['c2'])).toEqual({});
  });

  it('refuses more consumers than a record may hold', () => {
    const ids = Array.from({ length: MAX_CONSUMERS + 1 }, (_, i) => `c${i}`);
    expect(validateComponentFields(fields({ consumerIds: ids }), ids).consumerIds).toMatch(
      /at most 500/,
    );
  });
});

describe('createComponent', () => {
  it('makes one new record of the workshop, trimmed, with each consumer once, in id order', () => {
    const env = testEnv();
    const change = createComponent(
      'w1',
      fields({
        name: '  Lead features ',
        kind: 'feature-definition',
        dataDomain: ' customer data  ',
        providerId: 'c1',
        consumerIds: ['c3', 'c2', 'c3'],
      }),
      env,
    );
    expect(change).toEqual({
      create: {
        components: [
          {
            id: 'id1',
            createdAt: '2025-03-01T09:00:00.000Z',
            updatedAt: '2025-03-01T09:00:00.000Z',
            workshopId: 'w1',
            name: 'Lead features',
            kind: 'feature-definition',
            dataDomain: 'customer data',
            providerId: 'c1',
            consumerIds: ['c2', 'c3'],
          },
        ],
      },
    });
    expect(componentSchema.safeParse(change.create?.components?.[0]).success).toBe(true);
  });

  it('does not keep a reference to the caller’s consumer list', () => {
    const consumerIds = ['c2'];
    const change = createComponent('w1', fields({ consumerIds }), testEnv());
    consumerIds.push('c3');
    expect(change.create?.components?.[0]?.consumerIds).toEqual(['c2']);
  });
});

describe('editComponent', () => {
  it('writes only the fields that changed, keeping id, workshop and creation time', () => {
    const before = aComponent({ id: 'k1', providerId: 'c1' });
    const change = editComponent(
      before,
      fields({ name: 'Segment features ', kind: 'feature-definition', providerId: 'c2' }),
    );
    // The consumers (none before, none after) are not written.
    expect(change).toEqual({
      patch: {
        components: [
          {
            id: 'k1',
            set: {
              name: 'Segment features',
              kind: 'feature-definition',
              dataDomain: '',
              providerId: 'c2',
            },
          },
        ],
      },
    });
    expect(componentsAfter(before, change)).toEqual([
      {
        ...before,
        name: 'Segment features',
        kind: 'feature-definition',
        dataDomain: '',
        providerId: 'c2',
        consumerIds: [],
        updatedAt: APPLIED_AT,
      },
    ]);
  });

  it('writes nothing when nothing changed (spaces, duplicates and order of consumers aside)', () => {
    const before = aComponent({ consumerIds: ['c2', 'c3'] });
    expect(isEmptyChange(editComponent(before, fieldsOf(before)))).toBe(true);
    expect(
      isEmptyChange(
        editComponent(before, {
          ...fieldsOf(before),
          name: ` ${before.name}  `,
          dataDomain: `${before.dataDomain} `,
          consumerIds: ['c3', 'c2', 'c3'],
        }),
      ),
    ).toBe(true);
  });

  it('writes consumers as the ids added and removed', () => {
    const before = aComponent({ id: 'k1', consumerIds: ['c2', 'c3'] });
    const change = editComponent(before, { ...fieldsOf(before), consumerIds: ['c4', 'c3'] });
    expect(change).toEqual({
      patch: {
        components: [{ id: 'k1', add: { consumerIds: ['c4'] }, remove: { consumerIds: ['c2'] } }],
      },
    });
    expect(componentsAfter(before, change)[0]?.consumerIds).toEqual(['c3', 'c4']);
  });

  it('can take away the provider (“Nobody yet”)', () => {
    const before = aComponent({ providerId: 'c1', consumerIds: ['c2'] });
    const change = editComponent(before, { ...before, providerId: null });
    expect(change).toEqual({
      patch: { components: [{ id: before.id, set: { providerId: null } }] },
    });
    const [after] = componentsAfter(before, change);
    expect(after?.providerId).toBeNull();
    expect(after?.consumerIds).toEqual(['c2']);
  });
});

describe('deleteComponent', () => {
  it('removes exactly that component and writes nothing else', () => {
    expect(deleteComponent('k2')).toEqual({ delete: { components: ['k2'] } });
  });
});

describe('the seed’s duplication story through edits', () => {
  it('flags lead scoring and segmentation once both build customer features, and not after one reuses the other’s', () => {
    const doc = aDocument({
      candidates: [
        { id: 'lead', title: 'AI-powered lead scoring' },
        { id: 'segment', title: 'Customer segmentation' },
      ],
    });
    const env = testEnv();
    const lead = createComponent(
      doc.workshop.id,
      fields({
        name: 'Lead features',
        kind: 'feature-definition',
        dataDomain: 'customer data',
        providerId: 'lead',
      }),
      env,
    ).create?.components?.[0];
    const segment = createComponent(
      doc.workshop.id,
      fields({
        name: 'Segment features',
        kind: 'feature-definition',
        dataDomain: 'Customer  Data',
        providerId: 'segment',
      }),
      env,
    ).create?.components?.[0];
    if (!lead || !segment) throw new Error('no component made');

    const duplicated = { ...doc, components: [lead, segment] };
    expect(findDuplication(duplicated).map((d) => d.providerIds)).toEqual([['lead', 'segment']]);

    // The room decides: segmentation reuses lead scoring's features instead of building its own.
    const reuse = editComponent(lead, { ...lead, consumerIds: ['segment'] });
    expect(idsWritten(reuse, 'components')).toEqual([lead.id]);
    const merged = applied({ ...doc, components: [lead] }, reuse);
    expect(merged.components.map((k) => [k.id, k.providerId, k.consumerIds])).toEqual([
      [lead.id, 'lead', ['segment']],
    ]);
    expect(
      validateComponentFields(
        { ...lead, consumerIds: ['segment'] },
        doc.candidates.map((c) => c.id),
      ),
    ).toEqual({});
    expect(findDuplication(merged)).toEqual([]);
  });
});

describe('undo of component edits', () => {
  const doc = aDocument({
    candidates: [{ id: 'c1' }, { id: 'c2' }],
    components: [{ id: 'k9', providerId: 'c1', consumerIds: ['c2'] }],
  });
  const component = doc.components[0]!;
  const w = doc.workshop.id;
  /** A laptop holding `doc`, as the repository would store it. */
  const laptop = () => {
    const replica = new MemoryReplica('laptop');
    replica.apply(createDocument(doc));
    expect(replica.doc(w).components).toEqual([component]);
    return replica;
  };

  it('undoing a delete puts the component back whole', () => {
    const replica = laptop();
    const inverse = replica.apply(deleteComponent('k9'));
    expect(replica.doc(w).components).toEqual([]);
    expect(idsWritten(inverse, 'components')).toEqual(['k9']);
    expect(inverse.restore?.components?.map((r) => r.record)).toEqual([component]);
    replica.apply(inverse);
    // Timestamps included: the record comes back exactly as it was.
    expect(replica.doc(w)).toEqual(laptop().doc(w));
    expect(replica.doc(w).components).toEqual([component]);
  });

  it('undoing an edit restores the fields as they were; undoing an add removes it', () => {
    const replica = laptop();
    const inverse = replica.apply(editComponent(component, { ...component, name: 'Renamed' }));
    expect(replica.doc(w).components.map((k) => k.name)).toEqual(['Renamed']);
    // The undo writes back exactly the one field the edit changed.
    expect(inverse).toEqual({
      patch: { components: [{ id: 'k9', set: { name: component.name } }] },
    });
    replica.apply(inverse);
    // Every field as it was; updatedAt is the time of the undo, as of any write.
    const [restored] = replica.doc(w).components;
    expect({ ...restored, updatedAt: component.updatedAt }).toEqual(component);

    const add = createComponent(w, fields(), testEnv());
    const undoAdd = replica.apply(add);
    expect(replica.doc(w).components.map((k) => k.id)).toEqual(['id1', 'k9']);
    expect(undoAdd).toEqual({ delete: { components: ['id1'] } });
    replica.apply(undoAdd);
    expect(replica.doc(w).components.map((k) => k.id)).toEqual(['k9']);
  });
});
