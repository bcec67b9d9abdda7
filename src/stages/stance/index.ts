/**
 * The stance stage (ANNOTATION §6): one stance per claim, in the order of the
 * claims layer, toward the document's targets (given by the pipeline or by
 * the caller, e.g. a gold file's `doc.targets`). Everything comes from the
 * targets' own terms and description plus general lexicons, so any topic
 * works: see labels.ts for the labels, target.ts for target choice, and
 * finding.ts for a target stated as a proposition ("That taking statins lowers
 * the risk of stroke"), where a claim with no attitude cue of its own takes
 * a position through the relation it states.
 *
 * A claim with no target term of its own still gets a target when it points
 * at one: through the rest of its sentence ("Asked about the summit, he said
 * it ...") or through a definite position noun or demonstrative ("the offer",
 * "the stance", "those would be possible") that refers to the nearest
 * earlier claim on a target within `lookback` sentences; "maintains the
 * stance" then takes over that claim's polarity and condition. A hit through
 * terms that name only an argument of the target ("homes" for a housing
 * target) counts when the claim takes a position and its speaker's claim
 * just before, within `lookback` sentences, was on that target.
 */
import { z } from 'zod';
import { layer, withLayer, type Doc } from '../../core/document.js';
import type { DocClaim } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { isQuestion } from '../../text/question.js';
import { upperBound } from '../../text/search.js';
import type { Sentence, Stance, Target } from '../../schema/result.js';
import { certaintyOf, claimPolarity, conditionOf, Content, contentPolarity, refersBack, reportingOf, takesPosition, type PolarityResult, type Referent } from './labels.js';
import { findingPolarity, type Finding } from './finding.js';
import { loadStanceLexicons, REPORTING_CLASSES, type StanceLexicons } from './lexicon.js';
import { PlaceIndex } from './places.js';
import { compileTarget, findTarget, type CompiledTarget } from './target.js';
import { DocTokens, tokenize, type Token } from './tokens.js';

export const StanceOptionsSchema = z.object({
  /** How many sentences back a "the offer" / "the stance" claim looks for the claim it refers to. */
  lookback: z.number().int().nonnegative().default(2),
  /** How many words around a target term are searched for a country outside the target's parties. */
  window: z.number().int().nonnegative().default(6),
  /** How many words before a cue a negation word reaches. */
  negationWindow: z.number().int().positive().default(8),
  /** Replaces the reporting-verb table: rows of [phrase, class, frames?, irregular forms "past|participle" or "="?]. */
  reportingVerbs: z.array(z.tuple([z.string().min(1), z.enum(REPORTING_CLASSES)], z.string())).optional(),
});
type StanceOptions = z.infer<typeof StanceOptionsSchema>;

interface Settled {
  readonly stance: Stance;
  readonly sentence: number;
  readonly referent: Referent;
  /** The claim's speaker name in lower case words, empty without a speaker. */
  readonly speaker: readonly string[];
}

/** How many distinct target sets a stage keeps compiled. */
const COMPILED_TARGET_SETS = 64;

/**
 * Whether a back-reference may take over the earlier claim's position: the
 * earlier speaker is this claim's speaker or is named in its content ("Kato
 * said Suga maintains the stance" after Suga spoke), or the noun phrase
 * holds a term or description word of the earlier target ("the leaders'
 * proposal").
 */
function heldBy(earlier: Settled, speaker: readonly string[], content: readonly Token[], targets: readonly CompiledTarget[], phrase: readonly Token[]): boolean {
  const named = new Set(content.filter((t) => t.cap).map((t) => t.lower));
  const last = earlier.speaker.at(-1);
  if (last !== undefined && (speaker.at(-1) === last || named.has(last))) return true;
  const t = targets.find((c) => c.target.id === earlier.stance.target);
  return t !== undefined && (t.terms.matches(phrase).length > 0 || t.words.matches(phrase).length > 0);
}

function lastOnTarget(settled: readonly Settled[], from: number): Settled | undefined {
  for (let i = settled.length - 1; i >= 0; i--) {
    const r = settled[i];
    if (!r || r.sentence < from) return undefined;
    if (r.stance.target !== null) return r;
  }
  return undefined;
}

/** The latest settled claim, in sentence `from` or later, when it is on a target and by the speaker `speaker` (name words): the speaker is still on that target. */
function continuing(settled: readonly Settled[], from: number, speaker: readonly string[]): Settled | undefined {
  const last = settled.at(-1);
  const name = speaker.at(-1);
  return last && name !== undefined && last.sentence >= from && last.stance.target !== null && last.speaker.at(-1) === name ? last : undefined;
}

const outside = (spans: readonly ({ start: number; end: number } | null)[]) => (t: Token) =>
  spans.every((s) => !s || t.end <= s.start || t.start >= s.end);

/** Stances for every claim of `doc`, in the claims layer's order. */
function stancesOf(doc: Doc, lex: StanceLexicons, targets: readonly CompiledTarget[], options: StanceOptions): Stance[] {
  const claims = layer(doc, 'claims');
  const sentences = [...layer(doc, 'sentences')].sort((a, b) => a.start - b.start);
  const words = new DocTokens(doc.text, sentences, layer(doc, 'tokens'));
  const places = new PlaceIndex(words.all, lex, targets.some((t) => t.parties.size > 0));
  const order = claims.map((_, i) => i).sort((a, b) => (claims[a]?.content.start ?? 0) - (claims[b]?.content.start ?? 0));
  const out: Stance[] = new Array<Stance>(claims.length);
  const settled: Settled[] = [];
  for (const i of order) {
    const claim = claims[i] as DocClaim;
    const s = upperBound(sentences, claim.content.start, (x) => x.start) - 1;
    const result = stanceOf(words, places, claim, s, sentences[s], settled, lex, targets, options);
    out[i] = result.stance;
    settled.push(result);
  }
  return out;
}

