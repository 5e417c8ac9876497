/**
 * `npm run bench`: builds every benchmark case with the compiler's library API into a temporary
 * folder, checks the native stdout and exit code against the pinned Node's, then times both sides
 * (see USAGE in args.ts), prints the table (table.ts) on stdout and progress on stderr, and with
 * `--json FILE` writes the results atomically. Exit 0 when every case was timed, 1 when one was not
 * (compile error, MISMATCH, run error), 2 for a usage error or a missing pinned Node.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildResult } from '../compiler/src/driver/build.ts';
import { DEFAULT_OPT_LEVEL } from '../compiler/src/driver/options.ts';
import { UsageError } from '../harness/src/args.ts';
import { writeFileAtomic } from '../harness/src/atomic.ts';
import { installInterruptHandlers, trackTempPath, untrackTempPath } from '../harness/src/cleanup.ts';
import { unifiedDiff } from '../harness/src/diffs.ts';
import { PinnedNodeError, referenceCommand, resolvePinnedNode, type PinnedNode } from '../harness/src/reference.ts';
import { parseBenchArgs, USAGE, type BenchOptions } from './args.ts';
import { discoverCases, selectCases } from './cases.ts';
import { measureRun, type MeasuredRun, type RunSettings } from './measure.ts';
import type { BenchCase, BenchRow, Measurement } from './model.ts';
import { GNU_TIME, gnuTimeAvailable } from './peak-rss.ts';
import { geometricMean, median } from './stats.ts';
import { formatTable } from './table.ts';

/** What every case of a run shares. */
interface Session {
  readonly node: PinnedNode;
  readonly settings: RunSettings;
  readonly runs: number;
  /** Temporary folder receiving the executables. */
  readonly workDir: string;
  /** The untimed checking run of each program under Node, shared by both gates. */
  readonly nodeChecks: Map<string, Promise<MeasuredRun>>;
}

function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

async function safeBuild(c: BenchCase, exe: string): Promise<BuildResult> {
  try {
    return await build({ entry: c.entry, output: exe, comptime: c.gate, optLevel: DEFAULT_OPT_LEVEL });
  } catch (error) {
    return { exitCode: 2, diagnosticsText: `build() threw: ${(error as Error).stack ?? String(error)}\n`, timings: { compileMs: 0, ccMs: 0 } };
  }
}

/** Why `run` is not a clean run (exit 0, no failure), with its stderr; undefined when it is clean. */
function runProblem(side: string, run: MeasuredRun): string | undefined {
  if (run.failure !== undefined) return `${side}: ${run.failure}\n${run.stderr}`;
  if (run.exitCode !== 0) return `${side} ended with ${run.exitCode === null ? 'a signal' : `exit code ${run.exitCode}`}\n${run.stderr}`;
  return undefined;
}

function measurement(runs: readonly MeasuredRun[]): Measurement {
  const rss = runs.map((r) => r.peakRssKiB);
  return {
    medianMs: median(runs.map((r) => r.wallMs)),
    runsMs: runs.map((r) => r.wallMs),
    peakRssKiB: rss.includes(null) ? null : Math.max(...(rss as number[])),
  };
}

