import { useEffect, useMemo } from 'react';
import { navigate, PRESENT_VIEWS, routeHref } from '../../app/router.ts';
import type { PresentView } from '../../app/router.ts';
import { useWorkshopDocument } from '../../db/hooks.ts';
import { platform } from '../../platform/index.ts';
import { TAG_LABELS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { matrixSpot } from '../../../shared/domain/matrix.ts';
import { compareRanks } from '../../../shared/domain/rank.ts';
import { QUADRANT_LABELS, QUADRANTS } from '../../../shared/domain/scoring.ts';
import { roomQuadrant } from '../../../shared/domain/standing.ts';
import { GOVERNANCE_AREA_LABELS, GOVERNANCE_AREAS } from '../../../shared/records/governance.ts';
import { portfolioBalance } from '../../../shared/roadmap/balance.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import {
  areaReadiness,
  formatReadiness,
  overallReadiness,
} from '../../../shared/scale/readiness.ts';
import { revealedDotRounds, roundUnderWay, tally, votersOf } from '../../../shared/room/voting.ts';
import { Countdown } from '../room/Countdown.tsx';
import './present.css';

const VIEW_TITLES: Readonly<Record<PresentView, string>> = {
  matrix: 'Value / feasibility matrix',
  roadmap: 'Roadmap',
  balance: 'Portfolio balance',
  votes: 'Voting results',
  governance: 'Governance readiness',
};

/** Where the console tells the audience window which view to show. */
const CHANNEL = 'scalepath-presentation';

/**
 * Presentation mode (PRODUCT.md, "Facilitation"): full screen, large type, no editing controls —
 * the matrix, the roadmap, the balance, the voting results and governance readiness, one at a time,
 * moved through with the arrow keys. The audience window (desktop, on the projector) is the same
 * screen, read-only, following the view the facilitator's console shows.
 */
export function PresentScreen({
  workshopId,
  view,
  isAudience,
}: {
  workshopId: string;
  view: PresentView;
  isAudience: boolean;
}) {
  const doc = useWorkshopDocument(workshopId);
  const go = (next: PresentView) =>
    navigate({ screen: 'present', workshopId, view: next, isAudience });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const at = PRESENT_VIEWS.indexOf(view);
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        go(PRESENT_VIEWS[(at + 1) % PRESENT_VIEWS.length] as PresentView);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        go(PRESENT_VIEWS[(at - 1 + PRESENT_VIEWS.length) % PRESENT_VIEWS.length] as PresentView);
      } else if (event.key === 'Escape' && !isAudience) {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        navigate({ screen: 'workshop', workshopId, tab: 'room' });
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Full screen on entering (the audience window is made full screen by main); Escape leaves it.
  useEffect(() => {
    if (isAudience || document.fullscreenElement !== null) return;
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [isAudience]);

  // The console says which view it shows; the audience window follows.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const channel = new BroadcastChannel(CHANNEL);
    if (isAudience) {
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const data = event.data as { workshopId?: unknown; view?: unknown };
        const next = PRESENT_VIEWS.find((v) => v === data.view);
        if (data.workshopId === workshopId && next !== undefined && next !== view) go(next);
      };
    } else {
      channel.postMessage({ workshopId, view });
    }
    return () => channel.close();
  });

  if (doc === undefined) return <main className="present loading">Loading…</main>;
  if (doc === null) {
    return (
      <main className="present">
        <h1>This workshop is not in the library</h1>
      </main>
    );
  }
  const at = PRESENT_VIEWS.indexOf(view);
  return (
    <main className="present" aria-labelledby="present-heading">
      <header className="present-head">
        <p className="present-workshop">{doc.workshop.title}</p>
        <h1 id="present-heading">{VIEW_TITLES[view]}</h1>
        <Countdown doc={doc} isReadOnly />
      </header>
      <div className="present-body">
        {view === 'matrix' && <MatrixView doc={doc} />}
        {view === 'roadmap' && <RoadmapView doc={doc} />}
        {view === 'balance' && <BalanceView doc={doc} />}
        {view === 'votes' && <VotesView doc={doc} />}
        {view === 'governance' && <GovernanceView doc={doc} />}
      </div>
      <nav className="present-nav" aria-label="Presentation">
        <button
          type="button"
          onClick={() =>
            go(PRESENT_VIEWS[(at - 1 + PRESENT_VIEWS.length) % PRESENT_VIEWS.length] as PresentView)
          }
        >
          ←{' '}
          {
            VIEW_TITLES[
              PRESENT_VIEWS[(at - 1 + PRESENT_VIEWS.length) % PRESENT_VIEWS.length] as PresentView
            ]
          }
        </button>
        <span>
          {at + 1} / {PRESENT_VIEWS.length}
        </span>
        <button
          type="button"
          onClick={() => go(PRESENT_VIEWS[(at + 1) % PRESENT_VIEWS.length] as PresentView)}
        >
          {VIEW_TITLES[PRESENT_VIEWS[(at + 1) % PRESENT_VIEWS.length] as PresentView]} →
        </button>
        {!isAudience && platform.openAudienceWindow !== undefined && (
          <button
            type="button"
            onClick={() => void platform.openAudienceWindow?.(workshopId, view)}
          >
            Open the audience window
          </button>
        )}
        {!isAudience && (
          <a href={routeHref({ screen: 'workshop', workshopId, tab: 'room' })}>Leave (Esc)</a>
        )}
      </nav>
    </main>
  );
}

/** Drawn at 1:1 on a 1280 x 720 projector, so its text is as large as it says. */
const W = 640;
const H = 470;

