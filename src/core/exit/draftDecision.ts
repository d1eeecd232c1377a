import { pick } from '../i18n/index.js';
import { parseWindow } from '../dates.js';
import type { Evidence } from '../metrics/index.js';
import { summarize } from '../render/evidence.js';
import { pointsText, title, valueLines, valueText } from '../render/reportParts.js';
import type { CriterionResult } from '../score.js';
import type { Block, DraftContext, Section } from './draftTypes.js';
import { TOP_CRITERIA, TOP_EVIDENCE, type ExitPlan } from './plan.js';

/** Review only: the frank conversation that may make the exit unnecessary. */
export function frankSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const v = plan.report.value;
  const w = parseWindow(v.window);
  const revenue = v.invoices && !plan.report.redacted ? c.money(v.revenue) : null;
  const intro = x.frankIntro(plan.report.fit, revenue, w ? x.period(w.n, w.unit) : esc.text(v.window));
  const say: Block = { kind: 'say', lines: [x.quote(x.frankSay[c.voice])] };
  // The short draft points at the decision's evidence below instead of an agenda of its own.
  if (!c.full) return { id: 'frank', heading: x.frankHeading, blocks: [{ kind: 'p', text: `${intro} ${x.frankNext}` }, say] };
  const blocks: Block[] = [
    { kind: 'p', text: intro },
    say,
    { kind: 'p', text: x.agendaLead },
    {
      kind: 'list',
      // Facts to bring: the two most recent events behind each flag, with their dates.
      items: plan.raised.map((r) => ({
        text: x.agendaItem(esc.text(title(r, lang)), x.agenda[r.criterion.theme ?? 'other']),
        sub: r.evidence
          .slice(-TOP_EVIDENCE)
          .reverse()
          .map((ev) => evidenceLine(ev, c, v.currency)),
      })),
    },
    { kind: 'p', text: x.frankAfter },
  ];
  return { id: 'frank', heading: x.frankHeading, blocks };
}

function evidenceLine(ev: Evidence, c: DraftContext, currency: string | null): string {
  return c.x.evidenceLine(ev.event.date ?? '', c.esc.text(summarize(ev, c.t, currency)), c.esc.code(`${ev.event.file}:${ev.event.line}`));
}

/**
 * The decision, taken before the call, and the evidence it rests on: the strongest flags
 * with their latest event, and the value at stake in one line; --full lists every flag with
 * its two latest events and the value at stake line by line. After a dealbreaker it says
 * why the draft is written notice only.
 */
export function decisionSection(plan: ExitPlan, c: DraftContext, scoreCommand: string): Section {
  const { x, t, esc, lang } = c;
  const r = plan.report;
  const decision = plan.forced
    ? x.decisionForced(r.fit)
    : c.notice
      ? x.decisionNotice(plan.dealbreakers.map((d) => esc.text(title(d, lang))).join(', '))
      : r.verdict === 'review'
        ? x.decisionReview
        : x.decisionExit;
  const stake = valueLines(r, t).map((l) => esc.text(l));
  const shown = c.full ? plan.evidence : plan.evidence.slice(0, TOP_CRITERIA);
  const evidence: Block = {
    kind: 'list',
    items: shown.map(({ result, lines, more }) => {
      const item = x.evidenceItem(esc.text(title(result, lang)), esc.code(result.metricName), esc.text(valueText(result, r, t)), pointsText(result.pointsLost, t));
      if (c.full) return { text: item, sub: [...lines.map((ev) => evidenceLine(ev, c, r.value.currency)), ...(more ? [x.evidenceMore(more)] : [])] };
      // One line per flag: its latest event, said in a few words (where it is logged: --full, or `clientfit score`).
      const latest = lines[0];
      return { text: latest ? x.evidenceLatest(item, latest.event.date ?? '', esc.text(summarize(latest, t, r.value.currency))) : item };
    }),
  };
  const lead = shown.length ? x.evidenceLead : x.evidenceNone;
  // The short draft says it all in one paragraph: the decision, what is at stake, the evidence that follows.
  const blocks: Block[] = c.full ? [{ kind: 'p', text: decision }, { kind: 'p', text: lead }] : [{ kind: 'p', text: `${decision} ${x.stakeInline(stake.join(' · '))} ${lead}` }];
  if (shown.length) blocks.push(evidence);
  if (!c.full) return { id: 'decision', heading: x.decisionHeading, blocks };
  blocks.push({ kind: 'p', text: x.stakeLead }, { kind: 'list', items: stake.map((text) => ({ text })) });
  blocks.push({ kind: 'p', text: x.fullReport(esc.code(scoreCommand)) });
  return { id: 'decision', heading: x.decisionHeading, blocks };
}

/**
 * Talking points of the raised criteria, heaviest first, each said once, in the user's
 * voice: with `me.voice: i`, a criterion's `talking_point_i` when it has one in this
 * language, else its `talking_point`.
 */
export function talkingPoints(plan: ExitPlan, c: DraftContext): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of plan.raised) {
    const tp = spoken(r, c);
    if (tp && !seen.has(tp)) {
      seen.add(tp);
      out.push(tp);
    }
  }
  return out;
}

function spoken(r: CriterionResult, c: DraftContext): string {
  const { talking_point: we, talking_point_i: i } = r.criterion;
  return (c.voice === 'i' && i?.[c.lang]?.trim()) || pick(we, c.lang).trim() || (c.voice === 'i' ? pick(i, c.lang).trim() : '');
}
