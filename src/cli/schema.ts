/** `claimkit schema`: the JSON Schema of the output, generated from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ErrorRecordSchema, ResultSchema } from '../schema/result.js';

export function jsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.union([ResultSchema, ErrorRecordSchema])),
    $id: 'https://claimkit.dev/schema/v1/result.json',
    title: 'claimkit result (schema version 1): one article, or an error record in its place',
  };
}

export function schemaCommand(argv: string[], stdout: NodeJS.WritableStream): number {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  const text = `${JSON.stringify(jsonSchema(), null, 2)}\n`;
  if (values.out === undefined) {
    stdout.write(text);
  } else {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, text);
  }
  return 0;
}
