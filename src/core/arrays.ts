/**
 * Appends every item of `items` to `target` and returns `target`. `target.push(...items)`
 * passes each item as an argument and overflows the call stack at around 100,000 of them
 * (a log of 130,000 events, as many findings); this never does. Use it wherever the list
 * comes from a user's file.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when that is larger (or there are none): Math.max(...values) without the stack limit. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
