/** A value an event field can hold when clientfit writes it. */
export type FieldValue = string | number | boolean;

/**
 * An event to add, as ordered `[field, value]` pairs: `date` and `type` first, the type's
 * own fields next, `note` last. Pairs rather than an object so the written order is
 * deliberate and a field called `__proto__` can never reach a prototype.
 */
export type EventDraft = ReadonlyArray<readonly [string, FieldValue]>;

/** The draft as plain data, for comparing with what the YAML parser reads back. */
export function draftData(draft: EventDraft): Record<string, FieldValue> {
  return Object.fromEntries(draft);
}

/** The value of one field of a draft. */
export function draftField(draft: EventDraft, field: string): FieldValue | undefined {
  return draft.find(([k]) => k === field)?.[1];
}
