import { describe, expect, it } from 'vitest';
import { buildRubric } from '../../../src/core/rubric.js';
import { rubricYaml } from '../../../src/core/render/rubricYaml.js';
import type { Rubric } from '../../../src/core/schema/rubric.js';
import { parseYaml } from '../../../src/core/yamlSource.js';
import { loadRubric } from '../../../src/io/loadRubric.js';
import { brief, lintText } from './helpers.js';

function readBack(text: string): Rubric {
  const p = parseYaml(text, 'shown.yaml', 'rubric');
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const r = buildRubric(p.src, null);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('rubricYaml', () => {
  const def = loadRubric(null);
  const text = rubricYaml(def, ['Effective rubric']);

  it('reads back, without extends, to the same rubric (each criterion window made explicit)', () => {
    const back = readBack(text);
    expect({ ...back, file: def.file }).toEqual({ ...def, criteria: def.criteria.map((c) => ({ ...c, window: c.window ?? def.window })) });
  });
  it('writes extends: null and every field of every criterion', () => {
    expect(text).toMatch(/^extends: null$/m);
    expect(text.match(/^  - id: /gm)).toHaveLength(def.criteria.length);
    for (const key of ['title', 'why', 'metric', 'warn', 'flag', 'weight', 'theme', 'window', 'dealbreaker', 'talking_point']) {
      expect(text.match(new RegExp(`^    ${key}:`, 'gm')), key).toHaveLength(def.criteria.length);
    }
    expect(text.startsWith('# Effective rubric\n')).toBe(true);
  });
  it('lints clean', () => {
    expect(brief(lintText(text))).toEqual([]);
  });
  it('escapes what would reach a terminal raw, and still reads back the same text', () => {
    const evil = { ...def, id: 'x\u202ey', criteria: [{ ...def.criteria[0]!, title: { en: 'a\u001b[31mb', es: 'c\u009bd' } }] };
    const out = rubricYaml(evil, ['h\u001bx']);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const back = readBack(out);
    expect(back.id).toBe('x\u202ey');
    expect(back.criteria[0]!.title).toEqual({ en: 'a\u001b[31mb', es: 'c\u009bd' });
  });
});
