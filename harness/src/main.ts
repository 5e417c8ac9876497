/**
 * The harness run, from a command line to an exit code: parse options, discover the corpus, load the
 * expectations, select programs, report orphans, run every program (natively and under the pinned
 * Node, `--jobs` at a time), then either bless goldens (`--update-goldens`) or publish the reports,
 * print a diff per unexpected outcome and end with the `Parity P/N (...)` line.
 * Exit codes: 0 every outcome expected (PASS, XFAIL); 1 an unexpected outcome, a corpus problem or a
 * refused golden; 2 a usage or setup error (bad option, malformed expectations or golden, missing
 * pinned Node or compiler).
 */
import path from 'node:path';
import { loadCompilerBuilder, CompilerUnavailableError, type NativeBuilder } from './builder.ts';
import { parseParityArgs, UsageError, USAGE, type ParityOptions } from './args.ts';
import { sweepStaleBuilds } from './cache.ts';
import { printFailureGroups } from './console-failures.ts';
import { colorizeDiff, unifiedDiff } from './diffs.ts';
import { discoverCorpus, type Program } from './discover.ts';
import { executeProgram, reclassify, resultLabel, type TaskOutput } from './execute.ts';
import { ExpectationsError, loadExpectations } from './expectations.ts';
import { GoldenError } from './goldens.ts';
import { keptArtefacts } from './keep.ts';
import { displayPath, layoutOf, PROJECT_ROOT, type Layout } from './layout.ts';
import { NORMALISATIONS } from './normalize.ts';
import { findOrphans, pruneOrphans, type Orphan } from './orphans.ts';
import type { Gate } from './outcomes.ts';
import { mapConcurrent } from './pool.ts';
import { createProgress, type Console } from './progress.ts';
import { PinnedNodeError, resolvePinnedNode, type PinnedNode } from './reference.ts';
import { collectEnvironment } from './report/environment.ts';
import { annotateChanges, loadPreviousReports, readLatestReport } from './report/history.ts';
import { assembleReport } from './report/assemble.ts';
import { parityLine, totalsOf } from './report/summary.ts';
import { publishReports, sweepStaleStaging, type KeptArtefacts } from './report/write.ts';
import { selectPrograms } from './select.ts';
import { discoverSuite, suiteLayout } from './suite.ts';
import { readRecordedNodeVersion, TranscriptError } from './transcripts.ts';
import { blessGoldens } from './update.ts';

/** What the run needs from outside; tests inject fakes. */
export interface MainDeps {
  readonly out: Console;
  /** Loads the native builder (default: the compiler library, in-process). */
  readonly loadBuilder?: () => Promise<NativeBuilder>;
  /** Finds the pinned Node (default: `node_modules/.bin/node` of the project). */
  readonly pinnedNode?: () => Promise<PinnedNode>;
}

/** A setup error that ends the run with exit code 2; its message is printed as is. */
class SetupError extends Error {}

const SETUP_ERRORS = [UsageError, ExpectationsError, GoldenError, TranscriptError, PinnedNodeError, CompilerUnavailableError, SetupError];

async function selectTasks(layout: Layout, options: ParityOptions, programs: readonly Program[], out: Console): Promise<{ program: Program; gate: Gate }[]> {
  let selected = [...programs];
  if (options.names.length > 0) {
    const { selected: named, unmatched } = selectPrograms(programs, options.names);
    if (unmatched.length > 0) {
      throw new SetupError(`-name: ${unmatched.map((p) => `"${p}"`).join(', ')} matches no corpus program `
        + '(give a path like examples/0001-hello, a number prefix like examples/0001, or a glob like examples/00*)');
    }
    selected = named;
  }
  if (options.rerunFailed) {
    const latest = await readLatestReport(layout);
    if (latest === undefined) throw new SetupError(`--rerun-failed: no previous report at ${displayPath(layout, layout.reports)}/latest/report.json; run the harness once first`);
    const failed = new Set(latest.results.filter((r) => !r.expected).map((r) => r.program));
    selected = selected.filter((p) => failed.has(p.id));
    out.write(`rerunning ${selected.length} program(s) with an unexpected outcome in the last report\n`);
  }
  const gates: Gate[] = options.comptime === 'both' ? ['on', 'off'] : [options.comptime];
  return selected.flatMap((program) => gates.map((gate) => ({ program, gate })));
}

