import type * as z from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/nullable/default/transform wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!next) return s;
    s = next;
  }
  return s;
}

/**
 * What a schema accepts, as far as unknown keys go: a closed object (its known keys), an
 * open object (anything goes), a list (its element), a union (its options), or a leaf.
 */
export type ShapeView =
  | { kind: 'object'; shape: Record<string, z.ZodType> }
  | { kind: 'open' }
  | { kind: 'array'; element: z.ZodType }
  | { kind: 'union'; options: z.ZodType[] }
  | { kind: 'leaf' };

export function viewOf(schema: z.ZodType): ShapeView {
  const d = defOf(unwrap(schema));
  if (d.type === 'object' && d.shape) return d.catchall ? { kind: 'open' } : { kind: 'object', shape: d.shape };
  if (d.type === 'array' && d.element) return { kind: 'array', element: d.element };
  if (d.type === 'union' && d.options) return { kind: 'union', options: d.options };
  return { kind: 'leaf' };
}
