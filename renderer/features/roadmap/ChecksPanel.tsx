import { memo } from 'react';
import type { RoadmapIssue, RoadmapSeverity } from '../../../shared/roadmap/checks.ts';
import { ROADMAP_SEVERITIES } from '../../../shared/roadmap/checks.ts';
import { routeHref } from '../../app/router.ts';
import { SEVERITY_WORDS } from './RoadmapCard.tsx';

const GROUP_NAMES: Readonly<Record<RoadmapSeverity, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  hint: ['hint', 'hints'],
};

function counted(n: number, severity: RoadmapSeverity): string {
  const [one, many] = GROUP_NAMES[severity];
  return `${n} ${n === 1 ? one : many}`;
}

interface ChecksPanelProps {
  workshopId: string;
  issues: readonly RoadmapIssue[];
  /** Shows (selects and focuses) the first card an issue names. */
  onShow: (candidateId: string) => void;
}

/**
 * The roadmap checks, live: errors, then warnings, then hints, each a sentence that says what to
 * do. The summary line is a polite live region, so a drop that breaks or fixes the plan is heard.
 * A governance warning links to its cell on the Governance screen.
 */
export const ChecksPanel = memo(function ChecksPanel({
  workshopId,
  issues,
  onShow,
}: ChecksPanelProps) {
  const groups = ROADMAP_SEVERITIES.map((severity) => ({
    severity,
    items: issues.filter((i) => i.severity === severity),
  }));
  const summary =
    issues.length === 0
      ? 'No problems found.'
      : groups
          .filter((g) => g.items.length > 0)
          .map((g) => counted(g.items.length, g.severity))
          .join(', ');
  return (
    <section className="rm-checks" aria-labelledby="roadmap-checks-heading">
      <h2 id="roadmap-checks-heading">Checks</h2>
      <p className="rm-checks-summary" role="status">
        {summary}
      </p>
      {groups.map(({ severity, items }) =>
        items.length === 0 ? null : (
          <section key={severity} aria-labelledby={`roadmap-checks-${severity}`}>
            <h3 id={`roadmap-checks-${severity}`} className={`rm-group rm-flag-${severity}`}>
              <span aria-hidden="true">{SEVERITY_WORDS[severity].slice(0, 2)}</span>
              {GROUP_NAMES[severity][1].replace(/^./, (c) => c.toUpperCase())} ({items.length})
            </h3>
            <ul className="rm-issues" aria-label={GROUP_NAMES[severity][1]}>
              {items.map((issue) => {
                const first = issue.candidateIds[0];
                return (
                  <li key={issue.id} className={`rm-issue rm-issue-${severity}`}>
                    <p id={`roadmap-issue-${issue.id.replaceAll(':', '-')}`}>{issue.message}</p>
                    {first !== undefined && (
                      <button
                        type="button"
                        className="rm-link"
                        onClick={() => onShow(first)}
                        aria-describedby={`roadmap-issue-${issue.id.replaceAll(':', '-')}`}
                      >
                        Show card
                      </button>
                    )}
                    {issue.cell !== undefined && (
                      <a
                        className="rm-link"
                        href={routeHref({
                          screen: 'workshop',
                          workshopId,
                          tab: 'governance',
                          cell: issue.cell,
                        })}
                        aria-describedby={`roadmap-issue-${issue.id.replaceAll(':', '-')}`}
                      >
                        Go to the checklist
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </section>
  );
});
