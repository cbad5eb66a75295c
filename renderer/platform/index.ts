import { createDesktopPlatform } from './desktop.ts';
import type { Platform } from './platform.ts';
import { createWebPlatform } from './web.ts';

export type { OpenedFile, Platform } from './platform.ts';

/** The desktop bridge exists only inside the Electron shell (exposed by the preload). */
export const platform: Platform =
  'scalepath' in window ? createDesktopPlatform() : createWebPlatform(__APP_VERSION__);
