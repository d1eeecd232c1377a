// A generated mailbox for `npm run bench` and the slow mail-import test: an mbox of about
// `bytes` bytes, written fast by repeating a small set of message templates with new ids,
// dates and sizes, and a folder of client profiles to import it into. Threads: a client
// writes, you answer days later, the same day, or never; newsletters, auto-replies and
// bounces are mixed in, and senders that are no client.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const MAIL_CLIENTS = 5;
const ME = 'me@studio.example';

/** Five client profiles (client-N at cN.example) and settings naming your address. */
export function writeMailWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.clientfit.yaml'), `me: {name: Me, email: ${ME}}\n`);
  for (let i = 0; i < MAIL_CLIENTS; i++) {
    writeFileSync(join(dir, `client-${i}.yaml`), `name: Client ${i} Ltd\ncontact: {name: Ana ${i}, email: ana@c${i}.example}\n`);
  }
}

const LINE = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n';
const B64 = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0'}\n`;
/** Bodies of 2 KB, 8 KB and ~40 KB (with an attachment): about 16 KB a message on average. */
const BODIES = [
  LINE.repeat(22),
  `${LINE.repeat(60)}\nFrom what I hear, this line is body text.\n>From here on, quoted by mboxrd.\n\n${LINE.repeat(30)}`,
  `--b1\nContent-Type: text/plain\n\n${LINE.repeat(40)}\n--b1\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${B64.repeat(480)}--b1--\n`,
];

const DAY = 86_400_000;
const rfc = (t) => new Date(t).toUTCString().replace('GMT', '+0000');

/**
 * Writes the mbox to `path` (about `bytes` bytes); returns how many messages it holds and
 * how many are from clients.
 */
export function writeMbox(path, bytes) {
  const fd = openSync(path, 'w');
  let written = 0;
  let n = 0;
  let fromClients = 0;
  let pending = [];
  let size = 0;
  const flush = () => {
    if (!pending.length) return;
    writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  const put = (s) => {
    pending.push(s);
    size += s.length;
    written += s.length;
    if (size > 4 << 20) flush();
  };
  let t = Date.UTC(2020, 0, 1, 9);
  for (let k = 0; written < bytes; k++) {
    const c = k % MAIL_CLIENTS;
    const id = `m${k}@c${c}.example`;
    const body = BODIES[k % 3];
    t += 3_600_000;
    const subject = k % 7 === 0 ? `=?UTF-8?Q?Presupuesto_n=C2=BA_${k}?=` : `Project update ${k}`;
    const head = (from, extra) => `From ${from.replace(/.*</, '').replace('>', '')} ${new Date(t).toUTCString()}\nReturn-Path: <${from}>\nReceived: from mx.example by mx.studio.example; ${rfc(t)}\nDKIM-Signature: v=1; a=rsa-sha256; d=example; s=k; b=${'x'.repeat(300)}\n${extra}`;
    put(`${head(`ana@c${c}.example`, `From: Ana ${c} <ana+work@c${c}.example>\nTo: ${ME}\nSubject: ${subject}\nMessage-ID: <${id}>\nDate: ${rfc(t)}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b1\n\n`)}${body}\n`);
    n++;
    fromClients++;
    // Answered: three days later, the same day, or never.
    const answer = k % 3;
    if (answer < 2) {
      const at = t + (answer === 0 ? 3 * DAY : 2 * 3_600_000);
      put(`${head(ME, `From: Me <${ME}>\nTo: ana@c${c}.example\nSubject: Re: ${subject}\nMessage-ID: <r${k}@studio.example>\nIn-Reply-To: <${id}>\nReferences: <${id}>\nDate: ${rfc(at)}\n\n`)}${BODIES[0]}\n`);
      n++;
    }
    if (k % 5 === 0) {
      put(`${head('news@shop.example', `From: Shop <news@shop.example>\nTo: ${ME}\nSubject: Offers ${k}\nList-Id: <news.shop.example>\nList-Unsubscribe: <mailto:u@shop.example>\nMessage-ID: <n${k}@shop.example>\nDate: ${rfc(t)}\n\n`)}${BODIES[1]}\n`);
      n++;
    }
    if (k % 11 === 0) {
      put(`${head('MAILER-DAEMON@mx.example', `From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: ${ME}\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\nMessage-ID: <b${k}@mx.example>\nDate: ${rfc(t)}\n\n`)}--r\n\nbounce\n--r--\n\n`);
      n++;
    }
    if (k % 13 === 0) {
      put(`${head(`someone${k % 50}@elsewhere.example`, `From: <someone${k % 50}@elsewhere.example>\nTo: ${ME}\nSubject: Hello\nMessage-ID: <s${k}@elsewhere.example>\nDate: ${rfc(t)}\n\n`)}${BODIES[0]}\n`);
      n++;
    }
  }
  flush();
  closeSync(fd);
  return { messages: n, fromClients, bytes: written };
}
