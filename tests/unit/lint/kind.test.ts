import { describe, expect, it } from 'vitest';
import { fileKind as detectKind } from '../../../src/core/fileKind.js';
import { brief, lintText } from './helpers.js';

describe('fileKind', () => {
  it('tells each kind from its keys', () => {
    expect(detectKind({ criteria: [] }, 'r.yaml')).toBe('rubric');
    expect(detectKind({ extends: 'builtin:default' }, 'r.yaml')).toBe('rubric');
    expect(detectKind({ events: [] }, 'x.yaml')).toBe('log');
    expect(detectKind({ name: 'ACME', events: [] }, 'x.yaml')).toBe('client');
    expect(detectKind({ lang: 'es' }, 'x.yaml')).toBe('settings');
    expect(detectKind({ me: {}, referrals: [] }, 'x.yaml')).toBe('settings');
    expect(detectKind({ target_rate: 60 }, 'x.yaml')).toBe('settings');
  });
  it('knows the settings file by its name, whatever it holds', () => {
    expect(detectKind({ name: 'looks like a client' }, 'some/dir/.clientfit.yaml')).toBe('settings');
  });
  it('calls a profile that lost its name a client, since it has events next to other keys', () => {
    expect(detectKind({ id: 'acme', events: [] }, 'x.yaml')).toBe('client');
  });
  it('gives up on a mapping with none of the telling keys', () => {
    expect(detectKind({ id: 'x', colour: 'blue' }, 'x.yaml')).toBeNull();
    expect(detectKind({}, 'x.yaml')).toBeNull();
  });
  it('--kind overrides detection: a settings-looking file checked as a client lacks its name', () => {
    // `lang` is not a client key (warning at 1:1) and `name` is missing (error at the root, 1:1).
    expect(brief(lintText('lang: es\n', { kind: 'client' })).sort()).toEqual(['1:1 error schema', '1:1 warning unknown-key']);
  });
});
