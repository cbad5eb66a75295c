import { app, dialog } from 'electron';
import type { AboutPanelOptionsOptions, BrowserWindow, MessageBoxOptions } from 'electron';

const APP_NAME = 'Scalepath';
const TAGLINE = 'Offline facilitation app for AI strategy workshops: from pilot to scale.';

/** macOS: what the app menu's About Scalepath (the standard About panel) shows. */
export function aboutPanelOptions(version: string): AboutPanelOptionsOptions {
  return { applicationName: APP_NAME, applicationVersion: version, credits: TAGLINE };
}

/** Windows and Linux: Help > About Scalepath, a plain native dialog. */
export function aboutDialogOptions(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${APP_NAME}`,
    message: APP_NAME,
    detail: `Version ${version}\n\n${TAGLINE}`,
    buttons: ['OK'],
    noLink: true,
  };
}

/** Shows the About dialog over the app window (or on its own when there is none). */
export async function showAboutDialog(window: BrowserWindow | null): Promise<void> {
  const options = aboutDialogOptions(app.getVersion());
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
