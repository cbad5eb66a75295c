import type { Reuse } from '../../../shared/roadmap/duplication.ts';
import { COMPONENT_KIND_LABELS } from '../../../shared/records/component.ts';

interface ComponentCardProps {
  reuse: Reuse;
  /** Another candidate builds the same kind of component for the same data domain. */
  isDuplicated: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

/** One reusable component: what it is, who builds it and who reuses it. */
export function ComponentCard({ reuse, isDuplicated, onEdit, onDelete }: ComponentCardProps) {
  const { component, provider, consumers } = reuse;
  const domain = component.dataDomain.trim();
  return (
    <li className={isDuplicated ? 'component-card is-duplicated' : 'component-card'}>
      <h3>{component.name}</h3>
      <p className="component-kind">
        {COMPONENT_KIND_LABELS[component.kind]}
        {domain ? ` · ${domain}` : ' · no data domain yet'}
      </p>
      <p>Built by {provider ? <strong>{provider.title}</strong> : <em>nobody yet</em>}</p>
      <p>
        {consumers.length === 0 ? (
          'Not reused yet'
        ) : (
          <>
            Reused by {consumers.length}: {consumers.map((c) => c.title).join(', ')}
          </>
        )}
      </p>
      {isDuplicated && (
        <p className="duplication-flag">
          <span aria-hidden="true">⚠ </span>Duplication: another candidate builds the same kind of
          component for this data domain.
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit component “${component.name}”`}>
          Edit
        </button>
        <button
          type="button"
          onClick={onDelete}
          aria-label={`Delete component “${component.name}”`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
