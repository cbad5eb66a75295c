import type { Band, BalanceView } from './balanceView.ts';
import { DIMENSION_TITLES, formatBand, formatPercent, sideLabel } from './balanceView.ts';

function sharesText(share: number | null, measure: string): string | null {
  return share === null ? null : `${formatPercent(share)} by ${measure}`;
}

/**
 * The shares outside the healthy band, each with balance.ts's sentence on what to do. A live
 * region: switching the view, or retagging a candidate elsewhere, is announced.
 */
export function BalanceWarnings({ view, band }: { view: BalanceView; band: Band }) {
  const warnings = view.group.dimensions.filter((d) => d.isOutOfBand && d.advice !== null);
  const bandText = `healthy band ${formatBand(band)}`;
  return (
    <section className="balance-warnings" aria-labelledby="balance-warnings-heading">
      <h3 id="balance-warnings-heading">Balance warnings</h3>
      <div role="status">
        {view.group.count === 0 ? (
          <p>No candidates here yet, so nothing to warn about.</p>
        ) : warnings.length === 0 ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {view.label}: every share is inside the {bandText}.
          </p>
        ) : (
          <ul>
            {warnings.map((d) => {
              const shares = [
                sharesText(d.shareByCount, 'count'),
                sharesText(d.shareByEffort, 'effort'),
              ]
                .filter(Boolean)
                .join(', ');
              return (
                <li key={d.dimension} className="warning">
                  <span aria-hidden="true" className="warning-icon">
                    ⚠
                  </span>
                  <span>
                    <strong>{DIMENSION_TITLES[d.dimension]}</strong> is out of balance (
                    {sideLabel(d.a.key).toLowerCase()} {shares}; {bandText}). {d.advice}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
