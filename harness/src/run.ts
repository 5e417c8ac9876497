/**
 * Runs one program process (a native executable or the reference Node) under the harness's limits:
 * stdin is /dev/null (reads see end of file), the child leads its own process group so a timeout or an
 * output cap kills the whole process tree (SIGKILL to the group), stdout and stderr are collected as
 * raw bytes up to a cap, and the environment is exactly the one given (nothing inherited).
 */
import { execa } from 'execa';
import type { Readable } from 'node:stream';
import { killProcessGroup, trackProcessGroup, untrackProcessGroup } from './cleanup.ts';

/** What to run. Paths are never interpolated into a shell: `file` and `args` go to execve as-is. */
export interface RunRequest {
  /** Executable path. */
  readonly file: string;
  readonly args: readonly string[];
  /** Working directory of the child. */
  readonly cwd: string;
  /** The child's complete environment. */
  readonly env: Readonly<Record<string, string>>;
  /** Wall-clock limit in milliseconds; the process group is killed when it is reached. */
  readonly timeoutMs: number;
  /** Maximum bytes kept per stream; the process group is killed when either stream exceeds it. */
  readonly capBytes: number;
}

/** How one process ended and what it printed. */
export interface ProcessResult {
  /** Raw stdout bytes (at most `capBytes`). */
  readonly stdout: Buffer;
  /** Raw stderr bytes (at most `capBytes`). */
  readonly stderr: Buffer;
  /** Exit code, or null when the process was ended by a signal. */
  readonly exitCode: number | null;
  /** Name of the signal that ended the process (e.g. `SIGSEGV`), or null. */
  readonly signal: string | null;
  /** True when the harness killed the process for exceeding `timeoutMs`. */
  readonly timedOut: boolean;
  /** Streams that exceeded `capBytes` (the harness then killed the process). */
  readonly capped: readonly ('stdout' | 'stderr')[];
  /** Wall-clock duration in milliseconds. */
  readonly durationMs: number;
  /** Set when the process could not be started at all (e.g. ENOENT, EACCES): the OS error message. */
  readonly spawnError?: string;
}

/** After a timeout kill, how long to wait for the output pipes to close before giving up on them. */
const GRACE_MS = 1000;

/** Collects a stream's bytes up to `cap`; calls `onOverflow` once when more arrives. */
function collect(stream: Readable | null, cap: number, onOverflow: () => void): () => Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflowed = false;
  stream?.on('data', (chunk: Buffer) => {
    if (overflowed) return;
    const room = cap - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      size = cap;
      overflowed = true;
      onOverflow();
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks, size);
}

/**
 * Runs `request` to completion and reports how it ended. Never throws for a failing program: a
 * non-zero exit, a signal, a timeout, an output overflow or a failure to start are all results.
 */
export async function runProcess(request: RunRequest): Promise<ProcessResult> {
  const started = performance.now();
  const child = execa(request.file, [...request.args], {
    cwd: request.cwd,
    env: { ...request.env },
    extendEnv: false,
    stdin: 'ignore',
    buffer: false,
    detached: true,
    reject: false,
    encoding: 'buffer',
  });
  const pid = child.pid;
  if (pid !== undefined) trackProcessGroup(pid);
  let timedOut = false;
  const capped: ('stdout' | 'stderr')[] = [];
  const kill = (): void => {
    if (pid !== undefined) killProcessGroup(pid);
  };
  const stdout = collect(child.stdout, request.capBytes, () => { capped.push('stdout'); kill(); });
  const stderr = collect(child.stderr, request.capBytes, () => { capped.push('stderr'); kill(); });
  let grace: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
    // A descendant that left the process group may still hold the pipes open: stop waiting for them.
    grace = setTimeout(() => { child.stdout?.destroy(); child.stderr?.destroy(); }, GRACE_MS);
  }, request.timeoutMs);
  try {
    const result = await child;
    const spawnError = pid === undefined ? String(result.originalMessage ?? result.message) : undefined;
    return {
      stdout: stdout(),
      stderr: stderr(),
      exitCode: result.exitCode ?? null,
      signal: result.signal ?? null,
      timedOut,
      capped,
      durationMs: performance.now() - started,
      ...(spawnError === undefined ? {} : { spawnError }),
    };
  } finally {
    clearTimeout(timer);
    clearTimeout(grace);
    if (pid !== undefined) {
      // Reap anything the program left running in its group (background children).
      killProcessGroup(pid);
      untrackProcessGroup(pid);
    }
  }
}
