#!/usr/bin/env node
/**
 * The claimkit command line: a thin layer over the library. Each command's
 * module is imported when it runs, so `extract`, whose main thread only reads
 * and writes while workers run the pipeline, does not load the pipeline there.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimkitError } from '../core/errors.js';

export const HELP = `claimkit: news articles in, structured checkable claims out.

Usage: claimkit <command> [options]

Commands:
  extract <file|dir|-> ...   extract claims, dates, numbers and stance (see extract --help)
  eval <goldset|corpus>      score a pipeline against gold (see eval --help)
  render <files> --out DIR   HTML review pages per article and an index (see render --help)
  stance <dir|jsonl>         each speaker's stance per target over time (see stance --help)
  gold fill|check ...        author and check hand-labeled gold files (see gold --help)
  schema [--out FILE]        print the JSON Schema of the output

Examples:
  claimkit extract corpus/articles --out output
  claimkit extract article.txt --date 2024-03-25 --jsonl -
  claimkit eval corpus --pipeline japan-dprk
  claimkit render output --gold corpus --out review`;

export async function main(argv: string[], stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await (await import('./extract.js')).extractCommand(rest, stdout, stderr);
      case 'eval':
        return await (await import('./eval.js')).evalCommand(rest);
      case 'gold':
        return (await import('./gold.js')).goldCommand(rest, stdout, stderr);
      case 'render':
        return await (await import('./render.js')).renderCommand(rest, stdout, stderr);
      case 'stance':
        return await (await import('./stance.js')).stanceCommand(rest, stdout);
      case 'schema':
        return (await import('./schema.js')).schemaCommand(rest, stdout);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        stdout.write(`${HELP}\n`);
        return command === undefined ? 1 : 0;
      default:
        stderr.write(`claimkit: unknown command ${command}\n\n${HELP}\n`);
        return 1;
    }
  } catch (e) {
    if (e instanceof ClaimkitError || (e instanceof Error && 'code' in e && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')) {
      stderr.write(`claimkit: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
