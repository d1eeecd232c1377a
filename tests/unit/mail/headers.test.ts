import { describe, expect, it } from 'vitest';
import { messageIds, readHeaders, wantedFields } from '../../../src/core/mail/headers.js';

const block = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'));

describe('a header block', () => {
  it('keeps only the fields an import reads, with their continuation lines', () => {
    const kept = wantedFields(Buffer.from('Received: from a\n\tby b\nFrom: a@b.example\nDKIM-Signature: v=1;\n b=xyz\nReferences: <a@b>\n <c@d>\nX-Mailer: x\n')).toString();
    expect(kept).toBe('From: a@b.example\nReferences: <a@b>\n <c@d>\n\n');
  });

  it('decodes RFC 2047 subjects: UTF-8 Q and B, ISO-8859-1, and names', async () => {
    const h = await readHeaders(
      block(
        'From: =?UTF-8?Q?Ana_P=C3=A9rez?= <Ana+x@ACME.example>\nTo: me@studio.example, "Bob" <bob@x.example>\nCc: Team: carla@x.example;\nSubject: =?UTF-8?Q?Propuesta_de_dise=C3=B1o?=\nMessage-ID: <m1@acme.example>\nIn-Reply-To: <r0@studio.example>\nReferences: <root@studio.example>\n <r0@studio.example>\nDate: Mon, 4 Mar 2024 23:30:00 -0500\n',
      ),
    );
    expect(h).toEqual({
      from: 'ana@acme.example',
      recipients: ['me@studio.example', 'bob@x.example', 'carla@x.example'],
      subject: 'Propuesta de diseño',
      messageId: 'm1@acme.example',
      parents: ['r0@studio.example', 'root@studio.example', 'r0@studio.example'],
      time: Date.UTC(2024, 2, 5, 4, 30),
      kind: null,
    });
    expect((await readHeaders(block('Subject: =?utf-8?B?RmFjdHVyYSBtYXJ6byDinJM=?=\n'))).subject).toBe('Factura marzo ✓');
    expect((await readHeaders(block('Subject: =?ISO-8859-1?Q?Caf=E9_y_ma=F1ana?=\n'))).subject).toBe('Café y mañana');
    expect((await readHeaders(Buffer.from('Subject: Caf\xe9 cr\xfb\n', 'latin1'))).subject).toContain('Caf');
  });

  it('no Date:, an unreadable one, no Message-ID, no From: are null', async () => {
    const h = await readHeaders(block('Subject: x\nDate: sometime soon\nMessage-ID: <has space@x>\n'));
    expect(h).toMatchObject({ from: null, time: null, messageId: null, kind: null });
    expect((await readHeaders(block('Message-ID: m2@acme.example\n'))).messageId).toBe('m2@acme.example');
  });

  it('tells bulk and automatic mail', async () => {
    expect((await readHeaders(block('From: news@shop.example\nList-Id: <news.shop.example>\n'))).kind).toBe('bulk');
    expect((await readHeaders(block('From: MAILER-DAEMON@mx.example\nContent-Type: multipart/report; report-type=delivery-status;\n boundary="x"\n'))).kind).toBe('automatic');
  });
});

describe('message ids', () => {
  it('with or without angle brackets', () => {
    expect(messageIds('<a@b> <c@d>')).toEqual(['a@b', 'c@d']);
    expect(messageIds('a@b c@d')).toEqual(['a@b', 'c@d']);
    expect(messageIds('<a@b> (comment)')).toEqual(['a@b']);
    expect(messageIds(undefined)).toEqual([]);
  });
});
