/**
 * Runs a program on each side with the same deterministic surroundings: cwd = the folder holding the
 * program's entry, stdin closed, and the environment exactly
 * `{ TZ: 'UTC', LC_ALL: 'C', NO_COLOR: '1', PATH: '/usr/local/bin:/usr/bin:/bin', ...parity-env }`
 * (nothing of the user's environment), argv = the program's `parity-args`.
 */
import type { Program } from './discover.ts';
import { referenceCommand, type PinnedNode } from './reference.ts';
import { runProcess, type ProcessResult } from './run.ts';

/** The fixed part of every program's environment. */
export const BASE_ENV: Readonly<Record<string, string>> = {
  TZ: 'UTC',
  LC_ALL: 'C',
  NO_COLOR: '1',
  PATH: '/usr/local/bin:/usr/bin:/bin',
};

/** Limits applied to every program run. */
export interface RunLimits {
  /** Milliseconds before the process tree is killed. */
  readonly timeoutMs: number;
  /** Bytes kept per output stream before the process tree is killed. */
  readonly capBytes: number;
}

/** The complete environment of `program` on both sides. */
export function programEnv(program: Program): Record<string, string> {
  return { ...BASE_ENV, ...program.directives.env };
}

/** Runs the native executable `exe` for `program`. */
export function runNative(exe: string, program: Program, limits: RunLimits): Promise<ProcessResult> {
  return runProcess({ file: exe, args: program.directives.args, cwd: program.cwd, env: programEnv(program), ...limits });
}

/** Runs `program` under the pinned Node. */
export function runReference(node: PinnedNode, program: Program, limits: RunLimits): Promise<ProcessResult> {
  const command = referenceCommand(node, program.entry, program.directives.args);
  return runProcess({ ...command, cwd: program.cwd, env: programEnv(program), ...limits });
}
