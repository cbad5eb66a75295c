import type { WorkshopDocument } from '../domain/document.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Component, ComponentKind } from '../records/component.ts';
import { COMPONENT_KIND_LABELS } from '../records/component.ts';
import { compareText, quoted } from './common.ts';

/** "Customer Data " and "customer  data" are the same data domain. */
export function normaliseDomain(domain: string): string {
  return domain.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Two or more candidates each building the same kind of component for the same data domain. */
export interface Duplication {
  /** Stable: `duplication:<kind>:<domain>`. */
  id: string;
  kind: ComponentKind;
  dataDomain: string;
  componentIds: string[];
  providerIds: string[];
  /** One sentence that names them and says what to do. */
  message: string;
}

/** A component with who builds it and who reuses it, as the Portfolio screen lists them. */
export interface Reuse {
  component: Component;
  provider: Candidate | null;
  consumers: Candidate[];
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The seed's lead-scoring vs customer-segmentation story: different candidates providing the same
 * kind of component (data pipeline, feature definition, model template, monitoring) for the same
 * data domain build the same thing twice. Components nobody builds are not counted, nor those
 * whose data domain is not given yet: two components of unknown data are not known to be the same.
 * Sorted by kind, then domain.
 */
export function findDuplication(doc: WorkshopDocument): Duplication[] {
  const byId = new Map(doc.candidates.map((c) => [c.id, c]));
  const groups = new Map<string, Component[]>();
  for (const k of doc.components) {
    if (k.providerId === null || !byId.has(k.providerId)) continue;
    const domain = normaliseDomain(k.dataDomain);
    if (domain === '') continue;
    const key = `${k.kind}:${domain}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  }
  const found: Duplication[] = [];
  for (const [key, components] of groups) {
    const providerIds = [...new Set(components.map((k) => k.providerId as string))].sort(
      compareText,
    );
    if (providerIds.length < 2) continue;
    const first = components[0] as Component;
    const names = providerIds.map((id) => quoted(byId.get(id)?.title ?? id));
    const what = COMPONENT_KIND_LABELS[first.kind].toLowerCase();
    const domain = first.dataDomain.trim();
    found.push({
      id: `duplication:${key}`,
      kind: first.kind,
      dataDomain: domain,
      componentIds: components.map((k) => k.id).sort(compareText),
      providerIds,
      message: `${joinNames(names)} each build a ${what} for ${domain}: build it once, as a shared component, and let the others reuse it.`,
    });
  }
  return found.sort((a, b) => compareText(a.id, b.id));
}

/**
 * Every component with its provider and consumers (by title: the stored set is in id order, which
 * means nothing to the room), the most reused first.
 */
export function reuseOverview(doc: WorkshopDocument): Reuse[] {
  const byId = new Map(doc.candidates.map((c) => [c.id, c]));
  return doc.components
    .map((component) => ({
      component,
      provider: component.providerId === null ? null : (byId.get(component.providerId) ?? null),
      consumers: component.consumerIds
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id)),
    }))
    .sort(
      (a, b) =>
        b.consumers.length - a.consumers.length ||
        compareText(a.component.name, b.component.name) ||
        compareText(a.component.id, b.component.id),
    );
}
