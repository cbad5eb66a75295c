/** Two keyframes that change nothing, added to the element's own transform. */
const IDENTITY: Keyframe[] = [{ transform: 'translate(0, 0)' }, { transform: 'translate(0, 0)' }];

/**
 * A ref for the card inside a dnd-kit DragOverlay (which is the card's parent). It keeps the
 * overlay's moves off the page's layers. dnd-kit moves the overlay by its inline transform on every
 * pointer move. Chromium updates a changed transform without layerizing the page again only when
 * that transform is animated: it then assumes the element may overlap anything. Otherwise it
 * works out every layer on every frame of a drag, at a cost that grows with what the page draws
 * (1.3 ms a frame over 2,000 dots). So while the card is up, its overlay runs an animation that
 * changes nothing, for ever: an identity added to the transform dnd-kit sets, which still places
 * it. The animation stops when the card goes (React 19 calls the returned cleanup). A keyboard
 * drag keeps dnd-kit's glide instead.
 */
export function keepOverlayComposited(card: HTMLElement | null): (() => void) | undefined {
  const overlay = card?.parentElement;
  // jsdom has no animations. A keyboard drag glides from spot to spot by a transition (dnd-kit
  // sets it), which an animation of the transform would stop; its few moves need no layer.
  if (!overlay || typeof overlay.animate !== 'function' || overlay.style.transition !== '') {
    return undefined;
  }
  const animation = overlay.animate(IDENTITY, {
    duration: 1_000_000,
    iterations: Infinity,
    composite: 'add',
  });
  return () => animation.cancel();
}
