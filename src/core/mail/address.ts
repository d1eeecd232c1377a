/**
 * Who a mail address is: you, one client, several (ambiguous), or nobody known. Addresses
 * are compared as mail systems treat them: case does not count and plus-addressing is
 * folded (`Ana+facturas@ACME.example` is `ana@acme.example`). A client is known by its
 * `contact.email`, its `emails: [...]`, its `domains: [...]` and — unless it is a public
 * mail provider, where a domain says nothing about who writes — the domain of
 * `contact.email` (DESIGN.md, "Import from mail").
 */

/** An address as it is compared: lower case, `+tag` dropped from the local part; null when it is not `local@domain`. */
export function foldAddress(address: string): string | null {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at <= 0 || at === a.length - 1) return null;
  let local = a.slice(0, at);
  const domain = a.slice(at + 1).replace(/\.$/, '');
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  return `${local}@${domain}`;
}

/** The domain of a folded address. */
export const domainOf = (folded: string): string => folded.slice(folded.lastIndexOf('@') + 1);

/**
 * Mail services where anyone can have an address: the domain of a client's address there
 * says nothing about who else writes from it. Whole domains, and brands whose every country
 * domain is theirs (`yahoo.co.uk`, `gmx.de`, `hotmail.es`): one list, the only one.
 */
const PUBLIC_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'ymail.com', 'rocketmail.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'web.de', 'zoho.com', 'zohomail.com', 'zohomail.eu',
  'mail.com', 'email.com', 'usa.com', 'fastmail.com', 'fastmail.fm', 'hey.com', 'tutanota.com', 'tutanota.de',
  'tutamail.com', 'tuta.io', 'tuta.com', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'qq.com', '163.com', '126.com',
  'yeah.net', 'sina.com', 'naver.com', 'daum.net', 'hanmail.net', 'rediffmail.com', 't-online.de', 'freenet.de',
  'posteo.de', 'posteo.net', 'mailbox.org', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr',
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl',
  'terra.com.br', 'bol.com.br', 'uol.com.br', 'ig.com.br', 'telefonica.net', 'movistar.es', 'btinternet.com',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'earthlink.net',
  'shaw.ca', 'rogers.com', 'sympatico.ca', 'bigpond.com', 'optusnet.com.au', 'xtra.co.nz', 'duck.com',
  'skiff.com', 'runbox.com', 'mailfence.com', 'disroot.org', 'riseup.net', 'cock.li', 'inbox.lv', 'abv.bg',
]);
/** Brands with an address domain in many countries: `brand.TLD`, `brand.co.uk`, `brand.com.ar`. */
const PUBLIC_BRANDS = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'aol', 'gmx', 'yandex', 'windowslive', 'ya']);
const COUNTRY_TAIL = /^(?:[a-z]{2,3})(?:\.[a-z]{2,3})?$/;

/** True for a public mail provider's domain (gmail.com, yahoo.es, gmx.net, …). */
export function isPublicDomain(domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (PUBLIC_DOMAINS.has(d)) return true;
  const dot = d.indexOf('.');
  return dot > 0 && PUBLIC_BRANDS.has(d.slice(0, dot)) && COUNTRY_TAIL.test(d.slice(dot + 1));
}

/** What a profile says about its client's addresses. */
export interface ClientAddresses {
  id: string;
  contactEmail?: string | undefined;
  emails?: readonly string[] | undefined;
  domains?: readonly string[] | undefined;
}

export type Who = { kind: 'me' } | { kind: 'client'; id: string } | { kind: 'many'; ids: string[] } | { kind: 'none' };

const NONE: Who = { kind: 'none' };
const ME: Who = { kind: 'me' };

const cleanDomain = (d: string) => d.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');

/**
 * The index of every address and domain, built once per import. A sender is, in this
 * order: you (settings `me.email`, `me.emails`); the client one of whose addresses it is;
 * else the client at its domain (or a parent domain: `uk.acme.example` is at
 * `acme.example`). Two clients with the same address, or the same domain, are ambiguous:
 * nothing is written for that sender.
 */
export class AddressBook {
  private readonly mine = new Set<string>();
  private readonly byAddress = new Map<string, string[]>();
  private readonly byDomain = new Map<string, string[]>();
  private readonly cache = new Map<string, Who>();

  constructor(me: readonly string[], clients: readonly ClientAddresses[]) {
    for (const a of me) {
      const f = foldAddress(a);
      if (f) this.mine.add(f);
    }
    const add = (map: Map<string, string[]>, key: string, id: string) => {
      const list = map.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      map.set(key, list);
    };
    for (const c of clients) {
      const contact = c.contactEmail ? foldAddress(c.contactEmail) : null;
      for (const a of [contact, ...(c.emails ?? []).map(foldAddress)]) if (a) add(this.byAddress, a, c.id);
      for (const d of c.domains ?? []) if (cleanDomain(d)) add(this.byDomain, cleanDomain(d), c.id);
      if (contact && !isPublicDomain(domainOf(contact))) add(this.byDomain, domainOf(contact), c.id);
    }
  }

  /** True when settings name at least one of your addresses. */
  get knowsMe(): boolean {
    return this.mine.size > 0;
  }

  /** Who a folded address is. */
  who(folded: string): Who {
    let r = this.cache.get(folded);
    if (r) return r;
    r = this.lookUp(folded);
    // Bounded: a mailbox of millions of senders must not keep them all.
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(folded, r);
    return r;
  }

  private lookUp(folded: string): Who {
    if (this.mine.has(folded)) return ME;
    const exact = this.byAddress.get(folded);
    if (exact) return exact.length === 1 ? { kind: 'client', id: exact[0]! } : { kind: 'many', ids: [...exact].sort() };
    // The closest domain wins: sub.acme.example, then acme.example.
    let d = domainOf(folded);
    for (;;) {
      const ids = this.byDomain.get(d);
      if (ids) return ids.length === 1 ? { kind: 'client', id: ids[0]! } : { kind: 'many', ids: [...ids].sort() };
      const dot = d.indexOf('.');
      if (dot < 0) return NONE;
      d = d.slice(dot + 1);
      if (!d.includes('.')) return NONE;
    }
  }
}
