/**
 * The one origin the renderer is ever loaded from.
 *
 * WARNING: DO NOT CHANGE the scheme, the host or the entry URL. IndexedDB (every workshop the
 * user has) is keyed by origin: loading the renderer from any other origin, even once, shows an
 * empty app and strands the user's data under the old origin. Changing it needs a migration.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'scalepath';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
