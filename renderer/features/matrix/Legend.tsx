import { EFFORT_POINTS, EFFORT_SIZES } from '../../../shared/domain/criteria.ts';
import type { MatrixCardView } from './cardView.ts';

/** How many of the dense view's dots the key names, from the top of the ranking. */
const NAMED_DOTS = 10;

/** The key of the dense view: what a dot is, and the top of the ranking by number. */
function DenseKey({ views }: { views: readonly MatrixCardView[] }) {
  const top = [...views].sort((a, b) => a.rank - b.rank).slice(0, NAMED_DOTS);
  return (
    <>
      <p>
        {views.length} cards are too many to draw as cards: each is a dot with its number in the
        ranking, as in the deck. Point at a dot, or Tab to it, for its title and details.
      </p>
      <p className="legend-ghost">
        <span className="dot-ring" aria-hidden="true" /> Placement differs from scores.
      </p>
      <h3>Top of the ranking</h3>
      <ol className="legend-dots">
        {top.map((v) => (
          <li key={v.id}>
            <span className="legend-dot-number">{v.rank}</span> {v.title}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * How to read the matrix: a card's size is its effort and a dashed dot is where its scores put
 * it; in the dense view (`denseViews`, the cards on the plot), what the numbered dots are.
 */
export function Legend({ denseViews }: { denseViews: readonly MatrixCardView[] | null }) {
  return (
    <section className="matrix-legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Key</h2>
      {denseViews ? (
        <DenseKey views={denseViews} />
      ) : (
        <>
          <p>Card size is effort:</p>
          <ul className="legend-sizes">
            {EFFORT_SIZES.map((s) => (
              <li key={s} className={`legend-size effort-${s}`}>
                {s} <span className="visually-hidden">({EFFORT_POINTS[s]} points)</span>
              </li>
            ))}
          </ul>
          <p className="legend-ghost">
            <span className="ghost-dot" aria-hidden="true" /> Where the scores put a card placed
            more than 15 points away.
          </p>
        </>
      )}
    </section>
  );
}
