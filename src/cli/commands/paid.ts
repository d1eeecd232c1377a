import { dirname } from 'node:path';
import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { buildClient, validateLog } from '../../core/client.js';
import { isRealDate } from '../../core/dates.js';
import { parseNumber, type TypedNumber } from '../../core/edit/parseNumber.js';
import type { Lang } from '../../core/i18n/index.js';
import { openInvoices, recordPayment, type PaymentResult } from '../../core/edit/recordPayment.js';
import { M } from '../../core/i18n/msg.js';
import { money } from '../../core/render/numbers.js';
import { safe } from '../../core/render/safeText.js';
import { parseYaml } from '../../core/yamlSource.js';
import { clientFilesForEdit, type EditableFile } from '../../io/logTarget.js';
import { canPrompt, prompter } from '../../io/prompts.js';
import { createContext, dirOf, type Context, type Session } from '../context.js';
import { checkWritableOrExplain, lockedOrExplain, writeOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface PaidFlags {
  date?: string;
  amount?: string;
  lang?: string;
  color: boolean;
}

/**
 * `--amount`: above 0 and below 1e12, typed as the run's language types numbers
 * (core/edit/parseNumber.ts): `900`, `1250.50`; in Spanish also `1250,50` and `1.250,50`.
 */
export function parseAmount(text: string, lang: Lang): TypedNumber {
  const r = parseNumber(text, lang);
  return !r.ok || (r.value > 0 && r.value < 1e12) ? r : { ok: false, reason: 'notNumber' };
}

/**
 * `clientfit paid FILE REF [--date DATE] [--amount N]`: finds the invoice with that ref in
 * the profile or any of its logs, and records the payment there, changing only that event's
 * text (core/edit/recordPayment.ts); the file is written atomically, and only if it still
 * holds what was read. On a terminal with no REF, the open invoices are offered to pick from.
 */
export async function runPaid(session: Session, file: string, ref: string | undefined, flags: PaidFlags): Promise<number> {
  const early = await createContext(session, flags);
  if (file === '-') throw new UserError({ code: 'usage', message: M.edit.arg.stdin, expected: M.edit.arg.stdinExpected });
  const ctx = await early.forDir(dirOf(file));
  const date = flags.date ?? ctx.asOf;
  if (!isRealDate(date)) throw new UserError({ code: 'usage', message: M.edit.arg.badDate('--date', date), expected: M.edit.arg.badDateExpected });
  const typed = flags.amount === undefined ? undefined : parseAmount(flags.amount, ctx.m.lang);
  if (typed && !typed.ok) {
    const expected =
      typed.reason === 'comma' ? M.edit.value.commaExpected(typed.suggestion ?? '', typed.alternative ?? '') : typed.reason === 'bareComma' ? M.edit.value.bareCommaExpected(typed.suggestion) : M.edit.append.badAmountExpected;
    throw new UserError({ code: 'usage', message: M.edit.append.badAmount(flags.amount!), expected });
  }
  const amount = typed?.value;
  if (ref === undefined && !canPrompt()) throw new UserError({ code: 'usage', message: M.edit.append.needRef, expected: M.edit.append.needRefExpected });

  const files = clientFilesForEdit(file);
  const currency = currencyOf(files[0]!);
  const chosen = ref ?? (await pick(files, file, currency, ctx));
  const holder = (all: EditableFile[]) => {
    const holders = all.filter((f) => holdsRef(f, chosen));
    if (!holders.length) throw unknownRef(chosen, file, all, currency, ctx);
    if (holders.length > 1) {
      const places = holders.map((f) => f.shown).join(', ');
      throw new UserError({ code: 'usage', message: M.edit.append.ambiguousRef(chosen, places), expected: M.edit.append.ambiguousRefExpected });
    }
    return holders[0]!;
  };
  // Folders a `logs:` entry adds below the profile's own must not be symlinks either.
  const trustedDir = dirname(file);
  const held = holder(files).path;
  // A file that cannot be written (a symlink, read-only…) is refused before the lock.
  checkWritableOrExplain(held, { trustedDir });
  // Read again under the lock: another run may have recorded a payment since.
  const { target, result } = await lockedOrExplain(held, () => {
    const target = holder(clientFilesForEdit(file));
    const result = recordPayment(target.src, chosen, { date, amount });
    if (!result.ok) throw refused(result, chosen, target, currency, ctx, { date, amountText: flags.amount });
    // The new text must pass the checks every other command makes.
    const parsed = parseYaml(result.text, target.shown, target.kind);
    const valid = parsed.ok ? (target.kind === 'log' ? validateLog(parsed.src) : buildClient(parsed.src)) : parsed;
    if (!valid.ok) throw new UserError([...valid.problems, nothingWritten(target)]);
    writeOrExplain(target.path, target.bom + result.text, { expect: target.raw, trustedDir });
    return { target, result };
  });
  const at = `${safe(target.shown)}:${result.line}`;
  const e = ctx.m.edit.append;
  const fmt = (n: number) => money(n, currency, ctx.t);
  writeErr(
    `${result.outcome === 'paid' ? e.paidInFull(safe(chosen), date, at) : e.paidPart(fmt(result.amount), safe(chosen), date, fmt(result.owed), at)}\n`,
  );
  return ExitCode.Ok;
}

function holdsRef(f: EditableFile, ref: string): boolean {
  const events = (f.src.data as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.some((e) => e && typeof e === 'object' && e.type === 'invoice' && String(e.ref) === ref);
}

function currencyOf(profile: EditableFile): string | null {
  const c = (profile.src.data as { contract?: { currency?: unknown } } | null)?.contract?.currency;
  return typeof c === 'string' ? c : null;
}

const nothingWritten = (f: EditableFile): Problem => ({ code: 'usage', severity: 'warning', message: M.edit.append.nothingWritten(f.shown) });

function openList(files: EditableFile[]) {
  return files.flatMap((f) => openInvoices(f.src.data));
}

async function pick(files: EditableFile[], file: string, currency: string | null, ctx: Context): Promise<string> {
  const open = openList(files);
  if (!open.length) throw new UserError({ code: 'usage', message: M.edit.append.noOpenInvoices(file), expected: M.edit.append.alreadyPaidExpected });
  const p = await prompter(M.edit.ask.cancelled, ctx.m.edit.prompt);
  const e = ctx.m.edit.append;
  return p.select({
    message: e.pickInvoice,
    choices: open.map((i) => ({ value: i.ref, name: safe(e.invoiceChoice(i.ref, money(i.owed, currency, ctx.t), i.due)) })),
  });
}

function unknownRef(ref: string, file: string, files: EditableFile[], currency: string | null, ctx: Context): UserError {
  const open = openList(files)
    .slice(0, 8)
    .map((i) => `${i.ref} (${money(i.owed, currency, ctx.t)})`)
    .join(', ');
  return new UserError({ code: 'usage', message: M.edit.append.unknownRef(ref, file), expected: M.edit.append.unknownRefExpected(open) });
}

function refused(r: Extract<PaymentResult, { ok: false }>, ref: string, f: EditableFile, currency: string | null, ctx: Context, pay: { date: string; amountText?: string }): UserError {
  const e = M.edit.append;
  const at = (line: number) => ({ file: f.shown, line, col: 1, source: f.src.text.split('\n')[line - 1]?.replace(/\r$/, '') });
  const fmt = (n: number) => money(n, currency, ctx.t);
  switch (r.reason) {
    case 'already-paid':
      return new UserError({ code: 'usage', ...at(r.line), message: e.alreadyPaid(ref, r.on), expected: e.alreadyPaidExpected });
    case 'too-much':
      return new UserError({ code: 'usage', ...at(r.line), message: e.tooMuch(pay.amountText ?? '', fmt(r.owed)), expected: e.tooMuchExpected(fmt(r.owed)) });
    case 'before-invoice':
      return new UserError({ code: 'usage', ...at(r.line), message: e.beforeInvoice(pay.date, r.date), expected: e.beforeInvoiceExpected });
    case 'unsafe':
      return new UserError({ code: 'usage', ...at(r.line), message: e.unsafePaid(f.shown), expected: e.unsafePaidExpected });
    case 'ambiguous-ref':
      return new UserError({ code: 'usage', message: e.ambiguousRef(ref, r.lines.map((l) => `${f.shown}:${l}`).join(', ')), expected: e.ambiguousRefExpected });
    case 'unknown-ref':
      return new UserError({ code: 'usage', message: e.unknownRef(ref, f.shown), expected: e.unknownRefExpected('') });
  }
}
