/**
 * Runs one engine process with a wall-clock limit and collects what the verdict needs: exit code,
 * signal, whether it timed out, stdout and stderr.
 */
import { execa } from 'execa';

/** The raw result of one process. */
export interface ProcessResult {
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Bytes of stdout or stderr kept per process; a test printing more is cut (and fails if that matters). */
const MAX_BUFFER = 1 << 20;

/** Runs `file` with `args`, killing it after `timeoutMs`. Never rejects for the program's behaviour. */
export async function runProcess(file: string, args: readonly string[], timeoutMs: number): Promise<ProcessResult> {
  const r = await execa(file, args, { reject: false, timeout: timeoutMs, maxBuffer: MAX_BUFFER, stdin: 'ignore', encoding: 'utf8', stripFinalNewline: false });
  if (r.failed && r.exitCode === undefined && r.signal === undefined && !r.timedOut) {
    throw new Error(`cannot run ${file}: ${r.shortMessage}`);
  }
  return { exitCode: r.exitCode, signal: r.signal, timedOut: r.timedOut, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** The text shown for a process in reports: stdout, then stderr, each labelled when present. */
export function processOutput(r: ProcessResult): string {
  return [r.stdout === '' ? '' : `stdout:\n${r.stdout}`, r.stderr === '' ? '' : `stderr:\n${r.stderr}`].filter((s) => s !== '').join('\n');
}
