/**
 * Checks on article input, shared by the library and the batch CLI: decoding
 * bytes (byte-order marks, invalid UTF-8, binary data) and screening text
 * (length limit, binary content, HTML pasted as text, non-English text).
 * Every check makes one linear pass or looks at a bounded sample, so it costs
 * nothing next to the pipeline, and none of them changes the text: offsets
 * still index it as given (CRLF line endings included).
 */
import { isUtf8 } from 'node:buffer';
import { loadLexicon } from '../lexicons/load.js';
import type { Message } from '../schema/result.js';
import { ClaimkitError, type Code } from './errors.js';

/** Articles longer than this are refused unless the caller raises the limit (news articles run to ~20,000). */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** Decoded text and what decoding noted, or why the bytes are not usable text. */
export type Decoded = { readonly text: string; readonly messages: readonly Message[] } | { readonly error: ClaimkitError };

export interface TextCheck {
  /** Why the text must not be processed, or null. */
  readonly error: ClaimkitError | null;
  /** Warnings to put on the result. */
  readonly messages: readonly Message[];
}

const BINARY_SAMPLE = 8192;
const MARKUP_SAMPLE = 10_000;
const LANGUAGE_SAMPLE = 2000;

function note(level: Message['level'], code: Code, detail: string, span?: { start: number; end: number }): Message {
  return { level, code, message: new ClaimkitError(code, detail).message, ...span };
}

/** Control characters (other than tab, newlines, form feed) in the first 8 KB, when they make up over 5% of it: text has next to none, binary data plenty. */
function binaryEvidence(text: string): string | null {
  const n = Math.min(text.length, BINARY_SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) suspicious++;
  }
  return n > 0 && suspicious / n > 0.05 ? `${suspicious} of the first ${n} characters are control characters` : null;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] ?? 0;
    const trail = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (trail < 0) return i;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= trail; k++) {
      const b = bytes[i + k];
      if (b === undefined || (k === 1 ? b < lo || b > hi : (b & 0xc0) !== 0x80)) return i;
    }
    i += trail + 1;
  }
  return bytes.length;
}

function invalidUtf8(bytes: Uint8Array): ClaimkitError {
  const at = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
  return new ClaimkitError('E_INVALID_UTF8', `byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at} (line ${line})`);
}

/**
 * Bytes to text. A UTF-8 byte-order mark is removed and UTF-16 with a mark
 * is decoded, both noted (W_BOM); bytes that are not UTF-8 are refused as
 * E_BINARY when they look like binary data, else E_INVALID_UTF8 with the
 * offset and line of the first bad byte.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
    return { text, messages: [note('info', 'W_BOM', `${encoding.toUpperCase()} byte-order mark: decoded as ${encoding.toUpperCase()}`)] };
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const evidence = binaryEvidence(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, BINARY_SAMPLE)));
    return { error: evidence ? new ClaimkitError('E_BINARY', evidence) : invalidUtf8(body) };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return { text, messages: bom ? [note('info', 'W_BOM', 'UTF-8 byte-order mark')] : [] };
}

const TAG =
  /<\/?(?:html|head|body|div|span|p|a|br|hr|img|script|style|table|tr|td|th|ul|ol|li|h[1-6]|meta|link|iframe|figure|figcaption|article|section|header|footer|nav|strong|em|b|i|blockquote)\b[^<>]{0,300}>|<!doctype\s{1,20}html/gi;
const ENTITY = /&(?:[a-z]{2,8}|#\d{2,7}|#x[\da-f]{2,6});/gi;

function markup(text: string): Message | null {
  const sample = text.slice(0, MARKUP_SAMPLE);
  let tags = 0;
  let first: RegExpExecArray | null = null;
  for (const m of sample.matchAll(TAG)) {
    tags++;
    first ??= m;
  }
  const entities = sample.match(ENTITY)?.length ?? 0;
  if (tags < 3 && entities < 5) return null;
  const detail = `${tags} tag(s) and ${entities} entity(ies) in the first ${sample.length} characters`;
  return first ? note('warning', 'W_HTML', `${detail}, the first ${first[0].slice(0, 40)}`, { start: first.index, end: first.index + first[0].length }) : note('warning', 'W_HTML', detail);
}

let functionWords: ReadonlySet<string> | undefined;
const LETTER = /\p{L}/u;

/**
 * Whether the start of the text reads as English: mostly Latin script, and
 * enough common English words among its words. One pass over the characters
 * (Unicode property regexes over every word cost more than the pipeline's budget).
 */
function language(text: string): Message | null {
  functionWords ??= new Set(loadLexicon('english-function-words'));
  const n = Math.min(text.length, LANGUAGE_SAMPLE);
  let nonLatin = 0;
  let latin = 0;
  let words = 0;
  let english = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const isLatin = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (isLatin) {
      latin++;
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words++;
      if (functionWords.has(text.slice(start, i).toLowerCase())) english++;
      start = -1;
    }
    if (c > 0x24f && LETTER.test(text[i] ?? '')) nonLatin++;
  }
  const letters = latin + nonLatin;
  if (letters >= 50 && latin < letters / 2) return note('warning', 'W_NOT_ENGLISH', `${Math.round((100 * nonLatin) / letters)}% of the letters are not Latin script`);
  if (words >= 30 && english < words * 0.08) return note('warning', 'W_NOT_ENGLISH', `${english} of ${words} words are common English words`);
  return null;
}

/**
 * Whether a text can go through the pipeline: refused past `maxChars`
 * (E_TOO_LONG) or when it is binary (E_BINARY); warned about when it looks
 * like HTML (W_HTML) or not English (W_NOT_ENGLISH). Empty text passes: the
 * pipeline warns about it (W_EMPTY_TEXT).
 */
export function checkText(text: string, maxChars: number = DEFAULT_MAX_CHARS): TextCheck {
  if (text.length > maxChars) {
    return { error: new ClaimkitError('E_TOO_LONG', `${text.length} characters, the limit is ${maxChars}: raise --max-chars to process it`), messages: [] };
  }
  const evidence = binaryEvidence(text);
  if (evidence) return { error: new ClaimkitError('E_BINARY', evidence), messages: [] };
  return { error: null, messages: [markup(text), language(text)].filter((m): m is Message => m !== null) };
}
