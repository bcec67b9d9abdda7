/**
 * Every error and message code in one place (after spaCy's errors.py).
 * Codes are stable: scripts match on them.
 */
export const CODES = {
  E_UNKNOWN_STAGE: 'unknown stage',
  E_DUPLICATE_STAGE: 'a stage with this name is already registered',
  E_MISSING_REQUIREMENT: 'a stage requires a layer that no earlier stage assigns',
  E_BAD_OPTIONS: 'stage or pipeline options do not validate',
  E_BAD_PIPELINE: 'pipeline definition does not validate',
  E_UNKNOWN_PIPELINE: 'unknown pipeline',
  E_BAD_INPUT: 'input is not usable text',
  E_BAD_DATE: 'publication date is not a valid YYYY-MM-DD day',
  E_STAGE_FAILED: 'a stage threw while processing the document',
  E_INVALID_OUTPUT: 'the result does not validate against the output schema',
  E_GOLDSET: 'not a usable gold set folder',
  E_GOLD_HASH: 'a gold file does not match its article (textSha256): the article changed after it was labeled',
  E_GOLD_INVALID: 'a gold file does not validate',
  E_NO_CORPUS: 'external corpus not found',
  E_CORPUS_FORMAT: 'an external corpus file could not be converted',
  E_BASELINE: 'baseline file problem',
  W_NO_DATE: 'no publication date: relative dates left unresolved',
  W_UNRESOLVED_DATES: 'relative dates left with X placeholders for want of a publication date',
  W_EMPTY_TEXT: 'the article text is empty',
  E_BINARY: 'the input is binary data, not text',
  E_INVALID_UTF8: 'the input is not valid UTF-8 (convert it first, e.g. iconv -f windows-1252 -t utf-8)',
  E_TOO_LONG: 'the article is longer than --max-chars',
  E_BAD_RECORD: 'the JSON Lines record is malformed',
  E_DUPLICATE_ID: 'an earlier input has the same id: this one is not processed',
  E_READ_FAILED: 'the input could not be read',
  E_WRITE_FAILED: 'the output could not be written',
  E_WORKER_FAILED: 'the worker processing the article crashed',
  E_TIMEOUT: 'the article took longer than --timeout',
  E_INTERNAL: 'unexpected internal error',
  W_BOM: 'a byte-order mark was removed: offsets index the text after it',
  W_HTML: 'the text looks like HTML: strip the markup first (offsets index the text as given)',
  W_NOT_ENGLISH: 'the text does not look like English: claimkit is built for English news',
} as const;

export type Code = keyof typeof CODES;

export class ClaimkitError extends Error {
  readonly code: Code;
  /** `cause`: the error behind this one (a stage's exception), kept with its stack for debugging. */
  constructor(code: Code, detail?: string, cause?: unknown) {
    super(detail ? `${CODES[code]}: ${detail}` : CODES[code], cause === undefined ? undefined : { cause });
    this.name = 'ClaimkitError';
    this.code = code;
  }
}

/** What went wrong, from anything thrown: an Error's message, or the value as a string. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A zod error's issues as `path: message` lines (all, or the first `max`).
 * An issue with the whole value (an empty path) is named `root`, or is its bare message without one.
 */
export function issueLines(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, max = Infinity, root = ''): string[] {
  return error.issues.slice(0, max).map((i) => {
    const where = i.path.map(String).join('.') || root;
    return where === '' ? i.message : `${where}: ${i.message}`;
  });
}
