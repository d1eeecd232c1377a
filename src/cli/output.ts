import type { Problem } from '../core/errors.js';
import type { Messages } from '../core/i18n/index.js';
import { renderProblems } from '../core/render/problems.js';
import { styleFor } from './style.js';
import { errStream, writeErr } from './stdout.js';

export { describeFailure, stdoutFailure, watchOutput, writeOut } from './stdout.js';

/** Writes problems to stderr in the hledger-like excerpt form. */
export function printProblems(problems: Problem[], m: Messages, color = true): void {
  writeErr(renderProblems(problems, m, styleFor(errStream(), !color)));
}
