import { ExitCode, UserError, type Msg } from '../core/errors.js';

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

let replacement: Prompter | undefined;

/** Tests: answer prompts with `p` instead of a terminal (undefined restores inquirer). */
export function setPrompter(p: Prompter | undefined): void {
  replacement = p;
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
 * The prompter: the test's replacement, else inquirer, imported on first use. A cancelled
 * prompt becomes a UserError with exit code 130 and `cancelledMessage`, never a stack.
 */
export async function prompter(cancelledMessage: Msg): Promise<Prompter> {
  const base = replacement ?? (await inquirerPrompter());
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
  confirm: typeof import('@inquirer/prompts').confirm;
}

/** A Prompter over inquirer's prompts. */
export function fromInquirer({ input, select, confirm }: InquirerPrompts): Prompter {
  return {
    input: (o) => input({ message: o.message, default: o.default, validate: o.validate }),
    select: <T>(o: { message: string; choices: Choice<T>[]; default?: T }) =>
      select<T>({ message: o.message, choices: o.choices, default: o.default, pageSize: 16 }),
    confirm: (o) => confirm({ message: o.message, default: o.default }),
  };
}

async function inquirerPrompter(): Promise<Prompter> {
  return fromInquirer(await import('@inquirer/prompts'));
}
