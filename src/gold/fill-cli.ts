/** `tsx src/gold/fill-cli.ts <draft.json> <article.txt>`: prints the filled gold file, or the first problem. */
import { readFileSync } from 'node:fs';
import { AuthoringError, fillGold } from './author.js';
import { validateGold } from './validate.js';

const [draftPath, textPath] = process.argv.slice(2);
if (!draftPath || !textPath) {
  process.stderr.write('usage: tsx src/gold/fill-cli.ts <draft.json> <article.txt>\n');
  process.exit(1);
}
const text = readFileSync(textPath, 'utf8');
try {
  const gold = fillGold(JSON.parse(readFileSync(draftPath, 'utf8')), text);
  const { problems } = validateGold(gold, text);
  for (const p of problems) process.stderr.write(`problem: ${p}\n`);
  process.stdout.write(`${JSON.stringify(gold, null, 2)}\n`);
  process.exit(problems.length > 0 ? 2 : 0);
} catch (e) {
  if (!(e instanceof AuthoringError)) throw e;
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(2);
}
