/**
 * `M`: messages named, not worded. `M.t.err.notFound(path)` gives
 * `{key: 't.err.notFound', args: [path]}` and `M.t.err.nesting` gives `{key: 't.err.nesting'}`,
 * type-checked against the English bundle, so core and io code reads like the catalogue
 * call it replaces while leaving the wording (and the language) to the command
 * (word.ts). Built from the English bundle's shape, each catalogue once and on first use:
 * plain objects and functions, no Proxy, and every Msg it returns is plain data
 * (structured-clone safe).
 */
import type { Msg, MsgArg } from '../errors.js';
import { bundleEn } from './bundle.en.js';
import type { Messages } from './index.js';

/** A parameter that is text may also be a message, worded before the function is called. */
type Arg<P> = P extends string ? P | Msg : P;

/**
 * The shape of a catalogue with every sentence deferred: functions returning text take the
 * same parameters and return a Msg, text becomes a Msg, groups stay groups. A group typed
 * `Record<string, string>` (`t.issue.kinds`, `edit.value.expected`) is indexed like any
 * record: `M.edit.value.expected[kind]` is `Msg | undefined`.
 */
export type Deferred<T> = T extends (...a: infer A) => string
  ? (...a: { [K in keyof A]: Arg<A[K]> }) => Msg
  : T extends string
    ? Msg
    : T extends (...a: never[]) => unknown
      ? never
      : T extends object
        ? { readonly [K in keyof T]: Deferred<T[K]> }
        : never;

/** Every catalogue of the bundle, deferred (`lang` is not a message). */
export type MessageKeys = Deferred<Omit<Messages, 'lang'>>;

function defer(node: unknown, key: string): unknown {
  if (typeof node === 'function') return (...args: MsgArg[]): Msg => ({ key, args });
  if (typeof node === 'string') return Object.freeze({ key });
  if (node === null || typeof node !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // A dot would make the key ambiguous for word(), which splits on dots.
    if (k.includes('.')) throw new Error(`message key ${key}.${k} must not contain a dot`);
    out[k] = defer(v, `${key}.${k}`);
  }
  return Object.freeze(out);
}

/** The English bundle but its `lang`, which is not a message. */
const EN = Object.fromEntries(Object.entries(bundleEn).filter(([k]) => k !== 'lang'));

/**
 * Each catalogue's messages are built the first time something names one of them: a run
 * that only lints never builds `M.exit` or `M.importer` (start-up, DESIGN.md "Speed").
 */
const built: Record<string, unknown> = {};
export const M = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, { enumerable: true, get: () => (built[k] ??= defer(v, k)) }])),
  ),
) as MessageKeys;