/**
 * The content's polarity: its attitude and evaluation cues; on a finding, the
 * relation it states (finding.ts) when no cue sets it or the cue that sets
 * it is a word of that relation ("the risk dropped" is no dropped plan).
 */
function ownPolarity(content: Content, terms: readonly { from: number; to: number }[], referent: Referent | null, finding: Finding | null, lex: StanceLexicons, options: StanceOptions): PolarityResult {
  const { cue, ...own } = contentPolarity(content, terms, referent, options);
  if (!finding || (own.polarity !== 'neutral' && !cue)) return own;
  const stated = findingPolarity(content, finding, terms, lex, options.negationWindow, own.polarity === 'neutral' ? null : (cue ?? null));
  return stated ? { polarity: stated, inherited: false } : own;
}

function stanceOf(
  words: DocTokens,
  places: PlaceIndex,
  claim: DocClaim,
  sentence: number,
  span: Sentence | undefined,
  settled: readonly Settled[],
  lex: StanceLexicons,
  targets: readonly CompiledTarget[],
  options: StanceOptions,
): Settled {
  const tokens = words.span(claim.content.start, claim.content.end);
  const cue = claim.cue ? words.span(claim.cue.start, claim.cue.end) : [];
  const content = new Content(tokens, lex);
  const reporting = reportingOf(claim.kind, cue, lex);
  const speakerWords = claim.speaker ? tokenize(claim.speaker.name).filter((t) => t.cap).map((t) => t.lower) : [];
  let target: Target | null = null;
  let terms: readonly { from: number; to: number }[] = [];
  let referent: Referent | null = null;
  if (targets.length > 0) {
    const speaker = claim.speaker ? tokenize(claim.speaker.name === claim.speaker.text ? claim.speaker.text : `${claim.speaker.text} ${claim.speaker.name}`) : [];
    const speakerParties = new Set(places.mentions(speaker).flatMap((m) => (m.country ? [m.country] : [])));
    const hit = findTarget(tokens, targets, places.mentions(tokens), speakerParties, options.window, lex);
    // A hit through argument terms alone ("misses its own numbers", "a home") needs the speaker to be still on the target
    // (the polarity cues and the earlier stances are read only for such a hit).
    const onTarget = (h: NonNullable<typeof hit>): boolean =>
      !h.weak || (takesPosition(content) && (h.spans.length === 0 || continuing(settled, sentence - options.lookback, speakerWords)?.stance.target === h.target.id));
    if (hit && onTarget(hit)) {
      target = hit.target;
      terms = hit.spans;
    } else {
      const phrase = refersBack(content, lex, options.window);
      const topic = span && (phrase || tokens[0]?.lower === 'it') ? words.span(span.start, span.end).filter(outside([claim.content, claim.speaker, claim.cue])) : [];
      const fromTopic = topic.length > 0 ? findTarget(topic, targets, places.mentions(topic), speakerParties, options.window, lex) : null;
      const last = phrase ? lastOnTarget(settled, sentence - options.lookback) : undefined;
      const earlier = last && phrase && heldBy(last, speakerWords, tokens, targets, tokens.slice(phrase.from, phrase.to)) ? last : undefined;
      if (fromTopic) target = fromTopic.target;
      else if (earlier) {
        target = targets.find((t) => t.target.id === earlier.stance.target)?.target ?? null;
        referent = earlier.referent;
      }
    }
  }
  const polarity: PolarityResult =
    target || content.conditions.some((m) => m.value === 'offer-unconditional')
      ? claimPolarity(ownPolarity(content, terms, referent, targets.find((t) => t.target === target)?.finding ?? null, lex, options), cue, reporting, referent, lex)
      : { polarity: 'neutral', inherited: false };
  const condition = conditionOf(content, polarity, referent);
  const stance: Stance = {
    target: target?.id ?? null,
    // The writer takes no position, even on an event that helps or hurts the target.
    polarity: target ? (claim.kind === 'assertion' ? 'neutral' : polarity.polarity) : null,
    certainty: certaintyOf(content, cue, isQuestion(claim.content.text), lex),
    condition,
    reporting,
  };
  return { stance, sentence, referent: { polarity: stance.polarity, condition }, speaker: speakerWords };
}

export const stanceStage = defineStage({
  name: 'stance',
  description: 'stance of every claim toward the document targets: target, polarity, certainty, condition, reporting (ANNOTATION §6)',
  requires: ['sentences', 'tokens', 'claims'],
  assigns: ['stances'],
  options: StanceOptionsSchema,
  create(options) {
    const lex = loadStanceLexicons(options.reportingVerbs);
    // Targets come with each document (a gold file's, a caller's); the same few recur, so compile each set once.
    const compiled = new Map<string, CompiledTarget[]>();
    const compile = (targets: readonly Target[]): CompiledTarget[] => {
      const key = JSON.stringify(targets);
      let c = compiled.get(key);
      if (!c) {
        c = targets.map((t) => compileTarget(t, lex));
        if (compiled.size >= COMPILED_TARGET_SETS) compiled.delete(compiled.keys().next().value ?? '');
        compiled.set(key, c);
      }
      return c;
    };
    return (doc) => withLayer(doc, 'stances', stancesOf(doc, lex, compile(doc.targets), options));
  },
});
