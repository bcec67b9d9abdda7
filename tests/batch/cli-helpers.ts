/** Running the CLI in tests: as a process (standard input, signals), or inside the test process (faster; its workers are real threads). */
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input: input ?? '', timeout: 60_000 });

export async function inProcess(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const capture = () => {
    const stream = new PassThrough();
    const text = { value: '' };
    stream.on('data', (d: Buffer) => (text.value += d.toString()));
    return { stream, text };
  };
  const stdout = capture();
  const stderr = capture();
  const status = await main(args, stdout.stream, stderr.stream);
  return { status, stdout: stdout.text.value, stderr: stderr.text.value };
}
