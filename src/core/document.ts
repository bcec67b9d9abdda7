/**
 * The document every stage reads and adds to: immutable text, character-offset
 * spans (UTF-16 code units, end exclusive) in named layers, and messages.
 * A stage never mutates a document; it returns a new one.
 */
import type { Message, Target } from '../schema/result.js';
import { CODES, type Code } from './errors.js';
import type { Layers } from './layers.js';

export type LayerName = keyof Layers;

export interface Doc {
  readonly id: string;
  readonly text: string;
  /** Publication date, YYYY-MM-DD, the anchor of relative dates; null when unknown. */
  readonly date: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly targets: readonly Target[];
  readonly layers: Readonly<Layers>;
  readonly messages: readonly Message[];
}

export interface DocInput {
  readonly text: string;
  readonly id?: string;
  readonly date?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly targets?: readonly Target[];
}

export function createDoc(input: DocInput): Doc {
  return {
    id: input.id ?? 'doc',
    text: input.text,
    date: input.date ?? null,
    title: input.title ?? null,
    source: input.source ?? null,
    targets: input.targets ?? [],
    layers: {},
    messages: [],
  };
}

/** A new document with one layer set (added or replaced). */
export function withLayer<K extends LayerName>(doc: Doc, name: K, value: NonNullable<Layers[K]>): Doc {
  return { ...doc, layers: { ...doc.layers, [name]: value } };
}

/** A layer a stage declared in `requires`; the runner guarantees it is there. */
export function layer<K extends LayerName>(doc: Doc, name: K): NonNullable<Layers[K]> {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer ${name} is missing: the stage must declare it in requires`);
  return value as NonNullable<Layers[K]>;
}

export function withMessage(
  doc: Doc,
  level: Message['level'],
  code: Code,
  detail?: string,
  span?: { start: number; end: number },
): Doc {
  const message: Message = { level, code, message: detail ? `${CODES[code]}: ${detail}` : CODES[code] };
  if (span) {
    message.start = span.start;
    message.end = span.end;
  }
  return { ...doc, messages: [...doc.messages, message] };
}
