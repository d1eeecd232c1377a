import type { Problem } from '../core/errors.js';
import type { Messages } from '../core/i18n/index.js';
import { renderProblems } from '../core/render/problems.js';
import { styleFor } from './style.js';

export { describeFailure, stdoutFailure, watchOutput, writeOut } from './stdout.js';

/** Writes problems to stderr in the hledger-like excerpt form. */
export function printProblems(problems: Problem[], m: Messages, color = true): void {
  process.stderr.write(renderProblems(problems, m, styleFor(process.stderr, !color)));
}
