/**
 * A fake native side for harness tests: a NativeBuilder whose "executables" are small shell scripts.
 * By default a program's executable runs the program under the pinned Node (so it behaves exactly
 * like the reference); a behaviour per program id makes it crash, hang, print differently, be
 * rejected with a diagnostic, or make the builder throw.
 */
import { createHash } from 'node:crypto';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from '../../../compiler/src/driver/options.ts';
import type { NativeBuilder, NativeBuildResult } from '../../src/builder.ts';
import { PINNED_NODE } from '../../src/reference.ts';

/** How the fake native side treats one program. */
export type FakeBehaviour =
  | 'node' // runs the program under the pinned Node: same output as the reference
  | 'crash' // the executable kills itself with SIGSEGV
  | 'hang' // the executable starts a background child and both sleep forever
  | 'differ' // the executable prints something else
  | 'reject' // the build fails with a TSN diagnostic (exit code 1)
  | 'throw' // the builder throws
  | 'planted'; // runs under the pinned Node with a planted runtime bug: padEnd never pads (see planted-bug.ts)

/** A fake builder plus a log of the builds it did (program entries, in call order). */
export interface FakeBuilder extends NativeBuilder {
  readonly builds: string[];
}

/** The module that plants the runtime bug of the `planted` behaviour. */
const PLANTED_BUG = path.join(path.dirname(fileURLToPath(import.meta.url)), 'planted-bug.ts');

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function script(behaviour: FakeBehaviour, entry: string): string {
  switch (behaviour) {
    case 'crash':
      return 'echo "about to crash"\nkill -SEGV $$\n';
    case 'hang':
      return 'sleep 300 &\necho $! > hang-child.pid\nwait\n';
    case 'differ':
      return 'echo "not what node prints"\n';
    case 'planted':
      return `exec ${quote(PINNED_NODE)} --import ${quote(PLANTED_BUG)} --experimental-strip-types ${quote(entry)} "$@"\n`;
    default:
      return `exec ${quote(PINNED_NODE)} --experimental-strip-types ${quote(entry)} "$@"\n`;
  }
}

/**
 * A fake builder. `behaviours` maps a program id's name part (`0003-uncaught`) to a behaviour
 * (default `node`); `foldText` is written as the fold report when one is asked for.
 */
export function fakeBuilder(behaviours: Readonly<Record<string, FakeBehaviour>> = {}, foldText = 'fold: 1 + 2 -> 3\n'): FakeBuilder {
  const builds: string[] = [];
  return {
    builds,
    // A different fake compiler (behaviours, fold text) must not reuse another one's cached builds.
    fingerprint: async () => createHash('sha256').update(JSON.stringify([Object.entries(behaviours).sort(), foldText])).digest('hex'),
    async build(options: BuildOptions): Promise<NativeBuildResult> {
      const entry = path.resolve(options.entry);
      builds.push(entry);
      const name = path.basename(entry) === 'main.ts' ? path.basename(path.dirname(entry)) : path.basename(entry, '.ts');
      const behaviour = behaviours[name] ?? 'node';
      if (behaviour === 'throw') throw new Error('fake compiler bug');
      if (behaviour === 'reject') {
        const shown = path.relative(process.cwd(), entry);
        return { exitCode: 1, diagnosticsText: `${shown}:1:15 error TSN9001: Proxy is not supported\n`, timings: { compileMs: 1, ccMs: 0 } };
      }
      await writeFile(options.output, `#!/bin/sh\n${script(behaviour, entry)}`);
      await chmod(options.output, 0o755);
      if (options.emitC !== undefined) await writeFile(options.emitC, `/* fake C for ${name} */\n`);
      if (options.foldReport !== undefined) await writeFile(options.foldReport, foldText);
      return { exitCode: 0, diagnosticsText: '', timings: { compileMs: 1, ccMs: 1 } };
    },
  };
}
