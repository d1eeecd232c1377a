import { addDaysIso, weekdayOf, type IsoDate } from '../dates.js';
import { withoutLegalForm } from '../legalName.js';
import type { Evidence } from '../metrics/index.js';
import type { CriterionResult, Report } from '../score.js';
import type { Settings, Voice } from '../schema/settings.js';
import type { THEMES } from '../schema/rubric.js';
import { raisedFirst } from '../render/reportParts.js';
import { countsFrom, isWeekend, lastContractualDay, type NoticeBasis } from './noticePeriod.js';
import { matchReferrals, type Referral } from './referrals.js';
import { unpaidInvoices, type UnpaidSummary } from './unpaidInvoices.js';

/** A rubric theme, or `other` for a custom criterion without one. */
export type ThemeKey = (typeof THEMES)[number] | 'other';

/**
 * The short draft shows this many flags as the decision's evidence and this many talking
 * points (the strongest); --full shows them all. Evidence lines under each flag: one in the
 * short draft, TOP_EVIDENCE with --full.
 */
export const TOP_CRITERIA = 3;
export const TOP_EVIDENCE = 2;

/** The notice period, worked out from `contract.termination` and the notice date. */
export interface NoticePlan {
  date: IsoDate;
  /** The day the period counts from: differs from `date` only for a weekend notice on business days. */
  countsFrom: IsoDate;
  days: number;
  basis: NoticeBasis;
  /** null when `notice_days` is too large to give a real date. */
  lastDay: IsoDate | null;
  written?: boolean;
  fee?: number;
  clause?: string;
  /**
   * On the calendar basis, a last day that falls on a Saturday or Sunday: the Friday before,
   * when the handover can really happen (the draft says to agree it in writing); else null.
   */
  fridayBefore: IsoDate | null;
}

/** Raised criteria of one theme, for the frank-conversation agenda and the lessons. */
export interface ThemeGroup {
  theme: ThemeKey;
  criteria: CriterionResult[];
  pointsLost: number;
}

/**
 * Everything the exit draft says, worked out before any wording: which flags, which
 * evidence, which dates, who is owed what, whom to refer. Language-free, so each rule is
 * tested once and both languages say the same thing.
 */
export interface ExitPlan {
  report: Report;
  /** The draft was asked for although the verdict is keep (--force). */
  forced: boolean;
  /** Raised criteria, the heaviest first. */
  raised: CriterionResult[];
  /** Every raised flag, heaviest first, each with its most recent evidence (the short draft shows the first TOP_CRITERIA). */
  evidence: { result: CriterionResult; lines: Evidence[]; more: number }[];
  dealbreakers: CriterionResult[];
  themes: ThemeGroup[];
  notice: NoticePlan;
  unpaid: UnpaidSummary;
  currency: string | null;
  openWork: string[];
  industry: string | null;
  referrals: Referral[];
  contactName: string | null;
  /** How to address the contact: their first name (addressName), or null without a contact name. */
  firstName: string | null;
  /** The client as named aloud and in the letter: `short_name`, else `name` without its legal form. */
  shortName: string;
  /** Who speaks in the lines to say and send (voiceOf). */
  voice: Voice;
  since: IsoDate | null;
  me: NonNullable<Settings['me']>;
}

export interface PlanInput {
  noticeDate: IsoDate;
  settings: Settings;
}

/**
 * Builds the plan from a scored report. The profile must have `contract.termination`
 * (the command checks first and tells the user what to add).
 */
export function planExit(report: Report, input: PlanInput): ExitPlan {
  const profile = report.client.profile;
  const term = profile.contract?.termination;
  if (!term) throw new Error('planExit needs contract.termination'); // the command reports this to the user first
  const { raised } = raisedFirst(report);
  const basis = term.notice_basis ?? 'calendar';
  const lastDay = lastContractualDay(input.noticeDate, term.notice_days, basis);
  const contactName = profile.contact?.name?.trim() || null;
  const me = input.settings.me ?? {};
  return {
    report,
    forced: report.verdict === 'keep',
    raised,
    evidence: raised.map((result) => ({
      result,
      // Most recent first: what happened lately is what the decision rests on.
      lines: result.evidence.slice(-TOP_EVIDENCE).reverse(),
      more: Math.max(0, result.evidence.length - TOP_EVIDENCE),
    })),
    dealbreakers: raised.filter((c) => report.dealbreakers.includes(c.criterion.id)),
    themes: groupByTheme(raised),
    notice: {
      date: input.noticeDate,
      countsFrom: countsFrom(input.noticeDate, basis),
      days: term.notice_days,
      basis,
      lastDay,
      written: term.written_notice,
      fee: term.early_termination_fee,
      clause: term.clause?.trim() || undefined,
      fridayBefore: basis === 'calendar' && lastDay !== null && isWeekend(lastDay) ? addDaysIso(lastDay, weekdayOf(lastDay) === 6 ? -1 : -2) : null,
    },
    unpaid: unpaidInvoices(report.client.events, report.asOf),
    currency: profile.contract?.currency ?? null,
    openWork: (profile.open_work ?? []).map((s) => s.trim()).filter(Boolean),
    industry: profile.industry?.trim() || null,
    referrals: matchReferrals(input.settings.referrals, profile.industry),
    contactName,
    firstName: addressName(contactName),
    shortName: profile.short_name?.trim() || withoutLegalForm(profile.name),
    voice: voiceOf(me),
    since: profile.since ?? profile.contract?.start ?? null,
    me,
  };
}

/**
 * Who speaks in the draft: settings `me.voice`, else `we` for a business (`me.business`
 * set) and `I` for a freelancer on their own, who would never say "we have decided".
 */
export function voiceOf(me: Settings['me']): Voice {
  return me?.voice ?? (me?.business?.trim() ? 'we' : 'i');
}

/**
 * How to address the contact: the first word of their name ("Ana Pérez" → "Ana"), as
 * both languages do in a call or an email between people who work together; the whole
 * name when the first word is a title ("Dr. Smith") or the name is one word.
 */
export function addressName(contactName: string | null): string | null {
  if (!contactName) return null;
  const words = contactName.split(/\s+/).filter(Boolean);
  if (words.length < 2 || /\.$/.test(words[0]!)) return contactName;
  return words[0]!;
}

/** Raised criteria grouped by theme, the heaviest theme first (ties keep rubric order). */
export function groupByTheme(raised: readonly CriterionResult[]): ThemeGroup[] {
  const groups = new Map<ThemeKey, ThemeGroup>();
  for (const c of raised) {
    const theme: ThemeKey = c.criterion.theme ?? 'other';
    let g = groups.get(theme);
    if (!g) groups.set(theme, (g = { theme, criteria: [], pointsLost: 0 }));
    g.criteria.push(c);
    g.pointsLost += c.pointsLost;
  }
  return [...groups.values()].sort((a, b) => b.pointsLost - a.pointsLost);
}