function printDiff(out: Console, patch: string): void {
  out.write(`${(out.color ?? out.isTTY) ? colorizeDiff(patch) : patch}${patch.endsWith('\n') ? '' : '\n'}`);
}

function printOrphans(out: Console, orphans: readonly Orphan[], pruned: boolean): void {
  for (const o of orphans) out.write(`${pruned ? 'pruned orphan' : 'orphan'} ${o.file}: ${o.reason}${pruned ? '' : ' (remove with --prune)'}\n`);
}

async function run(argv: readonly string[], deps: MainDeps): Promise<number> {
  const { out } = deps;
  const options = parseParityArgs(argv);
  if (options.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const started = new Date();
  const t0 = performance.now();
  const root = options.root ?? PROJECT_ROOT;
  const layout = options.suite === undefined ? layoutOf(root) : suiteLayout(root, path.resolve(options.suite));
  // The in-process compiler prints diagnostics relative to the cwd: make them root-relative
  // (`corpus/examples/1101-x.ts:3:5 ...`) wherever the harness was started.
  try {
    process.chdir(layout.root);
  } catch {
    throw new SetupError(`${layout.root} is not a folder: --root must name the folder holding corpus/`);
  }
  const corpus = options.suite === undefined ? await discoverCorpus(layout) : await discoverSuite(layout.corpus).catch(() => {
    throw new SetupError(`--suite ${options.suite}: not a folder of programs`);
  });
  for (const p of corpus.problems) out.write(`corpus problem: ${p}\n`);
  const expectations = options.suite === undefined
    ? await loadExpectations(layout.expectations, displayPath(layout, layout.expectations), new Set(corpus.programs.map((p) => p.id)))
    : [];
  const tasks = await selectTasks(layout, options, corpus.programs, out);
  const orphans = options.suite === undefined ? await findOrphans(layout, corpus.programs) : [];
  if (options.prune) await pruneOrphans(layout, orphans);
  printOrphans(out, orphans, options.prune);
  const needsNode = options.reference && tasks.some((t) => t.program.kind === 'run');
  const node = needsNode ? await (deps.pinnedNode ?? resolvePinnedNode)() : undefined;
  const recordedNode = await readRecordedNodeVersion(layout);
  if (node !== undefined && recordedNode !== undefined && recordedNode !== node.version) {
    out.write(`note: reference/node-version.txt records ${recordedNode} but the pinned Node is ${node.version}; `
      + 'GOLDEN-STALE outcomes may be Node drift\n');
  }
  const builder = tasks.length > 0 ? await (deps.loadBuilder ?? loadCompilerBuilder)() : undefined;
  await sweepStaleBuilds(layout);
  for (const stale of await sweepStaleStaging(layout)) out.write(`removed ${stale}/: the staging folder of a killed run\n`);
  // Suites were written for Node, which never type-checks: --check=off unless asked otherwise.
  const check = options.check ?? (options.suite === undefined ? undefined : 'off');
  const mode = options.reporter === 'auto' ? (out.isTTY ? 'live' : 'plain') : options.reporter;
  const progress = createProgress(mode, out, tasks.length);
  const ctx = {
    layout,
    builder: builder as NativeBuilder,
    ...(node === undefined ? {} : { node }),
    settings: { optLevel: 2 as const, ...(check === undefined ? {} : { check }) },
    limits: { timeoutMs: options.timeoutMs, capBytes: options.capBytes },
    expectations,
    labelGates: options.comptime === 'both',
    referenceRuns: new Map(),
    nodeOracle: options.suite !== undefined,
    ...(options.root === undefined ? {} : { rootArg: options.root }),
  };
  const outputs: TaskOutput[] = await mapConcurrent(tasks, options.jobs, (t) => {
    progress.started(resultLabel(t.program.id, t.gate, ctx.labelGates));
    return executeProgram(ctx, t.program, t.gate);
  }, (o) => progress.finished(o.result));
  progress.end();

  let refused = 0;
  let results = outputs.map((o) => o.result);
  if (options.updateGoldens) {
    const blessings = await blessGoldens(layout, outputs, node as PinnedNode, options.acceptNative, expectations);
    for (const b of blessings) {
      out.write(`${b.status.padEnd(9)} ${b.program}: ${b.note}\n`);
      for (const c of b.changes) {
        printDiff(out, unifiedDiff(c.before === null ? '/dev/null' : `a/${c.file}`, c.after === null ? '/dev/null' : `b/${c.file}`,
          c.before ?? Buffer.alloc(0), c.after ?? Buffer.alloc(0)));
      }
    }
    refused = blessings.filter((b) => b.status === 'refused').length;
    const changed = blessings.filter((b) => b.status === 'updated').length;
    out.write(`goldens: ${changed} program(s) updated, ${blessings.length - changed - refused} unchanged, ${refused} refused\n`);
    results = await Promise.all(outputs.map((o) => reclassify(layout, o)));
  } else {
    const kept: KeptArtefacts[] = [];
    if (options.keep) {
      results = results.map((r, i) => {
        const k = r.expected ? undefined : keptArtefacts(outputs[i], node);
        if (k === undefined) return r;
        kept.push(k);
        return { ...r, kept: `${displayPath(layout, layout.reports)}/latest/kept/${k.folder}` };
      });
    }
    const previous = await loadPreviousReports(layout);
    const annotated = annotateChanges(results, previous, started.toISOString());
    results = annotated.results;
    const report = assembleReport({
      started, wallMs: performance.now() - t0, argv, options, results, changes: annotated.changes, problems: corpus.problems,
      orphans: options.prune ? [] : orphans,
      environment: await collectEnvironment(PROJECT_ROOT, node?.version ?? null, recordedNode ?? null),
    });
    const latest = await publishReports(layout, report, previous, kept);
    printFailureGroups(out, report.results, report.groups ?? [], {
      layout, page: `${displayPath(layout, latest)}/index.html`, color: out.color ?? out.isTTY, ...(options.root === undefined ? {} : { rootArg: options.root }),
    });
    out.write('\n');
    for (const l of annotated.changes.regressions) out.write(`REGRESSION ${l}\n`);
    for (const l of annotated.changes.fixed) out.write(`FIXED ${l}\n`);
    for (const s of annotated.changes.stillFailing) out.write(`still failing ${s.label} (since ${s.since}, ${s.runs} runs)\n`);
    out.write(`reports: ${displayPath(layout, latest)}/index.html (normalisations: ${NORMALISATIONS.map((n) => n.name).join(', ')})\n`);
  }
  const totals = totalsOf(results);
  out.write(`${parityLine(totals)}\n`);
  return totals.unexpected > 0 || corpus.problems.length > 0 || refused > 0 ? 1 : 0;
}

/**
 * Runs the harness with the command-line arguments `argv` and returns the exit code (see the module
 * doc). The process cwd is the layout root while it runs (restored after). Setup errors are printed as `parity: <message>`; other exceptions propagate (a harness bug).
 */
export async function main(argv: readonly string[], deps: MainDeps): Promise<number> {
  const cwd = process.cwd();
  try {
    return await run(argv, deps);
  } catch (error) {
    if (!SETUP_ERRORS.some((E) => error instanceof E)) throw error;
    deps.out.write(`parity: ${(error as Error).message}\n`);
    if (error instanceof UsageError) deps.out.write(`\n${USAGE}\n`);
    return 2;
  } finally {
    process.chdir(cwd);
  }
}
