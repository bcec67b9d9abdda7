/**
 * A strict little HTML reader for the tests: parses the well-formed fragments
 * the renderer writes into a tree, and throws on a closing tag that does not
 * match the open element (so "well nested" is checked by parsing at all).
 */

export interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
}
export type Node = Element | string;

const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'path', 'circle', 'line']);
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '');

const TOKEN = /<\/([a-z0-9]+)>|<([a-z0-9]+)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*(\/?)>|<!doctype html>|([^<]+)/gi;
const ATTR = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/gi;

export function parse(html: string): Element {
  const root = { tag: '#root', attrs: {}, children: [] as Node[] };
  const stack: { tag: string; attrs: Record<string, string>; children: Node[] }[] = [root];
  let consumed = 0;
  for (const m of html.matchAll(TOKEN)) {
    if (m.index !== consumed) throw new Error(`unparsed input at ${consumed}: ${html.slice(consumed, consumed + 40)}`);
    consumed = m.index + m[0].length;
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (m[1] !== undefined) {
      if (top.tag !== m[1].toLowerCase()) throw new Error(`</${m[1]}> closes <${top.tag}> at ${m.index}`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[(a[1] as string).toLowerCase()] = decode(a[2] ?? '');
      const el = { tag: m[2].toLowerCase(), attrs, children: [] as Node[] };
      top.children.push(el);
      if (!VOID.has(el.tag) && m[4] !== '/') stack.push(el);
    } else if (m[5] !== undefined) top.children.push(decode(m[5]));
  }
  if (consumed !== html.length) throw new Error(`unparsed input at ${consumed}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.tag}>`);
  return root;
}

export const isElement = (n: Node): n is Element => typeof n !== 'string';
export const hasClass = (e: Element, name: string): boolean => (e.attrs['class'] ?? '').split(/\s+/).includes(name);

/** Every element below `root`, in document order. */
export function all(root: Element, test: (e: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export function byId(root: Element, id: string): Element {
  const found = all(root, (e) => e.attrs['id'] === id);
  if (found.length !== 1) throw new Error(`${found.length} elements with id ${id}`);
  return found[0] as Element;
}

/** The text of an element, leaving out elements with one of the `skip` classes. */
export function text(e: Element, skip: readonly string[] = []): string {
  return e.children.map((c) => (isElement(c) ? (skip.some((s) => hasClass(c, s)) ? '' : text(c, skip)) : c)).join('');
}
