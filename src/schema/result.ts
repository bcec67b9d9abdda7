/**
 * The output contract (../shared/spec/OUTPUT.md), schema version 1.
 * These zod schemas are the single source of truth: types are inferred from
 * them and the published JSON Schema is generated from them.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const SpanSchema = z.object({ start: offset, end: offset });
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });

export const SentenceRoleSchema = z.enum(['headline', 'body', 'boilerplate']);
export const SentenceSchema = SpanSchema.extend({ role: SentenceRoleSchema });

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const DateMentionSchema = TextSpanSchema.extend({
  type: TimexTypeSchema,
  value: z.string(),
  endValue: z.string().optional(),
});

export const NumberKindSchema = z.enum(['cardinal', 'ordinal', 'percent', 'money']);
export const NumberMentionSchema = TextSpanSchema.extend({
  kind: NumberKindSchema,
  value: z.number(),
  endValue: z.number().optional(),
  unit: z.string().nullable(),
  approx: z.boolean(),
});

export const ClaimKindSchema = z.enum(['direct', 'mixed', 'indirect', 'assertion']);
export const SpeakerTypeSchema = z.enum(['person', 'organization', 'group', 'country']);
export const SpeakerSchema = TextSpanSchema.extend({
  name: z.string(),
  type: SpeakerTypeSchema,
});
export const StatedOnSchema = TextSpanSchema.extend({ value: z.string() });

export const PolaritySchema = z.enum(['favor', 'against', 'neutral']);
export const CertaintySchema = z.enum(['asserted', 'hedged', 'uncommitted']);
export const ConditionSchema = z.enum(['none', 'conditional', 'unconditional']);
export const ReportingSchema = z.enum(['writer', 'neutral', 'endorsing', 'distancing', 'negating']);
export const StanceSchema = z.object({
  target: z.string().nullable(),
  polarity: PolaritySchema.nullable(),
  certainty: CertaintySchema,
  condition: ConditionSchema,
  reporting: ReportingSchema,
});

export const ClaimSchema = z.object({
  id: z.string(),
  kind: ClaimKindSchema,
  content: TextSpanSchema,
  speaker: SpeakerSchema.nullable(),
  cue: TextSpanSchema.nullable(),
  statedOn: StatedOnSchema.nullable(),
  dates: z.array(DateMentionSchema),
  numbers: z.array(NumberMentionSchema),
  stance: StanceSchema,
});

export const MessageSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string().regex(/^[EW]_[A-Z_]+$/),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const TargetSchema = z.object({
  id: z.string().min(1),
  description: z.string(),
  terms: z.array(z.string().min(1)).min(1),
});

export const DocInfoSchema = z.object({
  id: z.string().min(1),
  date: isoDay.nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  length: offset,
});

export const ResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  doc: DocInfoSchema,
  sentences: z.array(SentenceSchema),
  dates: z.array(DateMentionSchema),
  numbers: z.array(NumberMentionSchema),
  claims: z.array(ClaimSchema),
  messages: z.array(MessageSchema),
});

export const ErrorRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  doc: DocInfoSchema.partial().extend({ id: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type Span = z.infer<typeof SpanSchema>;
export type TextSpan = z.infer<typeof TextSpanSchema>;
export type SentenceRole = z.infer<typeof SentenceRoleSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type TimexType = z.infer<typeof TimexTypeSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type NumberKind = z.infer<typeof NumberKindSchema>;
export type NumberMention = z.infer<typeof NumberMentionSchema>;
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type StatedOn = z.infer<typeof StatedOnSchema>;
export type Polarity = z.infer<typeof PolaritySchema>;
export type Certainty = z.infer<typeof CertaintySchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Reporting = z.infer<typeof ReportingSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type DocInfo = z.infer<typeof DocInfoSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
