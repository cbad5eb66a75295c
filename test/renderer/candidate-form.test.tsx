// @vitest-environment jsdom
/**
 * The candidate form's live scores (CandidateFormDialog) say the quadrant by the one rule
 * (shared/domain/standing.ts): where the card is placed once it is placed, with the scores'
 * quadrant beside it where the two differ; "stays in the tray" only while neither placed nor
 * scored.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import type * as FormModule from '../../renderer/features/candidates/CandidateFormDialog.tsx';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import type { CandidateOverrides } from '../fixtures/builders.ts';

vi.stubGlobal('__APP_VERSION__', '0.0.0-test');

let CandidateFormDialog: typeof FormModule.CandidateFormDialog;
beforeAll(async () => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  ({ CandidateFormDialog } =
    await import('../../renderer/features/candidates/CandidateFormDialog.tsx'));
});
afterEach(cleanup);

/** Low value, high feasibility: the scores say Fill-ins (default thresholds 50 / 50). */
const FILL_IN_SCORES = {
  valueScores: { financialImpact: 1 },
  feasibilityScores: { dataReadiness: 5 },
} satisfies CandidateOverrides;
/** A spot in the Quick wins quadrant (x = F, y = V). */
const IN_QUICK_WINS = { x: 80, y: 80 };

function oneCandidate(overrides: CandidateOverrides): [WorkshopDocument, Candidate] {
  const doc = aDocument({ candidates: [{ title: 'Chatbot', ...overrides }] }, testEnv());
  return [doc, doc.candidates[0]!];
}

function liveQuadrant(doc: WorkshopDocument, candidate: Candidate | null): string {
  render(<CandidateFormDialog doc={doc} candidate={candidate} onClose={() => undefined} />);
  // V, F, priority, then the quadrant.
  const live = screen.getByRole('status', { name: 'Live scores' });
  return live.lastElementChild?.textContent ?? '';
}

describe('the candidate form’s live quadrant', () => {
  it('says where the card is placed, and the scores’ quadrant where they differ', () => {
    const [doc, candidate] = oneCandidate({ ...FILL_IN_SCORES, placement: IN_QUICK_WINS });
    expect(liveQuadrant(doc, candidate)).toBe('Quick wins (scores: Fill-ins)');
  });

  it('says the quadrant of a placed card that is not scored, not the tray', () => {
    const [doc, candidate] = oneCandidate({ placement: IN_QUICK_WINS });
    expect(liveQuadrant(doc, candidate)).toBe('Quick wins');
  });

  it('says the scores’ quadrant for an unplaced card, and the tray only for one unscored too', () => {
    const [doc, candidate] = oneCandidate(FILL_IN_SCORES);
    expect(liveQuadrant(doc, candidate)).toBe('Fill-ins');
    cleanup();
    expect(liveQuadrant(aDocument({}, testEnv()), null)).toBe(
      'Not placed or scored: stays in the tray',
    );
  });

  it('follows the scores typed, beside the placement', () => {
    const [doc, candidate] = oneCandidate({ ...FILL_IN_SCORES, placement: IN_QUICK_WINS });
    liveQuadrant(doc, candidate);
    fireEvent.click(screen.getByRole('radio', { name: 'Direct financial impact: 5' }));
    const live = screen.getByRole('status', { name: 'Live scores' });
    expect(live.textContent).toContain('Quick wins');
    expect(live.textContent).not.toContain('scores:');
  });

  it('reads the placement as stored now, after a move made while the form is open', () => {
    const [doc, opened] = oneCandidate({ ...FILL_IN_SCORES });
    const moved = { ...doc, candidates: [{ ...opened, placement: IN_QUICK_WINS }] };
    expect(liveQuadrant(moved, opened)).toBe('Quick wins (scores: Fill-ins)');
  });
});
