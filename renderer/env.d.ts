/** The app version from package.json, inlined by vite at build time. */
declare const __APP_VERSION__: string;
