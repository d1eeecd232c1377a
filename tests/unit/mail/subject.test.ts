import { describe, expect, it } from 'vitest';
import { NOTE_MAX, isReplySubject, noteOf, normaliseSubject } from '../../../src/core/mail/subject.js';

describe('subject normalisation', () => {
  it.each([
    ['Re: Propuesta', 'propuesta'],
    ['RE: AW: Fwd: propuesta', 'propuesta'],
    ['Re[2]: Propuesta', 'propuesta'],
    ['RE^3 : Propuesta', 'propuesta'],
    ['SV: Rif: R: WG: FW: Propuesta', 'propuesta'],
    ['RV: Propuesta', 'propuesta'],
    ['[Acme] Re: [EXTERNAL] Propuesta', 'propuesta'],
    ['  Propuesta   de   diseño ', 'propuesta de diseño'],
    ['Re：Propuesta', 'propuesta'],
    ['[Acme]', '[acme]'],
    ['Re: Re:', 're:'],
    ['Recibo de marzo', 'recibo de marzo'],
    ['Research: results', 'research: results'],
    ['', ''],
  ])('%j → %j', (raw, norm) => {
    expect(normaliseSubject(raw)).toBe(norm);
  });
  it('tells a reply from a forward or a fresh message', () => {
    expect(isReplySubject('Re: x')).toBe(true);
    expect(isReplySubject('[Acme] AW: x')).toBe(true);
    expect(isReplySubject('Fwd: Re: x')).toBe(true);
    expect(isReplySubject('Fwd: x')).toBe(false);
    expect(isReplySubject('Reunión')).toBe(false);
    expect(isReplySubject('x')).toBe(false);
  });
});

describe('a subject as a note', () => {
  it('control and bidi characters become spaces; whitespace collapsed; long ones cut', () => {
    expect(noteOf('Hola\u001b[31m\r\n  mundo\u202e')).toBe('Hola [31m mundo');
    expect(noteOf('a\ud800b')).toBe('ab');
    expect(noteOf('😀 ok')).toBe('😀 ok');
    expect(noteOf(undefined)).toBe('');
    expect(noteOf('   ')).toBe('');
    const long = noteOf('x'.repeat(500));
    expect([...long].length).toBe(NOTE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
