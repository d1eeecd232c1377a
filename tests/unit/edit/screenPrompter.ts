import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';
import { fromInquirer, setPrompter } from '../../../src/io/prompts.js';

/**
 * Real inquirer prompts drawing on @inquirer/testing's virtual screen, installed as the
 * commands' prompter. Set up explicitly rather than through the library's automatic
 * vi.mock: unit tests share one module graph (vitest.config: isolate false), where that
 * mock only reaches the first test file that imports it.
 */
export async function useScreenPrompter(): Promise<void> {
  const actual = await vi.importActual<typeof import('@inquirer/prompts')>('@inquirer/prompts');
  screen.clear();
  // wrapPrompt loses select's generic signature; the runtime function is the same.
  const select = wrapPrompt(actual.select) as unknown as typeof actual.select;
  const prompts = { input: wrapPrompt(actual.input), select };
  // A factory: each command's prompter gets the words of its run's language.
  setPrompter((words) => fromInquirer(prompts, words));
}

/** Waits until the current prompt shows `question`, then answers with keys (`<up>` is a key) and Enter. */
export async function reply(question: string, ...keys: string[]): Promise<void> {
  if (!screen.getScreen().includes(question)) throw new Error(`expected the prompt "${question}", the screen shows:\n${screen.getScreen()}`);
  for (const k of keys) {
    if (k.startsWith('<') && k.endsWith('>')) screen.keypress(k.slice(1, -1));
    else screen.type(k);
  }
  screen.keypress('enter');
  await screen.next();
}

export { screen, setPrompter };