/** Builds, checks and times one case. Never throws for a failing program. */
async function benchCase(session: Session, c: BenchCase): Promise<BenchRow> {
  const base = { name: c.name, gate: c.gate, label: c.label };
  progress(`${c.label}: building`);
  const exe = path.join(session.workDir, `${c.name}-comptime-${c.gate}`);
  const built = await safeBuild(c, exe);
  const compiled = { ...base, compileMs: built.timings.compileMs, ccMs: built.timings.ccMs };
  if (built.exitCode !== 0) {
    return { ...compiled, status: 'compile-error', detail: built.diagnosticsText || `build() ended with exit code ${built.exitCode}\n` };
  }
  const withBinary = { ...compiled, binaryBytes: (await stat(exe)).size };
  const cwd = path.dirname(c.entry);
  const nodeCommand = referenceCommand(session.node, c.entry, []);
  const nativeCommand = { file: exe, args: [] };
  progress(`${c.label}: checking native against node`);
  let nodeCheck = session.nodeChecks.get(c.name);
  if (nodeCheck === undefined) {
    nodeCheck = measureRun(nodeCommand, cwd, session.settings);
    session.nodeChecks.set(c.name, nodeCheck);
  }
  const expected = await nodeCheck;
  const nodeProblem = runProblem('the pinned Node', expected);
  if (nodeProblem !== undefined) return { ...withBinary, status: 'run-error', detail: nodeProblem };
  const actual = await measureRun(nativeCommand, cwd, session.settings);
  if (actual.failure !== undefined) return { ...withBinary, status: 'run-error', detail: `native: ${actual.failure}\n${actual.stderr}` };
  if (!actual.stdout.equals(expected.stdout)) {
    return { ...withBinary, status: 'mismatch', detail: unifiedDiff(`${c.label} stdout (node)`, `${c.label} stdout (native)`, expected.stdout, actual.stdout) };
  }
  if (actual.exitCode !== expected.exitCode) {
    return { ...withBinary, status: 'mismatch', detail: `exit code: node ${expected.exitCode}, native ${actual.exitCode ?? 'signal'}\n${actual.stderr}` };
  }
  progress(`${c.label}: timing ${session.runs} run${session.runs === 1 ? '' : 's'} per side`);
  const nativeRuns: MeasuredRun[] = [];
  const nodeRuns: MeasuredRun[] = [];
  // Alternate the sides so a change of machine load affects both alike.
  for (let i = 0; i < session.runs; i++) {
    for (const [side, command, runs] of [['native', nativeCommand, nativeRuns], ['node', nodeCommand, nodeRuns]] as const) {
      const run = await measureRun(command, cwd, session.settings);
      const problem = runProblem(side, run) ?? (run.stdout.equals(expected.stdout) ? undefined : `${side}: timed run ${i + 1} printed other output than its checking run\n`);
      if (problem !== undefined) return { ...withBinary, status: 'run-error', detail: problem };
      runs.push(run);
    }
  }
  const native = measurement(nativeRuns);
  const node = measurement(nodeRuns);
  return { ...withBinary, status: 'ok', detail: '', native, node, ratio: native.medianMs / node.medianMs };
}

/** Runs the selected cases one after the other (never in parallel: they are being timed). */
async function benchAll(options: BenchOptions, cases: readonly BenchCase[], node: PinnedNode, peakRss: boolean): Promise<BenchRow[]> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'tsn-bench-'));
  trackTempPath(workDir);
  try {
    const session: Session = { node, settings: { timeoutMs: options.timeoutMs, peakRss }, runs: options.runs, workDir, nodeChecks: new Map() };
    const rows: BenchRow[] = [];
    for (const c of cases) rows.push(await benchCase(session, c));
    return rows;
  } finally {
    await rm(workDir, { recursive: true, force: true });
    untrackTempPath(workDir);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  installInterruptHandlers();
  let options: BenchOptions;
  let cases: BenchCase[];
  try {
    options = parseBenchArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    cases = selectCases(await discoverCases(), options.filters);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof RangeError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  let node: PinnedNode;
  try {
    node = await resolvePinnedNode();
  } catch (error) {
    if (!(error instanceof PinnedNodeError)) throw error;
    process.stderr.write(`bench: ${error.message}\n`);
    return 2;
  }
  const peakRss = await gnuTimeAvailable();
  if (!peakRss) progress(`${GNU_TIME} is missing (install the Debian package \`time\`): peak RSS is reported as n/a`);
  const rows = await benchAll(options, cases, node, peakRss);
  const ratios = rows.flatMap((r) => (r.ratio === undefined ? [] : [r.ratio]));
  const mean = geometricMean(ratios);
  process.stdout.write(`tsn native vs Node ${node.version}, median of ${options.runs} run${options.runs === 1 ? '' : 's'}\n`);
  process.stdout.write(formatTable(rows, mean));
  if (options.json !== undefined) {
    const results = {
      generatedAt: new Date().toISOString(),
      nodeVersion: node.version,
      runs: options.runs,
      peakRss: peakRss ? 'gnu-time' : 'unavailable',
      geometricMean: mean ?? null,
      rows,
    };
    await writeFileAtomic(path.resolve(options.json), `${JSON.stringify(results, null, 2)}\n`);
    progress(`results written to ${options.json}`);
  }
  return rows.every((r) => r.status === 'ok') ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
