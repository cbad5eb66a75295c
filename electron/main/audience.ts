import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import type { PresentView } from '../../shared/ipc/contract.ts';
import { APP_ENTRY_URL } from './origin.ts';
import type { WindowEnvironment } from './window.ts';
import { mainWindowOptions } from './window.ts';

/**
 * The audience window (issue 11): presentation mode, read-only, on the projector while the
 * facilitator keeps the console on the laptop. Main opens it only through the validated
 * `openAudienceWindow` call (pages cannot open windows: security.ts denies every window.open);
 * it has the app window's sandboxed, isolated web preferences, and its page runs in audience mode,
 * which writes nothing (renderer/state/perform.ts setReadOnly). Its messages to main are refused
 * like any window's but the app window's (ipc.ts isTrustedSender).
 */

/** The display to put the audience on: one that does not hold the app window; null when there is none. */
export function externalDisplay(
  displays: readonly Display[],
  appBounds: Rectangle,
): Display | null {
  const cx = appBounds.x + appBounds.width / 2;
  const cy = appBounds.y + appBounds.height / 2;
  const holds = (d: Display) =>
    cx >= d.bounds.x &&
    cx < d.bounds.x + d.bounds.width &&
    cy >= d.bounds.y &&
    cy < d.bounds.y + d.bounds.height;
  return displays.find((d) => !holds(d)) ?? null;
}

/** The audience window's options: the app window's web preferences, full screen on `display`. */
export function audienceWindowOptions(
  environment: WindowEnvironment,
  display: Display,
): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(environment);
  return {
    ...base,
    title: 'Scalepath — audience',
    x: display.bounds.x,
    y: display.bounds.y,
    width: display.bounds.width,
    height: display.bounds.height,
    minWidth: undefined,
    minHeight: undefined,
    fullscreen: true,
    // The facilitator works on the laptop; the projector must not take the keyboard.
    focusable: false,
    webPreferences: { ...base.webPreferences, devTools: false },
  };
}

/** Where the audience window's page goes: presentation mode of the workshop, audience flavour. */
export function audienceUrl(workshopId: string, view: PresentView): string {
  return `${APP_ENTRY_URL}#/present/${encodeURIComponent(workshopId)}/${view}/audience`;
}

let audience: BrowserWindow | null = null;

/**
 * Opens (or moves on) the audience window on the external display and returns true; with one
 * display, puts the app window in full screen instead and returns false.
 */
export async function openAudienceWindow(
  appWindow: BrowserWindow | null,
  environment: WindowEnvironment,
  request: { workshopId: string; view: PresentView },
): Promise<boolean> {
  const display =
    appWindow === null ? null : externalDisplay(screen.getAllDisplays(), appWindow.getBounds());
  if (display === null) {
    appWindow?.setFullScreen(true);
    return false;
  }
  if (audience === null || audience.isDestroyed()) {
    audience = new BrowserWindow(audienceWindowOptions(environment, display));
    audience.on('closed', () => {
      audience = null;
    });
    audience.once('ready-to-show', () => audience?.showInactive());
  }
  await audience.loadURL(audienceUrl(request.workshopId, request.view));
  return true;
}
