/**
 * The nightly's benchmarks: `npm run bench -- --runs N --json FILE` (bench/run.ts) in a child process
 * of the pinned Node, so the timed programs never share a process with the rest of the nightly. The
 * console table goes to `bench.txt`, the JSON (BenchResults) to `bench.json`.
 */
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../layout.ts';
import { PINNED_NODE } from '../reference.ts';
import type { BenchResults, BenchSummary } from './model.ts';

/** The benchmark runner could not run (usage error, no pinned Node, a crash): the message has its stderr. */
export class BenchSetupError extends Error {}

/** The runner script. */
export const BENCH_SCRIPT = path.join(PROJECT_ROOT, 'bench', 'run.ts');

/**
 * Runs every benchmark with `runs` timed runs per side, writing the JSON to `jsonFile`. Returns the
 * summary and the console table. A benchmark that failed to compile or mismatched is a row of the
 * results (exit code 1), not an error. Errors: BenchSetupError when the runner ends with another exit
 * code or writes no JSON.
 */
export async function runNightlyBench(runs: number, jsonFile: string): Promise<{ summary: BenchSummary; text: string }> {
  const started = performance.now();
  const r = await execa(PINNED_NODE, [BENCH_SCRIPT, '--runs', String(runs), '--json', jsonFile], { cwd: PROJECT_ROOT, reject: false });
  const json = await readFile(jsonFile, 'utf8').catch(() => undefined);
  if ((r.exitCode !== 0 && r.exitCode !== 1) || json === undefined) {
    throw new BenchSetupError(`npm run bench -- --runs ${runs} --json ${jsonFile} ended with ${r.exitCode ?? r.signal ?? 'no exit code'}:\n${String(r.stderr).trim()}`);
  }
  return {
    summary: { results: JSON.parse(json) as BenchResults, exitCode: r.exitCode, wallMs: performance.now() - started },
    text: String(r.stdout),
  };
}
