import { describe, expect, it } from 'vitest';
import { mailKind } from '../../../src/core/mail/classify.js';

const h = (key: string, value: string) => [{ key, value }];

describe('list, bulk and automatic mail', () => {
  it.each([
    [h('list-id', '<news.shop.example>'), 'bulk'],
    [h('list-unsubscribe', '<mailto:u@shop.example>'), 'bulk'],
    [h('precedence', 'bulk'), 'bulk'],
    [h('precedence', 'List'), 'bulk'],
    [h('precedence', 'junk'), 'bulk'],
    [h('auto-submitted', 'auto-replied'), 'automatic'],
    [h('auto-submitted', 'auto-generated'), 'automatic'],
    [h('x-autoreply', 'yes'), 'automatic'],
    [h('x-autorespond', ''), 'automatic'],
    [h('x-auto-response-suppress', 'All'), 'automatic'],
    [h('x-auto-response-suppress', 'DR, OOF, AutoReply'), 'automatic'],
    [h('content-type', 'multipart/report; report-type=delivery-status; boundary=x'), 'automatic'],
    [[...h('list-id', '<a>'), ...h('auto-submitted', 'auto-replied')], 'automatic'],
  ] as const)('%j is %s', (fields, kind) => {
    expect(mailKind(fields, 'ana@acme.example')).toBe(kind);
  });
  it.each([
    [h('auto-submitted', 'no')],
    [h('auto-submitted', 'No (a person wrote this)')],
    [h('precedence', 'first-class')],
    [h('x-auto-response-suppress', 'DR, RN')],
    [h('content-type', 'multipart/mixed; boundary=x')],
    [[]],
  ])('%j is a person\'s mail', (fields) => {
    expect(mailKind(fields, 'ana@acme.example')).toBeNull();
  });
  it('mail systems and no-reply senders are automatic', () => {
    for (const a of ['mailer-daemon@mx.example', 'postmaster@acme.example', 'noreply@acme.example', 'no-reply@acme.example', 'do-not-reply@acme.example', 'bounces+123@acme.example']) expect(mailKind([], a)).toBe('automatic');
    for (const a of ['replyto@acme.example', 'norma@acme.example', 'post@acme.example']) expect(mailKind([], a)).toBeNull();
  });
});
