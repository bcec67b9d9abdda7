/**
 * Inline markup over a text from possibly nested or crossing spans, built
 * from sorted boundary events rather than string replacement: at every
 * offset where a span starts or ends, the open elements that end there are
 * closed (with any opened inside them, which are reopened as continuation
 * pieces), then the ones that start or continue are opened, longest first.
 * The output is always well nested, and every character of the text appears
 * exactly once, escaped, in its original order.
 */
import { attrs, escapeHtml, type Attrs } from './html.js';

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Among marks opening at the same offset with the same end: lower ranks go outside. */
  readonly rank: number;
  readonly tag: string;
  /** The attributes of the first piece. */
  readonly attrs: Attrs;
  /** The attributes of continuation pieces, when a crossing span splits this one (default: the first piece's without `id` and `tabindex`). */
  readonly continued?: Attrs;
  /** HTML put right after the first opening tag. */
  readonly prefix?: string;
  /** HTML put right before the last closing tag. */
  readonly suffix?: string;
}

interface Open {
  readonly mark: Mark;
  readonly order: number;
  /** The opening tag of a continuation piece, built when first needed. */
  continued?: string;
}

function continuedAttrs(mark: Mark): Attrs {
  if (mark.continued) return mark.continued;
  const { id: _id, tabindex: _tabindex, ...rest } = mark.attrs;
  return { ...rest, 'data-continued': true };
}

const outerFirst = (a: Open, b: Open): number => b.mark.end - a.mark.end || a.mark.rank - b.mark.rank || a.order - b.order;

/**
 * The text as HTML with the marks applied. Marks outside the text or empty are
 * ignored. `textHtml` turns a run of plain text into HTML (default: escaped).
 */
export function markup(text: string, marks: readonly Mark[], textHtml: (run: string) => string = escapeHtml): string {
  const kept = marks
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((mark, order): Open => ({ mark, order }))
    .sort((a, b) => a.mark.start - b.mark.start || outerFirst(a, b));
  const boundaries = [...new Set(kept.flatMap(({ mark }) => [mark.start, mark.end]))].sort((a, b) => a - b);
  const stack: Open[] = [];
  const out: string[] = [];
  let next = 0;
  let at = 0;
  for (const b of boundaries) {
    if (b > at) out.push(textHtml(text.slice(at, b)));
    at = b;
    const deepest = stack.findIndex((o) => o.mark.end === b);
    const reopen: Open[] = [];
    if (deepest !== -1) {
      while (stack.length > deepest) {
        const o = stack.pop() as Open;
        const last = o.mark.end === b;
        out.push(`${last ? (o.mark.suffix ?? '') : ''}</${o.mark.tag}>`);
        if (!last) reopen.push(o);
      }
    }
    const opening: Open[] = [];
    while (next < kept.length && (kept[next] as Open).mark.start === b) opening.push(kept[next++] as Open);
    const pushing = reopen.length === 0 ? opening : [...reopen, ...opening].sort(outerFirst);
    for (const o of pushing) {
      if (o.mark.start === b) out.push(`<${o.mark.tag}${attrs(o.mark.attrs)}>${o.mark.prefix ?? ''}`);
      else out.push((o.continued ??= `<${o.mark.tag}${attrs(continuedAttrs(o.mark))}>`));
      stack.push(o);
    }
  }
  if (at < text.length) out.push(textHtml(text.slice(at)));
  return out.join('');
}
