/** `claimkit gold`: author gold files from drafts and check gold sets. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimkitError } from '../core/errors.js';
import { AuthoringError, fillGold } from '../gold/author.js';
import { validateGold } from '../gold/validate.js';

export const GOLD_HELP = `Usage:
  claimkit gold fill <draft.json> <article.txt> [--out FILE]
      Fill the offsets and text hash of a hand-written draft whose spans carry
      only their text (see docs/annotation.md, "Authoring"), check it, and print
      or write the gold file. Exit 2 with the first problem.
  claimkit gold check <goldset-dir>
      Check every gold/<id>.json of a gold set against articles/<id>.txt.`;

export function goldCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
  if (sub === 'fill' && positionals.length === 2) {
    const [draftPath = '', textPath = ''] = positionals;
    const text = readFileSync(textPath, 'utf8');
    let gold: Record<string, unknown>;
    try {
      gold = fillGold(JSON.parse(readFileSync(draftPath, 'utf8')) as Record<string, unknown>, text);
    } catch (e) {
      if (!(e instanceof AuthoringError)) throw e;
      stderr.write(`claimkit gold fill: ${e.message}\n`);
      return 2;
    }
    const { problems } = validateGold(gold, text);
    for (const p of problems) stderr.write(`claimkit gold fill: ${p}\n`);
    const json = `${JSON.stringify(gold, null, 2)}\n`;
    if (values.out === undefined) stdout.write(json);
    else writeFileSync(values.out, json);
    return problems.length > 0 ? 2 : 0;
  }
  if (sub === 'check' && positionals.length === 1) {
    const dir = positionals[0] ?? '';
    let bad = 0;
    const files = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort();
    for (const file of files) {
      const id = file.replace(/\.json$/, '');
      const { problems } = validateGold(JSON.parse(readFileSync(join(dir, 'gold', file), 'utf8')), readFileSync(join(dir, 'articles', `${id}.txt`), 'utf8'));
      for (const p of problems) stderr.write(`${id}: ${p}\n`);
      if (problems.length > 0) bad++;
    }
    stdout.write(`${files.length} gold file(s) checked, ${bad} with problems\n`);
    return bad > 0 ? 2 : 0;
  }
  if (sub === '--help' || sub === '-h') {
    stdout.write(`${GOLD_HELP}\n`);
    return 0;
  }
  throw new ClaimkitError('E_BAD_INPUT', `gold: expected fill <draft> <article> or check <dir>\n\n${GOLD_HELP}`);
}
