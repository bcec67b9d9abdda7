/** Building HTML as strings: escaping and attribute lists. */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and double-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Attribute values: `true` writes a bare attribute, `false`, `null` and `undefined` leave it out. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function attrs(list: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(list)) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** An element with already-built inner HTML. */
export const el = (tag: string, list: Attrs, inner: string): string => `<${tag}${attrs(list)}>${inner}</${tag}>`;

/** Space-separated class names, the falsy ones left out. */
export const classes = (...names: readonly (string | false | null | undefined)[]): string => names.filter(Boolean).join(' ');

/** A string safe as part of an id or a file name: letters, digits, `.`, `_` and `-`. */
export const slug = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '_') || '_';

/** A figure between 0 and 1 as shown in tables: three decimals, or an en dash for null. */
export const figure = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : v.toFixed(3));
