import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, snapshot, tempDir } from './harness.js';

/**
 * `clientfit import` of mail, end to end: the same messages as an mbox, a folder of .eml
 * files and a Maildir; threads answered days later, the same day, never; mail that is not
 * a client's; encoded subjects; matching by address, plus-address and domain. Dates are
 * read in the user's zone: TZ is set for every run.
 */

const SETTINGS = 'me: {name: Yo, email: me@studio.example, emails: [Me@Personal.example]}\n';
const PROFILES: Record<string, string> = {
  acme: 'name: ACME Retail S.L.\ncontact: {name: Ana Pérez, email: ana@acme.example}\n',
  gina: 'name: Gina Freelance\ncontact: {email: gina@gmail.com}\n',
  globex: 'name: Globex\nemails: [carla@globex-mail.example]\ndomains: [shared.example]\n',
  initech: 'name: Initech\ndomains: [shared.example]\n',
};

/** One message: header fields (in order) and a body. */
interface Msg {
  envelope: string;
  headers: string[];
  body?: string;
}

const m = (envelope: string, headers: string[], body = 'Hola.\n'): Msg => ({ envelope, headers, body });

/** The mailbox every test starts from (Europe/Madrid is UTC+1 in March 2024). */
const MAIL: Msg[] = [
  // A thread answered three days later (UTF-8 Q subject; the sender plus-addressed, in capitals).
  m('ana@acme.example', ['From: =?UTF-8?Q?Ana_P=C3=A9rez?= <Ana+web@ACME.example>', 'To: me@studio.example', 'Subject: =?UTF-8?Q?Propuesta_de_dise=C3=B1o?=', 'Message-ID: <m1@acme.example>', 'Date: Mon, 4 Mar 2024 10:00:00 +0100'], 'Hola,\n>From the start, mboxrd quoting.\n>>From twice.\n\nFrom what I hear, not a new message.\n'),
  m('me@studio.example', ['From: Yo <me@studio.example>', 'To: ana@acme.example', 'Subject: Re: Propuesta de diseño', 'Message-ID: <r1@studio.example>', 'In-Reply-To: <m1@acme.example>', 'References: <m1@acme.example>', 'Date: Thu, 7 Mar 2024 18:00:00 +0100']),
  // Answered the same day, from your other address, by a reply with no In-Reply-To (the subject ties it); B-encoded subject; someone else at the client's domain.
  m('bob@acme.example', ['From: Bob <bob@acme.example>', 'To: me@personal.example', 'Subject: =?utf-8?B?RmFjdHVyYSBtYXJ6byDinJM=?=', 'Message-ID: <m2@acme.example>', 'Date: Tue, 5 Mar 2024 09:00:00 +0100']),
  m('me@personal.example', ['From: me@personal.example', 'To: Bob <bob@acme.example>', 'Subject: RE: Factura marzo ✓', 'Message-ID: <r2@personal.example>', 'Date: Tue, 5 Mar 2024 15:00:00 +0100']),
  // Never answered (ISO-8859-1 subject); your auto-reply to it is no answer.
  m('ana@acme.example', ['From: ana@acme.example', 'To: me@studio.example', 'Subject: =?ISO-8859-1?Q?Caf=E9_ma=F1ana?=', 'Message-ID: <m3@acme.example>', 'Date: Wed, 6 Mar 2024 23:30:00 +0000']),
  m('me@studio.example', ['From: me@studio.example', 'To: ana@acme.example', 'Subject: Out of office: Café mañana', 'Auto-Submitted: auto-replied', 'Message-ID: <oof@studio.example>', 'In-Reply-To: <m3@acme.example>', 'Date: Thu, 7 Mar 2024 00:31:00 +0000']),
  // Not client messages: a newsletter from the client's own domain, an auto-reply, a bounce, your own mail.
  m('news@acme.example', ['From: ACME News <news@acme.example>', 'To: me@studio.example', 'Subject: Ofertas', 'List-Id: <news.acme.example>', 'Message-ID: <n1@acme.example>', 'Date: Thu, 7 Mar 2024 10:00:00 +0100']),
  m('ana@acme.example', ['From: ana@acme.example', 'To: me@studio.example', 'Subject: Fuera de la oficina', 'Auto-Submitted: auto-replied', 'Message-ID: <a1@acme.example>', 'Date: Thu, 7 Mar 2024 18:01:00 +0100']),
  m('MAILER-DAEMON', ['From: Mail Delivery System <MAILER-DAEMON@mx.example>', 'To: me@studio.example', 'Subject: Undelivered Mail Returned to Sender', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', 'Message-ID: <d1@mx.example>', 'Date: Thu, 7 Mar 2024 10:00:00 +0100'], '--b\n\nbounce\n--b--\n'),
  m('me@studio.example', ['From: me@studio.example', 'To: ana@acme.example', 'Subject: Hello', 'Message-ID: <o1@studio.example>', 'Date: Fri, 8 Mar 2024 10:00:00 +0100']),
  // A client at a public provider: her address matches, her domain does not.
  m('gina@gmail.com', ['From: Gina <gina@gmail.com>', 'To: me@studio.example', 'Subject: Logo', 'Message-ID: <g1@mail.gmail.com>', 'Date: Fri, 8 Mar 2024 11:00:00 +0100']),
  m('bob@gmail.com', ['From: bob@gmail.com', 'To: me@studio.example', 'Subject: Hi', 'Message-ID: <x1@mail.gmail.com>', 'Date: Fri, 8 Mar 2024 11:00:00 +0100']),
  // By emails: and with no Message-ID (a hash names it); by a domain two clients claim (ambiguous).
  m('carla@globex-mail.example', ['From: carla@globex-mail.example', 'To: me@studio.example', 'Subject: ', 'Date: Sat, 9 Mar 2024 11:00:00 +0100']),
  m('zed@shared.example', ['From: zed@shared.example', 'To: me@studio.example', 'Subject: Quién soy', 'Message-ID: <z1@shared.example>', 'Date: Sat, 9 Mar 2024 11:00:00 +0100']),
  // Strangers: reported with their count.
  m('stranger@elsewhere.example', ['From: stranger@elsewhere.example', 'Subject: 1', 'Message-ID: <s1@elsewhere.example>', 'Date: Sat, 9 Mar 2024 11:00:00 +0100']),
  m('stranger@elsewhere.example', ['From: Stranger+list@Elsewhere.example', 'Subject: 2', 'Message-ID: <s2@elsewhere.example>', 'Date: Sat, 9 Mar 2024 12:00:00 +0100']),
];

const ACME_LOG = [
  'events:',
  '  - {date: 2024-03-04, type: message, answered: 2024-03-07, note: Propuesta de diseño, source: "mail:m1@acme.example"}',
  '  - {date: 2024-03-05, type: message, answered: 2024-03-05, note: Factura marzo ✓, source: "mail:m2@acme.example"}',
  '  - {date: 2024-03-07, type: message, note: Café mañana, source: "mail:m3@acme.example"}',
  '',
].join('\n');

const raw = (msg: Msg, eol = '\n') => `${msg.headers.join(eol)}${eol}${eol}${(msg.body ?? '').replace(/\n/g, eol)}`;

/** mboxrd: `From ` lines in a body quoted (`>From `), `>From ` ones quoted once more. */
const mbox = (msgs: Msg[]) =>
  msgs.map((msg) => `From ${msg.envelope} Mon Mar  4 10:00:00 2024\n${raw({ ...msg, body: (msg.body ?? '').replace(/^(>*From )/gm, '>$1') })}\n`).join('');

function workspace(profiles = PROFILES) {
  const dir = tempDir();
  writeFileSync(join(dir, '.clientfit.yaml'), SETTINGS);
  for (const [id, body] of Object.entries(profiles)) writeFileSync(join(dir, `${id}.yaml`), body);
  const run = (args: string[], tz = 'Europe/Madrid') => runCli(['import', ...args], { cwd: dir, env: { TZ: tz } });
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const write = (f: string, text: string | Buffer) => {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  };
  return { dir, run, read, write };
}

interface Summary {
  schema: string;
  dryRun: boolean;
  clients: { id: string; file: string; added: number; updated: number; unchanged: number; messages: number }[];
  unmatched: { address: string; count: number }[];
  ambiguous: { address: string; count: number; matches: string[] }[];
  mail: Record<string, number>;
}

describe('clientfit import: mail', () => {
  it('an mbox: client messages become events, answered by your later replies; the rest is left out or reported (exit 1)', async () => {
    const { dir, run, read, write } = workspace();
    write('inbox.mbox', mbox(MAIL));
    const r = await run(['inbox.mbox', '--format', 'json']);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(read('acme.log.yaml')).toBe(ACME_LOG);
    expect(read('acme.yaml')).toBe(`${PROFILES.acme}logs: [acme.log.yaml]\n`);
    expect(read('gina.log.yaml')).toBe('events:\n  - {date: 2024-03-08, type: message, note: Logo, source: "mail:g1@mail.gmail.com"}\n');
    expect(read('globex.log.yaml')).toMatch(/^events:\n {2}- \{date: 2024-03-09, type: message, source: "mail:hash-[0-9a-f]{16}"\}\n$/);
    expect(() => read('initech.log.yaml')).toThrow();
    const out = JSON.parse(r.stdout) as Summary;
    expect(out.schema).toBe('clientfit/import@1');
    expect(out.clients.map((c) => [c.id, c.added, c.messages])).toEqual([
      ['acme', 3, 3],
      ['gina', 1, 1],
      ['globex', 1, 1],
    ]);
    expect(out.unmatched).toEqual([
      { address: 'stranger@elsewhere.example', count: 2 },
      { address: 'bob@gmail.com', count: 1 },
    ]);
    expect(out.ambiguous).toEqual([{ address: 'zed@shared.example', count: 1, matches: ['globex', 'initech'] }]);
    expect(out.mail).toEqual({ messages: 16, fromClients: 5, fromYou: 3, bulk: 1, automatic: 3, undated: 0, before: 0, unreadable: 0 });
    // Profiles with emails: and domains:, logs with message sources: all valid, no warning.
    const lint = await runCli(['lint', 'acme.yaml', 'acme.log.yaml', 'globex.yaml', 'globex.log.yaml', 'initech.yaml', '.clientfit.yaml'], { cwd: dir });
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 6 files checked, no problems\n', '']);
  });

  it('the same messages as .eml files (one with CRLF) and as a Maildir give the same logs', async () => {
    const logsOf = async (files: Record<string, string>, args: string[]) => {
      const { run, read, write } = workspace();
      for (const [f, text] of Object.entries(files)) write(f, text);
      const r = await run(args);
      expect(r.code).toBe(1);
      return ['acme', 'gina', 'globex'].map((id) => read(`${id}.log.yaml`));
    };
    const fromMbox = await logsOf({ 'inbox.mbox': mbox(MAIL) }, ['inbox.mbox']);
    const emls = Object.fromEntries(MAIL.map((msg, i) => [`export/${String(i).padStart(2, '0')}.eml`, raw(msg, i % 2 ? '\r\n' : '\n')]));
    expect(await logsOf(emls, ['export'])).toEqual(fromMbox);
    // A Maildir: messages in cur/ and new/ (tmp/ is mail being delivered, left alone); your sent mail in Maildir++'s .Sent.
    const maildir: Record<string, string> = { 'Maildir/tmp/1.x': raw(MAIL[12]!).replace('carla', 'nobody') };
    MAIL.forEach((msg, i) => {
      const sent = msg.envelope.startsWith('me@');
      maildir[`Maildir/${sent ? '.Sent/' : ''}${i % 2 ? 'cur' : 'new'}/17000000${i}.M1P2.host${i % 2 ? ':2,S' : ''}`] = raw(msg);
    });
    expect(await logsOf(maildir, ['Maildir'])).toEqual(fromMbox);
    // One .eml given on its own.
    const { run, read, write } = workspace();
    write('m1.eml', raw(MAIL[0]!));
    expect((await run(['m1.eml'])).code).toBe(0);
    expect(read('acme.log.yaml')).toBe('events:\n  - {date: 2024-03-04, type: message, note: Propuesta de diseño, source: "mail:m1@acme.example"}\n');
  });

  it('importing the same mail again changes no byte; a later import with the reply sets answered, and never changes one', async () => {
    const { dir, run, read, write } = workspace();
    const noReplies = MAIL.filter((msg) => !msg.headers.some((h) => h.startsWith('Message-ID: <r1@')));
    write('march.mbox', mbox(noReplies));
    await run(['march.mbox']);
    expect(read('acme.log.yaml')).not.toContain('answered: 2024-03-07');
    const snap = snapshot(dir);
    const again = await run(['march.mbox', '--format', 'json']);
    expect(snapshot(dir)).toEqual(snap);
    expect((JSON.parse(again.stdout) as Summary).clients[0]).toMatchObject({ id: 'acme', added: 0, updated: 0, unchanged: 3 });

    write('all.mbox', mbox(MAIL));
    const later = await run(['all.mbox', '--format', 'json']);
    expect((JSON.parse(later.stdout) as Summary).clients[0]).toMatchObject({ id: 'acme', added: 0, updated: 1, unchanged: 2 });
    expect(read('acme.log.yaml')).toBe(ACME_LOG.replace('note: Propuesta de diseño, source: "mail:m1@acme.example"', 'note: Propuesta de diseño, source: "mail:m1@acme.example", answered: 2024-03-07').replace('answered: 2024-03-07, note: Propuesta', 'note: Propuesta'));

    // An answered date already there (typed by hand, say) stays as it is.
    write('acme.log.yaml', read('acme.log.yaml').replace('answered: 2024-03-05', 'answered: 2024-03-06'));
    const kept = snapshot(dir);
    await run(['all.mbox']);
    expect(snapshot(dir)).toEqual(kept);
  });

  it('--since skips older mail; --dry-run writes nothing', async () => {
    const { dir, run, read, write } = workspace();
    write('inbox.mbox', mbox(MAIL));
    const snap = snapshot(dir);
    const dry = await run(['inbox.mbox', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('ACME Retail S.L. → acme.log.yaml: 3 added, 0 updated, 0 unchanged · 3 messages');
    expect(dry.stdout).toContain('Left out: 1 list or bulk, 3 automatic (auto-replies, delivery reports).');
    expect(dry.stdout).toContain('2  stranger@elsewhere.example');
    expect(dry.stdout).toContain('1  zed@shared.example: globex, initech');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(snapshot(dir)).toEqual(snap);

    const r = await run(['inbox.mbox', '--since', '2024-03-05', '--format', 'json']);
    expect((JSON.parse(r.stdout) as Summary).mail.before).toBe(1);
    expect(read('acme.log.yaml')).toBe(ACME_LOG.split('\n').filter((l) => !l.includes('m1@')).join('\n'));
    expect((await run(['inbox.mbox', '--since', '2024-02-30'])).code).toBe(2);
  });

  it('dates are calendar dates where the user lives (TZ)', async () => {
    const { run, read, write } = workspace();
    write('inbox.mbox', mbox(MAIL.slice(4, 5)));
    await run(['inbox.mbox'], 'America/New_York');
    expect(read('acme.log.yaml')).toContain('{date: 2024-03-06, type: message, note: Café mañana');
    const tokyo = workspace();
    tokyo.write('inbox.mbox', mbox(MAIL.slice(4, 5)));
    await tokyo.run(['inbox.mbox'], 'Asia/Tokyo');
    expect(tokyo.read('acme.log.yaml')).toContain('{date: 2024-03-07, type: message');
  });

  it('in Spanish', async () => {
    const { run, write } = workspace();
    write('inbox.mbox', mbox(MAIL));
    const r = await run(['inbox.mbox', '--dry-run', '--lang', 'es']);
    expect(r.stdout).toContain('3 añadidos, 0 actualizados, 0 sin cambios · 3 mensajes');
    expect(r.stdout).toContain('Leídos 16 mensajes: 5 de clientes, 3 tuyos.');
    expect(r.stdout).toContain('2 remitentes sin cliente que coincida');
    expect(r.stdout).toContain('Simulación: no se ha escrito nada.');
  });

  it('refuses, exit 2 and nothing written: a FIFO, no address of yours, CSV and mail together, CSV flags, a folder with no mail', async () => {
    const { dir, run, write } = workspace();
    write('inbox.mbox', mbox(MAIL));
    write('hours.csv', 'Date,Client,Hours\n2024-03-04,ACME,1\n');
    mkdirSync(join(dir, 'empty'));
    // The FIFO sits elsewhere: snapshot() would wait on it.
    const pipe = join(tempDir(), 'pipe.mbox');
    if (spawnSync('mkfifo', [pipe]).status === 0) {
      const fifo = await run([pipe]);
      expect(fifo.code).toBe(2);
      expect(fifo.stderr).toContain(`${pipe} is not a regular file`);
    } else console.warn('skipped: mkfifo is not available');
    const snap = snapshot(dir);
    const mixed = await run(['inbox.mbox', 'hours.csv']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('CSV exports and mail are imported separately');
    expect((await run(['inbox.mbox', '--from', 'toggl'])).stderr).toContain('--from is for CSV exports, not for mail');
    expect((await run(['empty'])).stderr).toContain('there is no mail in empty');
    expect(snapshot(dir)).toEqual(snap);
    writeFileSync(join(dir, '.clientfit.yaml'), 'me: {name: Yo}\n');
    const before = snapshot(dir);
    const noMe = await run(['inbox.mbox']);
    expect(noMe.code).toBe(2);
    expect(noMe.stderr).toContain('your own addresses are not known');
    expect(noMe.stderr).toContain('me: {email: you@example.com');
    expect(snapshot(dir)).toEqual(before);
  });
});
