import { useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { RoundKind } from '../../../shared/records/round.ts';
import { routeHref } from '../../app/router.ts';
import { AgendaSection } from './AgendaSection.tsx';
import { DecisionsSection } from './DecisionsSection.tsx';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { RoundPanel } from './RoundPanel.tsx';
import { RoundsCompared } from './RoundsCompared.tsx';
import { SnapshotsSection } from './SnapshotsSection.tsx';
import { StartRoundDialog } from './StartRoundDialog.tsx';
import './room.css';

/**
 * The Room screen (PRODUCT.md, "Facilitation"): the participants, the voting and scoring rounds
 * (on one laptop: the secret ballot passes it from person to person), the agenda and its
 * countdown, snapshots and compare, the decision log, and presentation mode.
 */
export function RoomScreen({ doc }: { doc: WorkshopDocument }) {
  const [starting, setStarting] = useState<RoundKind | null>(null);
  const rounds = [...doc.rounds].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <div className="room">
      <div className="section-head">
        <h2 className="visually-hidden">Running the room</h2>
        <a
          className="button primary"
          href={routeHref({ screen: 'present', workshopId: doc.workshop.id, view: 'matrix' })}
        >
          Presentation mode
        </a>
      </div>
      <ParticipantsSection doc={doc} />
      <section aria-labelledby="rounds-heading" className="room-section">
        <h2 id="rounds-heading">Voting and scoring rounds</h2>
        <div className="toolbar">
          <button type="button" onClick={() => setStarting('dots')}>
            Start dot voting
          </button>
          <button type="button" onClick={() => setStarting('scores')}>
            Start blind scoring
          </button>
        </div>
        <RoundsCompared doc={doc} />
        {rounds.map((r) => (
          <RoundPanel key={r.id} doc={doc} round={r} />
        ))}
      </section>
      <AgendaSection doc={doc} />
      <SnapshotsSection doc={doc} />
      <DecisionsSection doc={doc} />
      {starting !== null && (
        <StartRoundDialog doc={doc} kind={starting} onClose={() => setStarting(null)} />
      )}
    </div>
  );
}