function MatrixView({ doc }: { doc: WorkshopDocument }) {
  const settings = doc.workshop.settings;
  const dots = useMemo(
    () =>
      doc.candidates
        .map((c) => ({ c, spot: matrixSpot(c, settings) }))
        .filter((d) => d.spot !== null)
        .sort((a, b) => (a.c.title < b.c.title ? -1 : 1)),
    [doc.candidates, settings],
  );
  const tx = settings.thresholds.feasibility;
  const ty = settings.thresholds.value;
  const x = (f: number) => (f / 100) * W;
  const y = (v: number) => H - (v / 100) * H;
  const corner: Record<string, [number, number, 'start' | 'end']> = {
    'quick-wins': [W - 12, 34, 'end'],
    'strategic-bets': [12, 34, 'start'],
    'fill-ins': [W - 12, H - 14, 'end'],
    reconsider: [12, H - 14, 'start'],
  };
  return (
    <div className="present-matrix">
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`The matrix: ${dots.length} candidates by value and feasibility`}
      >
        <rect x="0" y="0" width={W} height={H} className="pm-frame" />
        <line x1={x(tx)} y1="0" x2={x(tx)} y2={H} className="pm-line" />
        <line x1="0" y1={y(ty)} x2={W} y2={y(ty)} className="pm-line" />
        {QUADRANTS.map((q) => {
          const [cx, cy, anchor] = corner[q] as [number, number, 'start' | 'end'];
          return (
            <text key={q} x={cx} y={cy} textAnchor={anchor} className={`pm-quadrant pm-${q}`}>
              {QUADRANT_LABELS[q]}
            </text>
          );
        })}
        {dots.map((d, i) => (
          <g key={d.c.id} className={`pm-dot pm-${roomQuadrant(d.c, settings) ?? 'tray'}`}>
            <circle cx={x(d.spot!.x)} cy={y(d.spot!.y)} r="19" />
            <text x={x(d.spot!.x)} y={y(d.spot!.y) + 8} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
      <ol className={dots.length > 16 ? 'pm-legend pm-legend-two' : 'pm-legend'}>
        {dots.map((d, i) => (
          <li key={d.c.id} title={d.c.title}>
            <span className="pm-n">{i + 1}.</span> {d.c.title}
          </li>
        ))}
      </ol>
    </div>
  );
}

function RoadmapView({ doc }: { doc: WorkshopDocument }) {
  const phases = sortPhases(doc.phases);
  return (
    <div className="present-roadmap">
      {phases.map((p) => (
        <section key={p.id} aria-label={p.name}>
          <h2>{p.name}</h2>
          <ul>
            {doc.candidates
              .filter((c) => c.phaseId === p.id)
              .sort((a, b) => compareRanks(a.phaseRank, b.phaseRank))
              .map((c) => (
                <li key={c.id}>{c.title}</li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function BalanceView({ doc }: { doc: WorkshopDocument }) {
  const balance = portfolioBalance(doc.candidates, doc.phases, doc.workshop.settings);
  const group = balance.roadmap.count > 0 ? balance.roadmap : balance.all;
  return (
    <div className="present-balance">
      <p>{balance.roadmap.count > 0 ? 'The candidates on the roadmap' : 'All candidates'}</p>
      {group.dimensions.map((d) => (
        <div key={d.dimension} className={d.isOutOfBand ? 'pb-row pb-out' : 'pb-row'}>
          <span className="pb-label">
            {TAG_LABELS[d.a.key]}:{' '}
            {d.shareByCount === null ? 'none tagged' : `${Math.round(d.shareByCount)}%`}
          </span>
          <span className="pb-bar" aria-hidden="true">
            <span style={{ width: `${d.shareByCount ?? 0}%` }} />
          </span>
          <span className="pb-label">{TAG_LABELS[d.b.key]}</span>
          {d.advice !== null && <p className="pb-advice">{d.advice}</p>}
        </div>
      ))}
    </div>
  );
}

/**
 * The latest revealed dot vote's result; while a round is under way, how many have voted in it
 * ("7 of 12 have voted"), never what: the projector is what the whole room sees.
 */
function VotesView({ doc }: { doc: WorkshopDocument }) {
  const round = revealedDotRounds(doc)[0];
  const underWay = roundUnderWay(doc);
  return (
    <div className="present-votes">
      {underWay !== null && (
        <section className="present-progress" aria-labelledby="present-under-way">
          <h2 id="present-under-way">{underWay.name}</h2>
          <p role="status">
            {votersOf(doc, underWay).length} of {doc.participants.length} have voted
          </p>
        </section>
      )}
      {round === undefined ? (
        underWay === null && <p className="present-empty">No voting round is revealed yet.</p>
      ) : (
        <>
          <h2>{round.name}</h2>
          <ol aria-label={`Result of ${round.name}`}>
            {tally(doc, round).map((r) => (
              <li key={r.candidate.id}>
                <span>{r.candidate.title}</span>
                <strong>
                  {r.dots} {r.dots === 1 ? 'dot' : 'dots'}
                </strong>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function GovernanceView({ doc }: { doc: WorkshopDocument }) {
  const rows = doc.candidates
    .map((c) => ({ c, r: overallReadiness(c.governance) }))
    .sort(
      (a, b) => (a.r.percent ?? 101) - (b.r.percent ?? 101) || (a.c.title < b.c.title ? -1 : 1),
    );
  return (
    <table className="present-governance">
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          <th scope="col">Ready</th>
          {GOVERNANCE_AREAS.map((a) => (
            <th key={a} scope="col">
              {GOVERNANCE_AREA_LABELS[a]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ c, r }) => (
          <tr key={c.id}>
            <th scope="row">{c.title}</th>
            <td>{formatReadiness(r)}</td>
            {GOVERNANCE_AREAS.map((a) => (
              <td key={a}>{formatReadiness(areaReadiness(c.governance, a))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
