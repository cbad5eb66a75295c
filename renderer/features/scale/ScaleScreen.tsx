import { useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { CandidateFormDialog } from '../candidates/CandidateFormDialog.tsx';
import { BlueprintSection } from './BlueprintSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { TalentSection } from './TalentSection.tsx';
import './scale.css';

/**
 * The Scale screen: from pilot to scale beyond governance — the scaling blueprint, the talent plan,
 * AI literacy and the change plan (the seed's "Avoiding Pilot Purgatory", "People", "Change
 * Management").
 */
export function ScaleScreen({ doc }: { doc: WorkshopDocument }) {
  const [scoring, setScoring] = useState<Candidate | null>(null);
  return (
    <div className="scale">
      <BlueprintSection doc={doc} onScore={setScoring} />
      <TalentSection doc={doc} />
      <PeopleSection workshop={doc.workshop} />
      {scoring !== null && (
        <CandidateFormDialog
          doc={doc}
          candidate={doc.candidates.find((c) => c.id === scoring.id) ?? scoring}
          onClose={() => setScoring(null)}
          initialSection="pilot"
        />
      )}
    </div>
  );
}
