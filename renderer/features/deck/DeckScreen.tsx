import type { WorkshopDocument } from '../../../shared/domain/document.ts';

/** Placeholder until the Deck screen is built. */
export function DeckScreen({ doc }: { doc: WorkshopDocument }) {
  return (
    <section aria-labelledby="deck-heading">
      <h2 id="deck-heading">Deck</h2>
      <p>{doc.workshop.title}</p>
    </section>
  );
}
