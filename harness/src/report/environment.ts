/** The environment a report records: versions of the pieces that decide its outcomes. */
import { execa } from 'execa';
import os from 'node:os';
import type { Report } from './model.ts';

async function firstLine(file: string, args: string[], cwd: string): Promise<string | undefined> {
  const r = await execa(file, args, { cwd, reject: false });
  return r.exitCode === 0 ? String(r.stdout).split('\n')[0].trim() : undefined;
}

/**
 * Collects the report environment: `node` and `recordedNode` as given, the compiler's git revision
 * (`git rev-parse HEAD` in `projectRoot`, `+dirty` when the work tree has changes, `unknown` without
 * git history), the C compiler (`$CC` or `cc`, first line of `--version`), OS and CPU count.
 */
export async function collectEnvironment(projectRoot: string, node: string | null, recordedNode: string | null): Promise<Report['environment']> {
  const rev = await firstLine('git', ['rev-parse', '--short=12', 'HEAD'], projectRoot);
  const dirty = rev === undefined ? undefined : await firstLine('git', ['status', '--porcelain', '--untracked-files=no'], projectRoot);
  const cc = process.env.CC ?? 'cc';
  return {
    node,
    recordedNode,
    compilerRevision: rev === undefined ? 'unknown' : `${rev}${dirty === undefined || dirty === '' ? '' : '+dirty'}`,
    cc: (await firstLine(cc, ['--version'], projectRoot)) ?? `${cc} (version unknown)`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.availableParallelism(),
  };
}
