import { describe, expect, it } from 'vitest';
import { AddressBook, foldAddress, isPublicDomain } from '../../../src/core/mail/address.js';

describe('address folding', () => {
  it('case and plus-addressing do not count', () => {
    expect(foldAddress('Ana+Facturas@ACME.Example')).toBe('ana@acme.example');
    expect(foldAddress(' ana@acme.example. ')).toBe('ana@acme.example');
    expect(foldAddress('+x@acme.example')).toBe('+x@acme.example');
    expect(foldAddress('not an address')).toBeNull();
    expect(foldAddress('@acme.example')).toBeNull();
  });
});

describe('public mail providers', () => {
  it.each(['gmail.com', 'GoogleMail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.es', 'gmx.de', 'gmx.net', 'hotmail.es', 'outlook.com', 'live.co.uk', 'icloud.com', 'proton.me', 'web.de', 'yandex.ru', 'hey.com'])('%s is public', (d) => {
    expect(isPublicDomain(d)).toBe(true);
  });
  it.each(['acme.example', 'yahoo.acme.example', 'gmail.com.acme.example', 'mygmail.com', 'live.studio'])('%s is not', (d) => {
    expect(isPublicDomain(d)).toBe(false);
  });
});

describe('who an address is', () => {
  const book = new AddressBook(
    ['Me@Studio.example', 'me+alias@personal.example'],
    [
      { id: 'acme', contactEmail: 'Ana@acme.example' },
      { id: 'gina', contactEmail: 'gina@gmail.com' },
      { id: 'globex', emails: ['carla@freelance.example'], domains: ['globex.example', '@shared.example'] },
      { id: 'initech', domains: ['shared.example'], emails: ['ana@acme.example'] },
    ],
  );
  it('you, by settings me.email and me.emails', () => {
    expect(book.knowsMe).toBe(true);
    expect(book.who('me@studio.example')).toEqual({ kind: 'me' });
    expect(book.who('me@personal.example')).toEqual({ kind: 'me' });
  });
  it('a client by address, by its domains, and by the domain of contact.email', () => {
    expect(book.who('carla@freelance.example')).toEqual({ kind: 'client', id: 'globex' });
    expect(book.who('bob@globex.example')).toEqual({ kind: 'client', id: 'globex' });
    expect(book.who('bob@uk.globex.example')).toEqual({ kind: 'client', id: 'globex' });
    expect(book.who('bob@acme.example')).toEqual({ kind: 'client', id: 'acme' });
  });
  it('not by the domain of an address at a public provider', () => {
    expect(book.who('gina@gmail.com')).toEqual({ kind: 'client', id: 'gina' });
    expect(book.who('bob@gmail.com')).toEqual({ kind: 'none' });
  });
  it('an address or domain two clients claim is ambiguous; an address beats a domain', () => {
    expect(book.who('ana@acme.example')).toEqual({ kind: 'many', ids: ['acme', 'initech'] });
    expect(book.who('zed@shared.example')).toEqual({ kind: 'many', ids: ['globex', 'initech'] });
    expect(new AddressBook([], [{ id: 'a', domains: ['x.example'] }, { id: 'b', emails: ['bob@x.example'] }]).who('bob@x.example')).toEqual({ kind: 'client', id: 'b' });
  });
  it('no address of yours: knowsMe is false', () => {
    expect(new AddressBook([''], []).knowsMe).toBe(false);
  });
});
