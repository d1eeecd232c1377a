import { pick } from '../i18n/index.js';
import { parseWindow } from '../dates.js';
import { summarize } from '../render/evidence.js';
import { pointsText, title, valueLines, valueText } from '../render/reportParts.js';
import type { Block, DraftContext, Section } from './draftTypes.js';
import { TOP_EVIDENCE, type ExitPlan } from './plan.js';

/** Review only: the frank conversation that may make the exit unnecessary. */
export function frankSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const v = plan.report.value;
  const w = parseWindow(v.window);
  const revenue = v.invoices && !plan.report.redacted ? c.money(v.revenue) : null;
  const blocks: Block[] = [
    { kind: 'p', text: x.frankIntro(plan.report.fit, revenue, w ? x.period(w.n, w.unit) : esc.text(v.window)) },
    { kind: 'say', lines: x.frankSay.map(x.quote) },
    { kind: 'p', text: x.agendaLead },
    {
      kind: 'list',
      // Facts to bring: the two most recent events behind each flag, with their dates.
      items: plan.raised.map((r) => ({
        text: x.agendaItem(esc.text(title(r, lang)), x.agenda[r.criterion.theme ?? 'other']),
        sub: r.evidence
          .slice(-TOP_EVIDENCE)
          .reverse()
          .map((ev) => x.evidenceLine(ev.event.date ?? '', esc.text(summarize(ev, c.t, v.currency)), esc.code(`${ev.event.file}:${ev.event.line}`))),
      })),
    },
    { kind: 'p', text: x.frankAfter },
  ];
  return { id: 'frank', heading: x.frankHeading, blocks };
}

/** The decision, taken before the call, and the evidence it rests on. */
export function decisionSection(plan: ExitPlan, c: DraftContext, scoreCommand: string): Section {
  const { x, t, esc, lang } = c;
  const r = plan.report;
  const decision = plan.forced ? x.decisionForced(r.fit) : r.verdict === 'review' ? x.decisionReview : x.decisionExit;
  const blocks: Block[] = [{ kind: 'p', text: decision }];
  if (plan.dealbreakers.length) {
    blocks.push({ kind: 'p', text: x.dealbreaker(plan.dealbreakers.map((d) => esc.text(title(d, lang))).join(', ')) });
  }
  if (plan.evidence.length) {
    blocks.push({ kind: 'p', text: x.evidenceLead });
    blocks.push({
      kind: 'list',
      items: plan.evidence.map(({ result, lines, more }) => ({
        text: x.evidenceItem(esc.text(title(result, lang)), esc.code(result.metricName), esc.text(valueText(result, r, t)), pointsText(result.pointsLost, t)),
        sub: [
          ...lines.map((ev) =>
            x.evidenceLine(ev.event.date ?? '', esc.text(summarize(ev, t, r.value.currency)), esc.code(`${ev.event.file}:${ev.event.line}`)),
          ),
          ...(more ? [x.evidenceMore(more)] : []),
        ],
      })),
    });
  } else {
    blocks.push({ kind: 'p', text: x.evidenceNone });
  }
  blocks.push({ kind: 'p', text: x.stakeLead }, { kind: 'list', items: valueLines(r, t).map((l) => ({ text: esc.text(l) })) });
  blocks.push({ kind: 'p', text: x.fullReport(esc.code(scoreCommand)) });
  return { id: 'decision', heading: x.decisionHeading, blocks };
}

/** Talking points of the raised criteria, heaviest first, each said once. */
export function talkingPoints(plan: ExitPlan, c: DraftContext): string[] {
  const source = plan.dealbreakers.length ? plan.dealbreakers : plan.raised;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of source) {
    const tp = pick(r.criterion.talking_point, c.lang).trim();
    if (tp && !seen.has(tp)) {
      seen.add(tp);
      out.push(tp);
    }
  }
  return out;
}
