import { readFileSync } from 'node:fs';
import type { Rubric } from '../core/schema/rubric.js';

/** Bump when the shape below changes. */
export const PRECOMPILED_FORMAT = 3;

/** What scripts/build.mjs writes to dist/rubrics/NAME.json for each shipped rubric. */
export interface PrecompiledRubric {
  format: number;
  /** The YAML it was built from, byte for byte: a changed file is never served stale. */
  source: string;
  /** The source's own `extends` (lint follows the chain to find loops without parsing it). */
  extends: string | null;
  rubric: Rubric;
}

/**
 * A shipped rubric as built at packaging time, or null. Parsing rubrics/default.yaml
 * (16 KB, most of it comments) costs ~20–40 ms of every `score`; reading the result the
 * build computed costs well under one. Used only from the bundle: the JSON sits beside the
 * bundled chunks (dist/rubrics/), so running from src/ always parses, and the stored
 * source must equal `yamlText` or it is ignored.
 */
export function precompiledRubric(name: string, yamlText: string, ref: string): Rubric | null {
  const stored = precompiled(name, yamlText);
  // Built with its parents as they were: one that extends another is built again (the
  // parent's text may have changed since), so only a rubric that extends nothing is taken.
  return stored && stored.extends === null ? { ...stored.rubric, file: ref } : null;
}

/** What the build stored for the shipped rubric `name`, or null (none, another format, or built from other text than `yamlText`). */
export function precompiled(name: string, yamlText: string): PrecompiledRubric | null {
  if (!/^[a-z0-9_-]+$/i.test(name)) return null;
  const stored = storedRubric(name);
  if (!stored || stored.format !== PRECOMPILED_FORMAT || stored.source !== yamlText || !Array.isArray(stored.rubric?.criteria)) return null;
  if (stored.extends !== null && typeof stored.extends !== 'string') return null;
  return stored as PrecompiledRubric;
}

/**
 * The build's files do not change under a run: each is read once (lint reads the stored
 * `extends`, then the rubric), and parsed afresh for each caller, who may change what it gets.
 */
const STORED = new Map<string, string | null>();

function storedRubric(name: string): Partial<PrecompiledRubric> | null {
  if (!STORED.has(name)) {
    try {
      STORED.set(name, readFileSync(new URL(`./rubrics/${name}.json`, import.meta.url), 'utf8'));
    } catch {
      STORED.set(name, null);
    }
  }
  const text = STORED.get(name);
  try {
    return text ? (JSON.parse(text) as Partial<PrecompiledRubric>) : null;
  } catch {
    return null;
  }
}
