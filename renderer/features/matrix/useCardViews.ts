import { useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { shareUnchanged } from '../../components/sameView.ts';
import { buildCardViews, withPendingChanged } from './cardView.ts';
import type { MatrixCardView, PendingPlacement } from './cardView.ts';
import type { MatrixFilters } from './filters.ts';

interface Computed {
  doc: WorkshopDocument;
  pending: ReadonlyMap<string, PendingPlacement>;
  filters: MatrixFilters;
  views: MatrixCardView[];
}

/**
 * The card views, computed once per change of the document, the pending placements or the
 * filters. A view that did not change keeps its identity, so its memoised card does not
 * re-render: after a drop only the moved card does. (React's "information from previous
 * renders" pattern: the last result is state, replaced during render when an input changed.)
 */
export function useCardViews(
  doc: WorkshopDocument,
  pending: ReadonlyMap<string, PendingPlacement>,
  filters: MatrixFilters,
): MatrixCardView[] {
  const [last, setLast] = useState<Computed>(() => ({
    doc,
    pending,
    filters,
    views: buildCardViews(doc, pending, filters),
  }));
  if (last.doc === doc && last.pending === pending && last.filters === filters) return last.views;
  // A drop changes only the pending placements: the one card, not all 5,000, is built again.
  const views =
    last.doc === doc && last.filters === filters
      ? withPendingChanged(last.views, doc, last.pending, pending, filters)
      : shareUnchanged(
          buildCardViews(doc, pending, filters),
          new Map(last.views.map((v) => [v.id, v])),
        );
  setLast({ doc, pending, filters, views });
  return views;
}
