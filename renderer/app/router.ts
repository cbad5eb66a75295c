import { useSyncExternalStore } from 'react';

/**
 * A hash router: the screen is part of the URL, so a reload (or a crash and restart) shows the
 * same screen. Hash routes also work under app://scalepath/index.html and file-less previews.
 */
export type WorkshopTab = 'candidates' | 'matrix' | 'roadmap' | 'portfolio' | 'deck' | 'settings';

export type Route =
  { screen: 'home' } | { screen: 'workshop'; workshopId: string; tab: WorkshopTab };

const TABS: readonly WorkshopTab[] = [
  'candidates',
  'matrix',
  'roadmap',
  'portfolio',
  'deck',
  'settings',
];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'workshop' && parts[1]) {
    const tab = TABS.find((t) => t === parts[2]) ?? 'candidates';
    return { screen: 'workshop', workshopId: parts[1], tab };
  }
  return { screen: 'home' };
}

export function routeHref(route: Route): string {
  return route.screen === 'home'
    ? '#/'
    : `#/workshop/${encodeURIComponent(route.workshopId)}/${route.tab}`;
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
