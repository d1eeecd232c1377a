declare const __VERSION__: string | undefined;
/** Injected by scripts/build.mjs from package.json. */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
