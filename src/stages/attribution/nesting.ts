/** Nested and coordinated attributions within one sentence. */
import type { Context } from './context.js';
import type { Draft } from './draft.js';
import { COORDINATORS } from './spans.js';
import { hasClass, isAdverb, isAux } from './grammar.js';
import { sentenceSubject } from './layouts.js';

/**
 * Nested attributions keep the outermost claim: a candidate whose cue lies in
 * another's reported clause is dropped, unless it is coordinated with it
 * ("said X, but also said Y", "…, adding …"), which cuts the first clause short
 * and gives the second the first one's source when it has none of its own.
 * `quoted`: the sentence's quotation attributions, sources for a cue without one.
 */
export function resolveNesting(ctx: Context, drafts: Draft[], quoted: readonly Draft[] = []): Draft[] {
  const kept: Draft[] = [];
  const ordered = [...drafts].sort((a, b) => a.cueFirst - b.cueFirst);
  for (const d of ordered) {
    const host = kept.find((o) => o !== d && o.first <= d.cueFirst && d.cueFirst < o.last);
    if (host) {
      if (!d.coordinated) continue;
      let cut = d.source && !d.source.relative ? d.source.first : d.cueFirst;
      while (cut > host.first && (isAdverb(ctx.g, ctx.tokens[cut - 1]) || isAux(ctx.g, ctx.tokens[cut - 1]) || COORDINATORS.has(ctx.tokens[cut - 1]!.lower) || hasClass(ctx.g, ctx.tokens[cut - 1], 'contrast') || ctx.tokens[cut - 1]!.text === ',' || ctx.tokens[cut - 1]!.text === ';')) cut--;
      if (cut <= host.first) continue;
      host.last = cut;
      kept.push(d.source ? d : { ...d, source: host.source, continues: host });
      continue;
    }
    if (!d.source) {
      // "X declined to comment …, only saying …", "“…,” X said, adding …": the attribution before it in the
      // sentence (a quotation's included), else the clause's subject
      const before = [...quoted, ...kept].filter((o) => o.cueFirst < d.cueFirst && o.source).sort((a, b) => a.cueFirst - b.cueFirst).pop();
      if (before) {
        kept.push({ ...d, source: before.source, continues: before });
        continue;
      }
      const subject = sentenceSubject(ctx, ctx.sents[d.sent]!, d.cueFirst);
      if (subject) kept.push({ ...d, source: subject });
      continue;
    }
    // an earlier candidate nested inside this one's clause gives way
    for (let k = kept.length - 1; k >= 0; k--) {
      const o = kept[k]!;
      if (d.first <= o.cueFirst && o.cueFirst < d.last && !(o.first <= d.cueFirst && d.cueFirst < o.last)) kept.splice(k, 1);
    }
    kept.push(d);
  }
  return kept.sort((a, b) => a.first - b.first);
}

