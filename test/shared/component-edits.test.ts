import { describe, expect, it } from 'vitest';
import {
  blankComponentFields,
  createComponent,
  deleteComponent,
  editComponent,
  validateComponentFields,
} from '../../shared/domain/component-edits.ts';
import type { ComponentFields } from '../../shared/domain/component-edits.ts';
import { invertChange } from '../../shared/domain/undo.ts';
import { findDuplication } from '../../shared/roadmap/duplication.ts';
import { componentSchema, MAX_CONSUMERS } from '../../shared/records/component.ts';
import { aComponent, aDocument, testEnv } from '../fixtures/builders.ts';

function fields(overrides: Partial<ComponentFields> = {}): ComponentFields {
  return { ...blankComponentFields(), name: 'Customer data pipeline', ...overrides };
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
  it('makes one new record of the workshop, trimmed, with each consumer once', () => {
    const env = testEnv();
    const change = createComponent(
      'w1',
      fields({
        name: '  Lead features ',
        kind: 'feature-definition',
        dataDomain: ' customer data  ',
        providerId: 'c1',
        consumerIds: ['c2', 'c3', 'c2'],
      }),
      env,
    );
    expect(change).toEqual({
      put: {
        components: [
          {
            id: 'id1',
            createdAt: '2025-03-01T09:00:00.000Z',
            updatedAt: '2025-03-01T09:00:00.000Z',
            rev: 1,
            workshopId: 'w1',
            name: 'Lead features',
            kind: 'feature-definition',
            dataDomain: 'customer data',
            providerId: 'c1',
            consumerIds: ['c2', 'c3'],
          },
        ],
      },
      remove: {},
    });
    expect(componentSchema.safeParse(change.put.components?.[0]).success).toBe(true);
  });

  it('does not keep a reference to the caller’s consumer list', () => {
    const consumerIds = ['c2'];
    const change = createComponent('w1', fields({ consumerIds }), testEnv());
    consumerIds.push('c3');
    expect(change.put.components?.[0]?.consumerIds).toEqual(['c2']);
  });
});

describe('editComponent', () => {
  it('saves the fields as the next revision, keeping id, workshop and creation time', () => {
    const before = aComponent({ id: 'k1', rev: 3, providerId: 'c1' });
    const change = editComponent(
      before,
      fields({ name: 'Segment features ', kind: 'feature-definition', providerId: 'c2' }),
      testEnv({ start: '2025-04-01T10:00:00.000Z' }),
    );
    const after = change.put.components?.[0];
    expect(change.remove).toEqual({});
    expect(after).toEqual({
      ...before,
      name: 'Segment features',
      kind: 'feature-definition',
      dataDomain: '',
      providerId: 'c2',
      consumerIds: [],
      rev: 4,
      updatedAt: '2025-04-01T10:00:00.000Z',
    });
  });

  it('can take away the provider (“Nobody yet”)', () => {
    const before = aComponent({ providerId: 'c1', consumerIds: ['c2'] });
    const after = editComponent(before, { ...before, providerId: null }, testEnv()).put
      .components?.[0];
    expect(after?.providerId).toBeNull();
    expect(after?.consumerIds).toEqual(['c2']);
  });
});

describe('deleteComponent', () => {
  it('removes exactly that component and writes nothing else', () => {
    expect(deleteComponent('k2')).toEqual({ put: {}, remove: { components: ['k2'] } });
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
    ).put.components?.[0];
    const segment = createComponent(
      doc.workshop.id,
      fields({
        name: 'Segment features',
        kind: 'feature-definition',
        dataDomain: 'Customer  Data',
        providerId: 'segment',
      }),
      env,
    ).put.components?.[0];
    if (!lead || !segment) throw new Error('no component made');

    const duplicated = { ...doc, components: [lead, segment] };
    expect(findDuplication(duplicated).map((d) => d.providerIds)).toEqual([['lead', 'segment']]);

    // The room decides: segmentation reuses lead scoring's features instead of building its own.
    const reused = editComponent(lead, { ...lead, consumerIds: ['segment'] }, env).put
      .components?.[0];
    const merged = { ...doc, components: reused ? [reused] : [] };
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
  const component = aComponent({ id: 'k9', providerId: 'c1', consumerIds: ['c2'] });
  const lookup = (table: string, id: string) =>
    table === 'components' && id === component.id ? component : undefined;

  it('undoing a delete puts the component back whole', () => {
    expect(invertChange(deleteComponent('k9'), lookup)).toMatchObject({
      put: { components: [component] },
      remove: { components: [] },
    });
  });

  it('undoing an edit restores the fields as they were; undoing an add removes it', () => {
    const edit = editComponent(component, { ...component, name: 'Renamed' }, testEnv());
    expect(invertChange(edit, lookup).put.components).toEqual([component]);
    const add = createComponent('w1', fields(), testEnv());
    expect(invertChange(add, lookup).remove.components).toEqual(['id1']);
  });
});
