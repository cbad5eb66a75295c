import { EDITS, runEdit } from '../../app/edits.ts';
import { useMemo, useRef, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { findDuplication, reuseOverview } from '../../../shared/roadmap/duplication.ts';
import type { Component } from '../../../shared/records/component.ts';
import { undo } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { plural } from './balanceView.ts';
import { ComponentCard } from './ComponentCard.tsx';
import { ComponentDialog } from './ComponentDialog.tsx';

type Editing = { component: Component | null } | null;

/**
 * The seed's "modular, reusable AI components": what each candidate builds for the others, where
 * reuse happens, and where two candidates build the same thing twice.
 */
export function ComponentsSection({ doc }: { doc: WorkshopDocument }) {
  const [editing, setEditing] = useState<Editing>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const overview = useMemo(() => reuseOverview(doc), [doc]);
  const duplications = useMemo(() => findDuplication(doc), [doc]);
  const duplicatedIds = new Set(duplications.flatMap((d) => d.componentIds));
  const reuses = overview.reduce((sum, r) => sum + r.consumers.length, 0);

  async function remove(component: Component) {
    const scope = doc.workshop.id;
    const isDone = await runEdit(EDITS.deleteComponent, { component }, scope);
    // The card and its button are gone: keep the keyboard in the section.
    headingRef.current?.focus();
    if (!isDone) return;
    useSessionStore.getState().showNotice({
      message: `Deleted component “${component.name}”.`,
      undo: () => void undo(scope),
    });
  }

  return (
    <section className="components" aria-labelledby="components-heading">
      <div className="section-head">
        <h2 id="components-heading" ref={headingRef} tabIndex={-1}>
          Reusable components
        </h2>
        <button type="button" className="primary" onClick={() => setEditing({ component: null })}>
          Add component
        </button>
      </div>
      <p className="section-help">
        Data pipelines, feature definitions, model templates and monitoring that one candidate
        builds and others reuse. Two candidates building the same kind of component for the same
        data domain is duplication: build it once and share it. A candidate that reuses a component
        depends on the one that builds it, so scheduling it earlier shows as a dependency-order
        problem on the Roadmap.
      </p>

      {duplications.length > 0 && (
        <section className="duplication-warnings" aria-labelledby="duplication-heading">
          <h3 id="duplication-heading">Duplication warnings</h3>
          <div role="status">
            <ul>
              {duplications.map((d) => (
                <li key={d.id} className="warning">
                  <span aria-hidden="true" className="warning-icon">
                    ⚠
                  </span>
                  <span>
                    <strong>Duplication.</strong> {d.message}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}

      {overview.length === 0 ? (
        <p className="empty">
          No components yet. Add what a candidate will build that others could reuse, such as a
          customer data pipeline.
        </p>
      ) : (
        <>
          <p className="meta">
            {plural(overview.length, 'component', 'components')},{' '}
            {plural(reuses, 'reuse', 'reuses')} in all. The most reused come first.
          </p>
          <ul className="component-list" aria-label="Components and their reuse">
            {overview.map((r) => (
              <ComponentCard
                key={r.component.id}
                reuse={r}
                isDuplicated={duplicatedIds.has(r.component.id)}
                onEdit={() => setEditing({ component: r.component })}
                onDelete={() => void remove(r.component)}
              />
            ))}
          </ul>
        </>
      )}

      {editing && (
        <ComponentDialog doc={doc} component={editing.component} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
