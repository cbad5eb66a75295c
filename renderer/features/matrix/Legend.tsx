import { EFFORT_POINTS, EFFORT_SIZES } from '../../../shared/domain/criteria.ts';

/** How to read a card: its size is its effort; a dashed dot is where its scores put it. */
export function Legend() {
  return (
    <section className="matrix-legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Key</h2>
      <p>Card size is effort:</p>
      <ul className="legend-sizes">
        {EFFORT_SIZES.map((s) => (
          <li key={s} className={`legend-size effort-${s}`}>
            {s} <span className="visually-hidden">({EFFORT_POINTS[s]} points)</span>
          </li>
        ))}
      </ul>
      <p className="legend-ghost">
        <span className="ghost-dot" aria-hidden="true" /> Where the scores put a card placed more
        than 15 points away.
      </p>
    </section>
  );
}
