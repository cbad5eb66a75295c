import type { WorkshopDocument } from '../../../shared/domain/document.ts';

/** Placeholder until the Roadmap screen is built. */
export function RoadmapScreen({ doc }: { doc: WorkshopDocument }) {
  return (
    <section aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading">Roadmap</h2>
      <p>{doc.workshop.title}</p>
    </section>
  );
}
