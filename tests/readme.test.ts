import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

/** The README's library example must print what the README says it prints. */
describe('README library example', () => {
  const readme = readFileSync('README.md', 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const printed = /prints\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it('prints the output shown', () => {
    const text = /const text = `([\s\S]*?)`;/.exec(code)?.[1] ?? '';
    const call = /extract\(text, (\{[^}]*\})\)/.exec(code)?.[1] ?? '';
    const options = JSON.parse(call.replace(/(\w+):/g, '"$1":').replace(/'/g, '"')) as Parameters<typeof extract>[1];
    const result = extract(text, options);
    const lines: string[] = result.claims.map((c) =>
      [c.kind, '|', c.speaker?.name ?? '-', '|', c.cue?.text ?? '-', '|', c.statedOn?.value ?? '-', '|', String(c.stance.target), String(c.stance.polarity)].join(' '),
    );
    const list = (items: string[]) => `[ ${items.map((i) => `'${i}'`).join(', ')} ]`;
    lines.push(`${list(result.dates.map((d) => `${d.text}=${d.value}`))} ${list(result.numbers.map((n) => `${n.text}=${n.value} ${n.unit}`))}`);
    expect(text.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toBe(printed.trim());
  });
});
