// Vitest setup file for the unit project (vitest.config.ts): the core's renderers take
// `messages(lang)` synchronously, and a run loads the Spanish catalogues only when it speaks
// Spanish (program.run / createContext await loadMessages; English is always loaded). Unit
// tests call the core directly, in both languages, so Spanish is loaded before any test file
// runs. The e2e tests load nothing here: they go through run(argv), which must load what it
// speaks by itself.
import { loadMessages } from '../../src/core/i18n/index.js';

await loadMessages('es');
