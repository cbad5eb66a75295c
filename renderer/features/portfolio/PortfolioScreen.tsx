import { useMemo, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { departmentSpread, portfolioBalance } from '../../../shared/roadmap/balance.ts';
import { BalanceChart } from './BalanceChart.tsx';
import { balanceViews, formatBand } from './balanceView.ts';
import type { BalanceView } from './balanceView.ts';
import { BalanceWarnings } from './BalanceWarnings.tsx';
import { ComponentsSection } from './ComponentsSection.tsx';
import { DepartmentChart } from './DepartmentChart.tsx';
import { ViewPicker } from './ViewPicker.tsx';
import './portfolio.css';

function EmptyView({ view }: { view: BalanceView }) {
  if (view.id === 'all') {
    return <p className="empty">No candidates yet. Add them on the Candidates screen.</p>;
  }
  if (view.id === 'roadmap') {
    return (
      <p className="empty">
        Nothing is scheduled yet. Place candidates in phases on the Roadmap screen; until then, “All
        candidates” shows the balance of everything on the table.
      </p>
    );
  }
  return <p className="empty">No candidate is in “{view.label}” yet.</p>;
}

/**
 * The Portfolio screen (PRODUCT.md, "Portfolio balance"): the three balances by count and effort
 * for a chosen group, warnings where a share leaves the healthy band, the spread over
 * departments, and the reusable components.
 */
export function PortfolioScreen({ doc }: { doc: WorkshopDocument }) {
  const settings = doc.workshop.settings;
  const band = settings.balanceBand;
  const balance = useMemo(
    () => portfolioBalance(doc.candidates, doc.phases, settings),
    [doc.candidates, doc.phases, settings],
  );
  const views = useMemo(() => balanceViews(balance), [balance]);
  // Before anything is scheduled the roadmap is empty; the whole table is what the room weighs.
  const [viewId, setViewId] = useState(() => (balance.roadmap.count > 0 ? 'roadmap' : 'all'));
  // A phase deleted (or undone away) while selected falls back to all candidates.
  const view = views.find((v) => v.id === viewId) ?? (views[0] as BalanceView);
  const spread = useMemo(
    () => departmentSpread(doc.candidates.filter((c) => view.includes(c.phaseId))),
    [doc.candidates, view],
  );

  return (
    <div className="portfolio">
      <section className="balance" aria-labelledby="balance-heading">
        <h2 id="balance-heading">Portfolio balance</h2>
        <p className="section-help">
          Each bar splits the tagged candidates of a pair, by count and by effort. A split inside
          the dashed zone, the healthy band ({formatBand(band)}), is healthy.
        </p>
        <ViewPicker views={views} selectedId={view.id} onSelect={setViewId} />
        <BalanceWarnings view={view} band={band} />
        {view.group.count === 0 ? (
          <EmptyView view={view} />
        ) : (
          <div className="balance-charts">
            {view.group.dimensions.map((d) => (
              <BalanceChart key={d.dimension} dimension={d} band={band} viewLabel={view.label} />
            ))}
          </div>
        )}
      </section>
      <DepartmentChart spread={spread} viewLabel={view.label} />
      <ComponentsSection doc={doc} />
    </div>
  );
}
