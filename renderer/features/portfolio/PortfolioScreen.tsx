import type { WorkshopDocument } from '../../../shared/domain/document.ts';

/** Placeholder until the Portfolio screen is built. */
export function PortfolioScreen({ doc }: { doc: WorkshopDocument }) {
  return (
    <section aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading">Portfolio</h2>
      <p>{doc.workshop.title}</p>
    </section>
  );
}
