import type { Catalog, Lang } from '../i18n/index.js';
import type { Voice } from '../schema/settings.js';
import type { exitLessonsEn } from '../i18n/exitLessons.en.js';
import type { exitScriptEn } from '../i18n/exitScript.en.js';
import type { exitTermsEn } from '../i18n/exitTerms.en.js';

/**
 * How text from the user's files is made safe for one output format: `text` for prose,
 * `code` for file names and commands. The builder escapes as it fills the wording in, so
 * only user text is escaped and the catalogue's own punctuation stays as written.
 */
export interface Escape {
  text(s: string): string;
  code(s: string): string;
}

/** A piece of a section, named for what it is so each renderer can lay it out. */
export type Block =
  | { kind: 'p'; text: string }
  /** A bulleted list; `sub` lines sit under their item (evidence, letter details). */
  | { kind: 'list'; items: { text: string; sub?: string[] }[] }
  /** Words to say aloud, already in quotation marks. */
  | { kind: 'say'; lines: string[] }
  /** Text quoted verbatim from the contract. */
  | { kind: 'quote'; text: string }
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  /** The written confirmation: lines to copy, '' between paragraphs, '- ' for bullets. */
  | { kind: 'letter'; lines: string[] };

/** The draft's sections, in the order DESIGN.md gives ("The exit draft ... has, in order"). */
export type SectionId = 'frank' | 'decision' | 'contact' | 'explain' | 'alternative' | 'clause' | 'closing' | 'confirmation' | 'lessons';

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

/** The exit draft, worded in one language and escaped for one format; renderers lay it out. */
export interface Draft {
  title: string;
  meta: string;
  intro: string;
  sections: Section[];
}

/** The draft's wording: the three catalogue pairs (what to say, the contract side, the lessons) as one. */
export type ExitCatalog = typeof exitScriptEn & typeof exitTermsEn & typeof exitLessonsEn;

/** What every section builder needs: languages, escaping, names, voice, detail and money in the client's currency. */
export interface DraftContext {
  lang: Lang;
  t: Catalog;
  x: ExitCatalog;
  esc: Escape;
  /** The client's full name, escaped: for the user's notes and the title. */
  client: string;
  /** The client's short name, escaped: in every line said or sent (plan.shortName). */
  short: string;
  /** The contact's first name, escaped, or null: in every line said or sent (plan.firstName). */
  first: string | null;
  /** Which form of each line said or sent: `i` or `we` (plan.voice). */
  voice: Voice;
  /** --full: every flag and talking point, the handover checklist, the lessons. */
  full: boolean;
  /** A dealbreaker is raised: written notice only, from a safe channel (DESIGN: "Trusting the data"). */
  notice: boolean;
  money(n: number): string;
}
