import { describe, expect, it } from 'vitest';
import { hoistGlobals, langFlag } from '../../src/cli/argv.js';

const COMMANDS = ['score', 'lint', 'rubric', 'help'];

describe('hoistGlobals', () => {
  it('moves options every command takes from before the command to right after it', () => {
    expect(hoistGlobals(['--lang', 'es', 'score', 'a.yaml'], COMMANDS)).toEqual(['score', '--lang', 'es', 'a.yaml']);
    expect(hoistGlobals(['--no-color', '--as-of=2026-01-01', 'score', 'a.yaml', '--format', 'json'], COMMANDS)).toEqual(['score', '--no-color', '--as-of=2026-01-01', 'a.yaml', '--format', 'json']);
  });
  it('puts them after both words of `rubric show`', () => {
    expect(hoistGlobals(['--lang', 'es', 'rubric', 'show', '--weights'], COMMANDS)).toEqual(['rubric', 'show', '--lang', 'es', '--weights']);
  });
  it('leaves the line alone when nothing is to move, or when what follows is not a command', () => {
    expect(hoistGlobals(['score', '--lang', 'es', 'a.yaml'], COMMANDS)).toEqual(['score', '--lang', 'es', 'a.yaml']);
    expect(hoistGlobals(['--lang', 'es', 'scroe', 'a.yaml'], COMMANDS)).toEqual(['--lang', 'es', 'scroe', 'a.yaml']);
    expect(hoistGlobals(['--bogus', 'score'], COMMANDS)).toEqual(['--bogus', 'score']);
    expect(hoistGlobals(['--lang'], COMMANDS)).toEqual(['--lang']);
    expect(hoistGlobals(['--lang', 'es'], COMMANDS)).toEqual(['--lang', 'es']);
  });
  it('never looks past `--`', () => {
    expect(hoistGlobals(['--', '--lang', 'es', 'score'], COMMANDS)).toEqual(['--', '--lang', 'es', 'score']);
  });
});

describe('langFlag', () => {
  it('finds --lang anywhere before `--`, in both spellings', () => {
    expect(langFlag(['score', 'a', '--lang', 'es'])).toBe('es');
    expect(langFlag(['--lang=en', 'score'])).toBe('en');
    expect(langFlag(['score', '--', '--lang', 'es'])).toBeUndefined();
    expect(langFlag(['score'])).toBeUndefined();
  });
});
