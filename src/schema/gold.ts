/**
 * Gold files and gold sets (OUTPUT.md "Gold files"): the result object written
 * by hand, with the article's hash, the layers it annotates and its targets.
 */
import { z } from 'zod';
import {
  ClaimSchema,
  DateMentionSchema,
  DocInfoSchema,
  NumberMentionSchema,
  SentenceSchema,
  SpeakerSchema,
  TargetSchema,
} from './result.js';

export const LAYERS = ['sentences', 'dates', 'numbers', 'claims', 'stance'] as const;
export const LayerSchema = z.enum(LAYERS);

export const GoldSpeakerSchema = SpeakerSchema.extend({
  name: z.string().nullable(),
  aliases: z.array(z.string()).optional(),
});

export const GoldClaimSchema = ClaimSchema.extend({
  speaker: GoldSpeakerSchema.nullable(),
  dates: ClaimSchema.shape.dates.optional(),
  numbers: ClaimSchema.shape.numbers.optional(),
});

export const GoldDocSchema = DocInfoSchema.extend({
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  layers: z.array(LayerSchema).optional(),
  targets: z.array(TargetSchema).optional(),
});

export const GoldSchema = z.object({
  schemaVersion: z.literal(1),
  doc: GoldDocSchema,
  sentences: z.array(SentenceSchema).default([]),
  dates: z.array(DateMentionSchema).default([]),
  numbers: z.array(NumberMentionSchema).default([]),
  claims: z.array(GoldClaimSchema).default([]),
});

export const ManifestEntrySchema = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
export const ManifestSchema = z.array(ManifestEntrySchema);

export type Layer = z.infer<typeof LayerSchema>;
export type GoldSpeaker = z.infer<typeof GoldSpeakerSchema>;
export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldDoc = z.infer<typeof GoldDocSchema>;
export type Gold = z.infer<typeof GoldSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
