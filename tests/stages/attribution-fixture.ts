/**
 * Builds a document for the quotes, attribution and speakers tests: a
 * hand-made sentences layer (one sentence per ". ", "! " or "? " and per
 * line; a first line starting "# " is a headline, a line starting "~ " is
 * boilerplate) and a dates layer from the surface forms given.
 */
import { createDoc, withLayer, type Doc } from '../../src/core/document.js';
import type { DocClaim } from '../../src/core/layers.js';
import type { DateMention, Sentence, SentenceRole } from '../../src/schema/result.js';
import { attributionStage } from '../../src/stages/attribution/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { speakersStage } from '../../src/stages/speakers/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

const ctx = { pipeline: 'test' };
const quotes = quotesStage.create({});
const tokens = tokensStage.create({});
const attribution = attributionStage.create({});
const speakers = speakersStage.create({});

/** Abbreviations that do not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\.S|U\.N)\.$/;

/** The article text (markers removed) and its sentences. */
function sentencesOf(marked: string): { text: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const raw of marked.split('\n')) {
    const role: SentenceRole = raw.startsWith('# ') ? 'headline' : raw.startsWith('~ ') ? 'boilerplate' : 'body';
    const line = role === 'body' ? raw : raw.slice(2);
    const re = /[^\s].*?(?:[.!?][”"’')]*(?=\s|$)|$)/g;
    let merge = false;
    for (const m of line.matchAll(re)) {
      if (m[0].trim() === '') continue;
      const start = offset + m.index;
      const end = start + m[0].trimEnd().length;
      const prev = sentences[sentences.length - 1];
      if (merge && prev) sentences[sentences.length - 1] = { ...prev, end };
      else sentences.push({ start, end, role });
      merge = ABBREVIATION.test(m[0].trimEnd());
    }
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), sentences };
}

/** A document with sentences and dates, before the quotes stage. */
export function articleDoc(marked: string, dates: Readonly<Record<string, string>> = {}): Doc {
  const { text, sentences } = sentencesOf(marked);
  const found: DateMention[] = [];
  for (const [surface, value] of Object.entries(dates)) {
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) {
      found.push({ start: m.index, end: m.index + surface.length, text: surface, type: 'DATE', value });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return withLayer(withLayer(createDoc({ text, date: '2021-03-30' }), 'sentences', sentences), 'dates', found);
}

/** The document after quotes, tokens and attribution (and speakers, when `resolve` is set). */
export function analyse(marked: string, dates: Readonly<Record<string, string>> = {}, resolve = false): Doc {
  const doc = attribution(tokens(quotes(articleDoc(marked, dates), ctx), ctx), ctx);
  return resolve ? speakers(doc, ctx) : doc;
}

/** A claim in one line: kind | speaker | cue | content (| statedOn value when there is one). */
export function line(c: DocClaim): string {
  const parts = [c.kind, c.speaker?.text ?? '-', c.cue?.text ?? '-', c.content.text];
  if (c.statedOn) parts.push(`@${c.statedOn.value}`);
  return parts.join(' | ');
}
