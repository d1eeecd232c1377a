import type { YamlSource } from '../yamlSource.js';
import { asRecord, records } from './place.js';

/** One event of a file's `events:` list, as raw data, with its index there. */
export interface RawEvent {
  ev: Record<string, unknown>;
  index: number;
  src: YamlSource;
}

/** The mappings under `events:` in a parsed source (client profile or log). */
export function rawEvents(src: YamlSource): RawEvent[] {
  const data = asRecord(src.data);
  return data ? records(data.events).map(([ev, index]) => ({ ev, index, src })) : [];
}

/** A string field of an event, or undefined when it is missing or not text. */
export const str = (ev: Record<string, unknown>, key: string): string | undefined => (typeof ev[key] === 'string' ? ev[key] : undefined);
