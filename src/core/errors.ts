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
  W_NO_DATE: 'no publication date: relative dates left unresolved',
  W_EMPTY_TEXT: 'the article text is empty',
} as const;

export type Code = keyof typeof CODES;

export class ClaimkitError extends Error {
  readonly code: Code;
  constructor(code: Code, detail?: string) {
    super(detail ? `${CODES[code]}: ${detail}` : CODES[code]);
    this.name = 'ClaimkitError';
    this.code = code;
  }
}
