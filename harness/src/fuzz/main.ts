/**
 * The comptime fuzzer as a function: parses the command line, runs a session in a private temporary
 * folder, prints each shrunk failure (and saves it with --save) and the summary. Returns the exit
 * code: 0 when nothing failed, 1 on failures, 2 for a usage or harness error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { trackTempPath, untrackTempPath } from '../cleanup.ts';
import { layoutOf, PROJECT_ROOT } from '../layout.ts';
import { FUZZ_USAGE, FuzzUsageError, parseFuzzArgs } from './args.ts';
import { formatFailure, formatProgress, formatSummary } from './report.ts';
import { saveFailure } from './save.ts';
import { runSession } from './session.ts';
import { fuzzCompiler } from './toolchain.ts';

/** Where the fuzzer writes its text. */
export interface FuzzOutput {
  write(text: string): void;
}

/** Runs the fuzzer for `argv`; see the module doc. `root`: folder whose corpus --save writes to. */
export async function fuzzMain(argv: readonly string[], out: FuzzOutput, root = PROJECT_ROOT): Promise<number> {
  let options;
  try {
    options = parseFuzzArgs(argv);
  } catch (error) {
    if (!(error instanceof FuzzUsageError)) throw error;
    out.write(`fuzz:comptime: ${error.message}\n\n${FUZZ_USAGE}`);
    return 2;
  }
  if (options.help) {
    out.write(FUZZ_USAGE);
    return 0;
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'tsn-fuzz-'));
  trackTempPath(work);
  try {
    const compiler = await fuzzCompiler(options.cc);
    out.write(`comptime fuzz: seed ${options.seed}, ${options.runs} programs of ~${options.exprsPerProgram} expressions, depth <= ${options.maxDepth}, `
      + `-O${options.optLevel}, C compiler ${compiler.command} (${compiler.version})\n`);
    let lastProgress = 0;
    const shape = { ...options, cc: compiler.command };
    const result = await runSession({
      ...shape,
      work,
      onProgress: (stats) => {
        if (performance.now() - lastProgress < 5000) return;
        lastProgress = performance.now();
        out.write(`${formatProgress(stats)}\n`);
      },
    });
    for (const failure of result.failures) {
      out.write(formatFailure(failure, shape));
      if (options.save) out.write(`  saved as ${path.relative(root, await saveFailure(layoutOf(root), failure))}\n`);
    }
    out.write(formatSummary(result.stats, result.failures));
    return result.failures.length === 0 ? 0 : 1;
  } catch (error) {
    out.write(`fuzz:comptime: harness error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  } finally {
    await rm(work, { recursive: true, force: true });
    untrackTempPath(work);
  }
}
