// Vitest setup file for the unit project (vitest.config.ts): the core's renderers take
// `messages(lang)` synchronously, and a run loads only its own language's catalogues
// (program.run / createContext await loadMessages). Unit tests call the core directly, in
// both languages, so both are loaded before any test file runs. The e2e tests load nothing
// here: they go through run(argv), which must load what it speaks by itself.
import { loadMessages } from '../../src/core/i18n/index.js';

await loadMessages('en');
await loadMessages('es');
