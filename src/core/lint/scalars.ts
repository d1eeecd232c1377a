import { isPair, isScalar, visit } from 'yaml';
import { commentAfter, type PlainValue, type YamlSource } from '../yamlSource.js';

export type { PlainValue };

const cache = new WeakMap<YamlSource, PlainValue[]>();

/**
 * Every unquoted string value in the document: the ones YAML may have read differently
 * than meant. Two rules need them; the walk is done once per file (or not at all, when the
 * quick reading found them).
 */
export function plainValues(src: YamlSource): PlainValue[] {
  if (src.plain) return src.plain;
  const cached = cache.get(src);
  if (cached) return cached;
  const out: PlainValue[] = [];
  cache.set(src, out);
  visit(src.doc, {
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      for (let i = path.length - 1; i >= 0; i--) {
        const p = path[i];
        if (isPair(p) && isScalar(p.key)) {
          const [start, end, nodeEnd] = node.range;
          out.push({ value: node.value, key: String(p.key.value), start, end, after: commentAfter(src.text.slice(end, nodeEnd)) });
          return;
        }
      }
    },
  });
  return out;
}
