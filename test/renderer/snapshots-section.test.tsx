// @vitest-environment jsdom
/**
 * The compare view of a snapshot (room/SnapshotsSection.tsx): its small matrix divides the
 * quadrants where the workshop's thresholds put them, as the Matrix tab does, not at the middle.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../shared/domain/room-edits.ts';
import { SnapshotsSection } from '../../renderer/features/room/SnapshotsSection.tsx';
import { aDocument, applied, testEnv } from '../fixtures/builders.ts';

afterEach(cleanup);

describe('the snapshot compare view', () => {
  it('draws the quadrants’ borders at the workshop’s thresholds', () => {
    const env = testEnv();
    const base = aDocument({}, env);
    const doc = {
      ...base,
      workshop: {
        ...base.workshop,
        settings: { ...base.workshop.settings, thresholds: { value: 30, feasibility: 70 } },
      },
    };
    const withSnapshot = applied(doc, takeSnapshot(doc, 'Before lunch', env));
    render(<SnapshotsSection doc={withSnapshot} />);
    fireEvent.click(screen.getByRole('button', { name: 'Compare with “Before lunch”' }));
    const matrix = screen.getByRole('img', { name: /^The matrix with an arrow/ });
    const size = Number(matrix.getAttribute('width'));
    const borders = [...matrix.querySelectorAll('line[stroke-dasharray]')].map((line) =>
      ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a))),
    );
    // Feasibility 70 is 70% across; value 30 is 30% up from the bottom.
    expect(borders).toEqual([
      [0.7 * size, 0, 0.7 * size, size],
      [0, 0.7 * size, size, 0.7 * size],
    ]);
  });
});
