import { useEffect } from 'react';
import type { WorkshopTab } from '../../app/router.ts';
import { routeHref, useRoute } from '../../app/router.ts';
import { SaveStatus } from '../../app/SaveStatus.tsx';
import { UndoRedo } from '../../app/UndoRedo.tsx';
import { useWorkshopDocument } from '../../db/hooks.ts';
import { CandidatesScreen } from '../candidates/CandidatesScreen.tsx';
import { DeckScreen } from '../deck/DeckScreen.tsx';
import { GovernanceScreen } from '../governance/GovernanceScreen.tsx';
import { ScaleScreen } from '../scale/ScaleScreen.tsx';
import { Countdown } from '../room/Countdown.tsx';
import { RoomScreen } from '../room/RoomScreen.tsx';
import { WhyPrompt } from '../room/WhyPrompt.tsx';
import { PortfolioScreen } from '../portfolio/PortfolioScreen.tsx';
import { RoadmapScreen } from '../roadmap/RoadmapScreen.tsx';
import { ACTIONS, dispatchAction } from '../../app/actions.ts';
import { MatrixScreen } from '../matrix/MatrixScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { SensitivityScreen } from '../sensitivity/SensitivityScreen.tsx';

const TAB_LABELS: Record<WorkshopTab, string> = {
  candidates: 'Candidates',
  matrix: 'Matrix',
  roadmap: 'Roadmap',
  portfolio: 'Portfolio',
  sensitivity: 'Sensitivity',
  governance: 'Governance',
  scale: 'Scale',
  room: 'Room',
  deck: 'Deck',
  settings: 'Settings',
};

/** One open workshop: its header, the screens inside it, and export. */
export function WorkshopScreen({ workshopId, tab }: { workshopId: string; tab: WorkshopTab }) {
  const doc = useWorkshopDocument(workshopId);
  const route = useRoute();

  useEffect(() => {
    document.title = doc ? `${doc.workshop.title} – Scalepath` : 'Scalepath';
  }, [doc]);

  if (doc === undefined) return <main className="loading">Loading…</main>;
  if (doc === null) {
    return (
      <main className="missing">
        <h1>This workshop is not in your library</h1>
        <p>It may have been deleted. Your other workshops are in the library.</p>
        <a href={routeHref({ screen: 'home' })}>Back to all workshops</a>
      </main>
    );
  }

  return (
    <div className="workshop">
      <header className="workshop-header">
        <div className="workshop-header-top">
          <a className="back" href={routeHref({ screen: 'home' })}>
            ← All workshops
          </a>
          <h1 title={doc.workshop.title}>{doc.workshop.title}</h1>
          <UndoRedo scope={workshopId} />
          <SaveStatus />
          <button type="button" onClick={() => void dispatchAction('import-file', { route })}>
            Merge a file…
          </button>
          <button
            type="button"
            title={`${ACTIONS['export-workshop'].label} (${ACTIONS['export-workshop'].shortcut})`}
            onClick={() => void dispatchAction('export-workshop', { route })}
          >
            Export file
          </button>
        </div>
        <Countdown doc={doc} />
        <nav aria-label="Workshop screens" className="tabs">
          {(Object.keys(TAB_LABELS) as WorkshopTab[]).map((t) => (
            <a
              key={t}
              href={routeHref({ screen: 'workshop', workshopId, tab: t })}
              aria-current={t === tab ? 'page' : undefined}
            >
              {TAB_LABELS[t]}
            </a>
          ))}
        </nav>
      </header>
      {tab !== 'matrix' && <WhyPrompt workshopId={workshopId} />}
      <main className="workshop-main">
        {tab === 'candidates' && <CandidatesScreen doc={doc} />}
        {tab === 'matrix' && <MatrixScreen doc={doc} />}
        {tab === 'roadmap' && <RoadmapScreen doc={doc} />}
        {tab === 'portfolio' && <PortfolioScreen doc={doc} />}
        {tab === 'sensitivity' && <SensitivityScreen doc={doc} />}
        {tab === 'governance' && (
          <GovernanceScreen
            doc={doc}
            focus={route.screen === 'workshop' ? route.cell : undefined}
          />
        )}
        {tab === 'scale' && <ScaleScreen doc={doc} />}
        {tab === 'room' && <RoomScreen doc={doc} />}
        {tab === 'deck' && <DeckScreen doc={doc} />}
        {tab === 'settings' && <SettingsScreen workshop={doc.workshop} />}
      </main>
    </div>
  );
}
