import { isPair, isScalar, visit, type Scalar } from 'yaml';
import type { YamlSource } from '../yamlSource.js';

/** A plain (unquoted) string scalar in a value position, with the key it belongs to. */
export interface PlainValue {
  node: Scalar<string>;
  /** The nearest mapping key above it (`note`, or `open_work` for a list item). */
  key: string;
}

const cache = new WeakMap<YamlSource, PlainValue[]>();

/**
 * Every unquoted string value in the document: the ones YAML may have read differently
 * than meant. Two rules need them; the walk is done once per file.
 */
export function plainValues(src: YamlSource): PlainValue[] {
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
          out.push({ node: node as Scalar<string>, key: String(p.key.value) });
          return;
        }
      }
    },
  });
  return out;
}
