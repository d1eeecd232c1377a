import { styleText } from 'node:util';
import { ExitCode, UserError, type Msg } from '../core/errors.js';
import type { EditCatalog } from '../core/i18n/index.js';

/**
 * The words the prompt library would otherwise show in English (select's key help, the
 * yes/no hint and answers, its fallback errors): the catalogue's `edit.prompt` of the run.
 */
export type PromptWords = EditCatalog['prompt'];

/** A choice in a list prompt. */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

/**
 * The few prompts `init` and `log` need. Commands talk to this, never to @inquirer/prompts
 * directly, so tests can swap in a scripted one (setPrompter) and start-up does not pay
 * for inquirer (~55 ms, PITFALLS) unless a question is actually asked.
 */
export interface Prompter {
  /** Text; `validate` returns true or the message to show, and is run as you type Enter. */
  input(opts: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(opts: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
}

/** A prompter for a language's words (tests install one that draws on a virtual screen). */
export type PrompterFactory = (words: PromptWords) => Prompter;

let replacement: PrompterFactory | undefined;

/** Tests: answer prompts with `p` instead of a terminal (undefined restores inquirer). */
export function setPrompter(p: Prompter | PrompterFactory | undefined): void {
  replacement = typeof p === 'function' ? p : p && (() => p);
}

/** True when there is someone to ask: both standard input and output are terminals. */
export function canPrompt(stdin: { isTTY?: boolean } = process.stdin, stdout: { isTTY?: boolean } = process.stdout): boolean {
  return replacement !== undefined || (Boolean(stdin.isTTY) && Boolean(stdout.isTTY));
}

/** Ctrl-C (or Ctrl-D) at a prompt: inquirer rejects with one of these. */
function isCancel(e: unknown): boolean {
  const name = (e as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

/**
 * The prompter: the test's replacement, else inquirer, imported on first use, speaking the
 * run's language (`words`: the catalogue's `edit.prompt`). A cancelled prompt becomes a
 * UserError with exit code 130 and `cancelledMessage`, never a stack.
 */
export async function prompter(cancelledMessage: Msg, words: PromptWords): Promise<Prompter> {
  const base = replacement ? replacement(words) : fromInquirer(await import('@inquirer/prompts'), words);
  const guard =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await f(...a);
      } catch (e) {
        if (isCancel(e)) throw new UserError({ code: 'usage', message: cancelledMessage }, ExitCode.Interrupted);
        throw e;
      }
    };
  return { input: guard(base.input.bind(base)), select: guard(base.select.bind(base)) as Prompter['select'], confirm: guard(base.confirm.bind(base)) };
}

/** The prompt functions of @inquirer/prompts this module uses (tests pass wrapped ones). */
export interface InquirerPrompts {
  input: typeof import('@inquirer/prompts').input;
  select: typeof import('@inquirer/prompts').select;
}

/**
 * A yes/no answer by the words of a language: any start of one of `yesWords` or `noWords`
 * (case and spaces aside), so Spanish takes s, si, sí and n, no (and y, yes, as inquirer's
 * own confirm always does); empty is the default; anything else is undefined.
 */
export function yesNoAnswer(text: string, words: Pick<PromptWords, 'yesWords' | 'noWords'>, dflt: boolean): boolean | undefined {
  const v = text.trim().toLowerCase();
  if (v === '') return dflt;
  const starts = (list: string) => list.split(/\s+/).some((w) => w.toLowerCase().startsWith(v));
  return starts(words.yesWords) ? true : starts(words.noWords) ? false : undefined;
}

/**
 * A Prompter over inquirer's prompts, with every word inquirer would show by itself taken
 * from `words`; the styles stay inquirer's (bold key, dim action, dim hint, cyan answer).
 *
 * - select: its help line is `theme.style.keysHelpTip`, called with inquirer's own English
 *   actions ('navigate', 'select'); each is replaced by its word here.
 * - input: inquirer answers a `validate` that returns false or '' with "You must provide a
 *   valid value"; such an answer gets `words.invalid` instead (no `required` or `pattern`
 *   is ever passed, the other two English messages).
 * - confirm: inquirer's confirm takes an answer only when it starts one keyword, so `sí`
 *   and `si` (how most people type it) cannot both be yes. The yes/no question is an input
 *   prompt that looks the same: the (Y/n) / (S/n) hint after the question while it is
 *   asked, the answer word once given, its own error for anything else.
 */
export function fromInquirer({ input, select }: InquirerPrompts, words: PromptWords): Prompter {
  const actions: Record<string, string> = { navigate: words.navigate, select: words.choose };
  const keysHelpTip = (keys: [key: string, action: string][]) =>
    keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', actions[action] ?? action)}`).join(styleText('dim', ' • '));
  const selectTheme = { style: { keysHelpTip }, i18n: { disabledError: words.disabled } };
  return {
    input: (o) => {
      const validate = o.validate;
      return input({ message: o.message, default: o.default, validate: validate && ((v: string) => validate(v) || words.invalid) });
    },
    select: <T>(o: { message: string; choices: Choice<T>[]; default?: T }) =>
      select<T>({ message: o.message, choices: o.choices, default: o.default, pageSize: 16, theme: selectTheme }),
    confirm: async (o) => {
      const dflt = o.default !== false;
      const [y, n] = [words.yes, words.no].map((w) => (w[0] ?? '').toLowerCase());
      const hint = dflt ? `${y!.toUpperCase()}/${n}` : `${y}/${n!.toUpperCase()}`;
      const answer = (v: string) => yesNoAnswer(v, words, dflt);
      const text = await input({
        message: o.message,
        validate: (v) => answer(v) !== undefined || words.yesNoError(words.yes, words.no),
        transformer: (v, { isFinal }) => (isFinal ? styleText('cyan', answer(v) ? words.yes : words.no) : v),
        theme: { style: { message: (m: string, status: string) => (status === 'done' ? styleText('bold', m) : `${styleText('bold', m)} ${styleText('dim', `(${hint})`)}`) } },
      });
      return answer(text)!;
    },
  };
}
