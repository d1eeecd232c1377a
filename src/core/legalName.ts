/**
 * Legal forms at the end of a company name (S.L., Ltd, GmbH…): the one list, used to match
 * names across tools (`clientfit import`) and to say a client's name aloud (the exit draft:
 * "ACME Retail", never "ACME Retail S.L.").
 */

/** Legal forms, as they read once punctuation is gone (`S.L.` is `s l`). */
const LEGAL_FORMS = [
  's l u', 's l', 's a u', 's a', 's c', 's coop', 'slu', 'sl', 'sau', 'sa', 'sll', 's l l',
  'ltd', 'limited', 'llc', 'l l c', 'llp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'pty', 'pty ltd',
  'gmbh', 'gmbh co kg', 'kg', 'ag', 'ug', 'e k', 'ek', 'bv', 'b v', 'nv', 'n v', 'sas', 'sarl', 'sàrl', 'srl', 's r l', 'spa', 's p a', 'oy', 'ab', 'as', 'aps', 'lda', 'ltda', 'sc',
];

/**
 * A name as the comparison sees it: no accents, no case, `&` as `and`, anything but letters
 * and digits as one space. `ACME Retail, S.L.` → `acme retail s l`.
 */
function canonical(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name reduced to what identifies it, for matching: `ACME Retail, S.L.` → `acme retail`. */
export function normalizeName(name: string): string {
  let s = canonical(name);
  // Repeatedly, for stacked forms: "Acme GmbH & Co. KG" loses `kg`, then `co`, `gmbh and`… stays.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of LEGAL_FORMS) {
      if (s.endsWith(` ${suffix}`) && s.length > suffix.length + 1) {
        s = s.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  return s;
}

/**
 * Cut from a name said aloud: every legal form but the words that may belong to a trading
 * name ("Design Co", "The Coffee Company", "Acme Corporation"), plus "& Co." before another
 * form ("Acme GmbH & Co. KG").
 */
const SPOKEN_CUT = new Set([...LEGAL_FORMS.filter((f) => !['co', 'company', 'corporation'].includes(f)), 'and co']);

/**
 * The name without its legal form, as written otherwise (case, accents, inner punctuation
 * kept): `ACME Retail S.L.` → `ACME Retail`, `Acme GmbH & Co. KG` → `Acme`, `BrightPath
 * Consulting Ltd` → `BrightPath Consulting`. A name that is nothing but a legal form stays
 * as it is.
 */
export function withoutLegalForm(name: string): string {
  let s = name.trim();
  for (let cut = legalFormAt(s); cut !== null; cut = legalFormAt(s)) s = s.slice(0, cut).replace(/[\s,;&+-]+$/u, '');
  return s || name.trim();
}

/** Where a trailing legal form starts in `s` (the longest one), or null; a word must stay before it. */
function legalFormAt(s: string): number | null {
  for (let i = 1; i < s.length; i++) {
    if (!/[\s,]/.test(s[i - 1]!) || /[\s,]/.test(s[i]!)) continue;
    if (SPOKEN_CUT.has(canonical(s.slice(i))) && /[\p{L}\p{N}]/u.test(s.slice(0, i))) return i;
  }
  return null;
}
