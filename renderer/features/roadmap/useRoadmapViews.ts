import { useMemo, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { checkRoadmap } from '../../../shared/roadmap/checks.ts';
import type { RoadmapIssue } from '../../../shared/roadmap/checks.ts';
import { shareUnchanged } from '../../components/sameView.ts';
import { buildCardViews, buildColumns, buildDependencyIndex } from './roadmapView.ts';
import type { DependencyIndex, RoadmapCardView } from './roadmapView.ts';

interface Computed {
  issues: readonly RoadmapIssue[];
  views: ReadonlyMap<string, RoadmapCardView>;
}

/**
 * Everything the roadmap shows, computed once per document change: the checks, who depends on whom,
 * a view per card and the columns. A card view that did not change keeps its identity, so its
 * memoised card does not re-render: after a drop only the cards whose markers changed do. (React's
 * "information from previous renders" pattern: the last result is state, replaced during render.)
 */
export function useRoadmapViews(doc: WorkshopDocument) {
  const issues = useMemo(() => checkRoadmap(doc), [doc]);
  const index: DependencyIndex = useMemo(() => buildDependencyIndex(doc), [doc]);
  const [last, setLast] = useState<Computed>(() => ({
    issues,
    views: buildCardViews(doc, issues, index),
  }));
  let views = last.views;
  if (last.issues !== issues) {
    const next = shareUnchanged([...buildCardViews(doc, issues, index).values()], last.views);
    views = new Map(next.map((view) => [view.id, view]));
    setLast({ issues, views });
  }
  const columns = useMemo(() => buildColumns(doc, issues), [doc, issues]);
  return { issues, index, views, heads: columns.heads, items: columns.items };
}
