import { useSyncExternalStore } from 'react';

/**
 * A hash router: the screen is part of the URL, so a reload (or a crash and restart) shows the
 * same screen. Hash routes also work under app://scalepath/index.html and file-less previews.
 */
export type WorkshopTab =
  | 'candidates'
  | 'matrix'
  | 'roadmap'
  | 'portfolio'
  | 'sensitivity'
  | 'governance'
  | 'scale'
  | 'room'
  | 'deck'
  | 'settings';

/** A governance cell a warning points at: the Governance screen opens with it focused. */
export interface CellFocus {
  candidateId: string;
  item: string;
}

import { PRESENT_VIEWS } from '../../shared/ipc/contract.ts';
import type { PresentView } from '../../shared/ipc/contract.ts';

export { PRESENT_VIEWS };
export type { PresentView };

export type Route =
  | { screen: 'home' }
  | { screen: 'workshop'; workshopId: string; tab: WorkshopTab; cell?: CellFocus }
  /** Presentation mode; `isAudience` for the read-only audience window on the projector. */
  | { screen: 'present'; workshopId: string; view: PresentView; isAudience?: boolean };

export const TABS: readonly WorkshopTab[] = [
  'candidates',
  'matrix',
  'roadmap',
  'portfolio',
  'sensitivity',
  'governance',
  'scale',
  'room',
  'deck',
  'settings',
];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'present' && parts[1]) {
    const view = PRESENT_VIEWS.find((v) => v === parts[2]) ?? 'matrix';
    return { screen: 'present', workshopId: parts[1], view, isAudience: parts[3] === 'audience' };
  }
  if (parts[0] === 'workshop' && parts[1]) {
    const tab = TABS.find((t) => t === parts[2]) ?? 'candidates';
    const [candidateId, item] = parts.slice(3);
    if (tab === 'governance' && candidateId && item) {
      return { screen: 'workshop', workshopId: parts[1], tab, cell: { candidateId, item } };
    }
    return { screen: 'workshop', workshopId: parts[1], tab };
  }
  return { screen: 'home' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'home') return '#/';
  if (route.screen === 'present') {
    const base = `#/present/${encodeURIComponent(route.workshopId)}/${route.view}`;
    return route.isAudience === true ? `${base}/audience` : base;
  }
  const base = `#/workshop/${encodeURIComponent(route.workshopId)}/${route.tab}`;
  return route.cell === undefined
    ? base
    : `${base}/${encodeURIComponent(route.cell.candidateId)}/${encodeURIComponent(route.cell.item)}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
