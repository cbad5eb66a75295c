import { memo } from 'react';
import { cardTitleLines } from './cardTitle.ts';
import type { MatrixCardView } from './cardView.ts';

/** The words that flag a placement far from the scores (also the card's accessible description). */
export const MISMATCH_WORDS = 'placement differs from scores';
export const DIMMED_WORDS = 'does not match the filter';

/** Classes that colour a card by its quadrant and size it by effort. */
export function cardClassName(view: MatrixCardView): string {
  return `card card-${view.quadrant ?? 'tray'} effort-${view.effort}`;
}

/** What a card shows: its title (ellipsised after two lines) and its effort. */
export const CardFace = memo(function CardFace({ view }: { view: MatrixCardView }) {
  return (
    <>
      <span className="card-title">
        {cardTitleLines(view.title, view.effort).map((line, i) => (
          <span key={i} className="card-title-line">
            {line}
          </span>
        ))}
      </span>
      <span className="card-effort" aria-hidden="true">
        {view.effort}
      </span>
      {view.votes !== null && view.votes > 0 && (
        <span
          className="card-votes"
          title={`${view.votes} ${view.votes === 1 ? 'dot' : 'dots'} in the latest vote`}
        >
          ●{view.votes}
        </span>
      )}
    </>
  );
});
