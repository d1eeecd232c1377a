import type { Msg, MsgArg } from '../errors.js';
import type { Messages } from './index.js';

/** True for a message (as opposed to text, a number or a list given as an argument). */
export function isMsg(v: unknown): v is Msg {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Msg).key === 'string';
}

/**
 * The one wording function: `msg` in the language of `m`. Walks the dotted key into the
 * bundle, words any message among the arguments first, then calls the function found (or
 * takes the text). A key that is not there is a bug, not a user's mistake: it throws.
 */
export function word(msg: Msg, m: Messages): string {
  let node: unknown = m;
  for (const part of msg.key.split('.')) {
    node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
    if (node === undefined) throw new Error(`no message ${msg.key} in the ${m.lang} catalogue`);
  }
  if (typeof node === 'string') return node;
  if (typeof node === 'function') {
    const args = (msg.args ?? []).map((a: MsgArg) => (isMsg(a) ? word(a, m) : a));
    const text: unknown = node(...args);
    if (typeof text === 'string') return text;
  }
  throw new Error(`${msg.key} in the ${m.lang} catalogue is not a message`);
}
