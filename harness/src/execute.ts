/**
 * Runs one program under one comptime gate: gets the native build (cached), runs the executable,
 * runs the reference (the pinned Node, shared by both gates, or the recorded transcript with
 * --no-reference), reads the golden and the expectations entry, classifies, and times every step.
 */
import { readFile } from 'node:fs/promises';
import type { NativeBuilder } from './builder.ts';
import { buildCached, type BuildSettings, type CachedBuild } from './cache.ts';
import { classify, observe, type Classification, type Evidence, type Mismatch, type Observation } from './compare.ts';
import { displayText, unifiedDiff } from './diffs.ts';
import type { Program } from './discover.ts';
import { expectationFor, type Expectation } from './expectations.ts';
import { readGolden, type Golden } from './goldens.ts';
import type { Layout } from './layout.ts';
import { isExpected, type Gate } from './outcomes.ts';
import type { PinnedNode } from './reference.ts';
import type { ProgramResult, ReportedMismatch } from './report/model.ts';
import { reproOf } from './repro.ts';
import type { ProcessResult } from './run.ts';
import { runNative, runReference, type RunLimits } from './sides.ts';
import { readTranscript } from './transcripts.ts';

/** What every program of a run shares. */
export interface RunContext {
  readonly layout: Layout;
  readonly builder: NativeBuilder;
  /** The pinned Node; undefined with --no-reference. */
  readonly node?: PinnedNode;
  readonly settings: BuildSettings;
  readonly limits: RunLimits;
  readonly expectations: readonly Expectation[];
  /** True when the run uses both gates, so labels name the gate. */
  readonly labelGates: boolean;
  /** The `--root` the run was given, for the repro commands. */
  readonly rootArg?: string;
  /** Reference runs by program id, so both gates share one Node run. */
  readonly referenceRuns: Map<string, Promise<ProcessResult>>;
  /** True for a suite (--suite): Node's run is the golden; no golden or transcript is read. */
  readonly nodeOracle?: boolean;
}

/** A program's result plus the raw material that --update-goldens and --keep need. */
export interface TaskOutput {
  readonly program: Program;
  readonly result: ProgramResult;
  readonly build: CachedBuild;
  readonly native?: Observation;
  /** The live reference run (undefined with --no-reference and for diagnostics programs). */
  readonly referenceRun?: ProcessResult;
  readonly fold?: Buffer;
  /** What the verdict was drawn from, for re-classifying after goldens change. */
  readonly evidence: Evidence;
}

/** The label of a program under a gate. */
export function resultLabel(id: string, gate: Gate, labelGates: boolean): string {
  return labelGates ? `${id} [comptime=${gate}]` : id;
}

/** Renders a mismatch for reports: unified diff and both texts. */
export function reportMismatch(label: string, m: Mismatch): ReportedMismatch {
  return {
    aspect: m.aspect,
    expectedLabel: m.expectedLabel,
    actualLabel: m.actualLabel,
    patch: unifiedDiff(`${label} ${m.aspect} (${m.expectedLabel})`, `${label} ${m.aspect} (${m.actualLabel})`, m.expected, m.actual),
    expectedText: displayText(m.expected).text,
    actualText: displayText(m.actual).text,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function safeBuild(ctx: RunContext, program: Program, gate: Gate): Promise<CachedBuild> {
  try {
    return await buildCached(ctx.layout, ctx.builder, program, gate, ctx.settings);
  } catch (error) {
    const text = `internal error: the compiler threw: ${(error as Error).stack ?? String(error)}\n`;
    return { exitCode: 2, diagnosticsText: text, timings: { compileMs: 0, ccMs: 0 }, key: '', cached: false };
  }
}

/** Runs and classifies `program` under `gate` (see the module doc). Never throws for a failing program. */
export async function executeProgram(ctx: RunContext, program: Program, gate: Gate): Promise<TaskOutput> {
  const started = performance.now();
  const label = resultLabel(program.id, gate, ctx.labelGates);
  const stored = ctx.nodeOracle === true ? undefined : await readGolden(ctx.layout, program.id);
  const transcript = program.kind === 'run' && ctx.nodeOracle !== true ? await readTranscript(ctx.layout, program.id) : undefined;
  const [build, buildMs] = await timed(() => safeBuild(ctx, program, gate));
  let nativeRun: ProcessResult | undefined;
  let nativeMs = 0;
  if (program.kind === 'run' && build.exitCode === 0 && build.exe !== undefined) {
    [nativeRun, nativeMs] = await timed(() => runNative(build.exe as string, program, ctx.limits));
  }
  let referenceRun: ProcessResult | undefined;
  let referenceMs = 0;
  if (program.kind === 'run' && ctx.node !== undefined) {
    const node = ctx.node;
    let pending = ctx.referenceRuns.get(program.id);
    if (pending === undefined) {
      pending = runReference(node, program, ctx.limits);
      ctx.referenceRuns.set(program.id, pending);
    }
    [referenceRun, referenceMs] = await timed(() => pending);
  }
  const fold = build.foldReport === undefined ? undefined : await readFile(build.foldReport);
  const native = nativeRun === undefined ? undefined : observe(nativeRun);
  const recorded = transcript === undefined ? undefined : observe(transcript);
  const reference = referenceRun !== undefined ? observe(referenceRun) : ctx.node === undefined ? recorded : undefined;
  const golden = ctx.nodeOracle === true && reference !== undefined ? goldenOf(reference) : stored;
  const expectation = expectationFor(ctx.expectations, program.id, gate);
  const evidence: Evidence = {
    kind: program.kind,
    build,
    ...(native === undefined ? {} : { native }),
    ...(reference === undefined ? {} : { reference }),
    referenceSource: referenceRun !== undefined ? 'node' : reference !== undefined ? 'transcript' : 'none',
    ...(recorded === undefined ? {} : { recorded }),
    goldenFromNative: transcript?.goldenFrom === 'native',
    ...(golden === undefined ? {} : { golden }),
    ...(fold === undefined ? {} : { fold }),
    ...(expectation === undefined ? {} : { expectation }),
  };
  const verdict = explainNew(program.id, classify(evidence));
  const totalMs = performance.now() - started;
  const capped = [
    ...(nativeRun?.capped ?? []).map((s) => `native ${s}`),
    ...(referenceRun?.capped ?? []).map((s) => `node ${s}`),
  ];
  const result: ProgramResult = {
    program: program.id,
    gate,
    label,
    block: program.block,
    kind: program.kind,
    ...verdictFields(label, verdict),
    ...(build.diagnosticsText === '' ? {} : { diagnostics: build.diagnosticsText }),
    ...(expectation === undefined ? {} : { expectation: { outcome: expectation.outcome, reason: expectation.reason } }),
    durations: {
      buildMs,
      compileMs: build.timings.compileMs,
      ccMs: build.timings.ccMs,
      nativeMs,
      referenceMs,
      totalMs,
      overheadMs: Math.max(0, totalMs - buildMs - nativeMs - referenceMs),
    },
    cached: build.cached,
    sizes: {
      ...(build.exeBytes === undefined ? {} : { exeBytes: build.exeBytes }),
      ...(nativeRun === undefined ? {} : { nativeStdoutBytes: nativeRun.stdout.length, nativeStderrBytes: nativeRun.stderr.length }),
      ...(referenceRun === undefined ? {} : { referenceStdoutBytes: referenceRun.stdout.length, referenceStderrBytes: referenceRun.stderr.length }),
    },
    capped,
    repro: reproOf(ctx.layout, program, gate, ctx.rootArg),
  };
  return {
    program,
    result,
    build,
    ...(native === undefined ? {} : { native }),
    ...(referenceRun === undefined ? {} : { referenceRun }),
    ...(fold === undefined ? {} : { fold }),
    evidence,
  };
}

/** Node's observed run as the golden of a suite program (a run Node could not finish counts as exit code 1). */
function goldenOf(reference: Observation): Golden {
  return { stdout: reference.stdout, stderr: reference.stderr, exitCode: reference.exitCode ?? 1 };
}

/** Gives a NEW verdict a detail naming the missing golden file and the command that records it. */
function explainNew(id: string, verdict: Classification): Classification {
  if (verdict.outcome !== 'NEW') return verdict;
  return { ...verdict, detail: `no golden goldens/${id}.out: record it with npm run parity -- -name=${id} --update-goldens` };
}

function verdictFields(label: string, verdict: Classification): Pick<ProgramResult, 'outcome' | 'rawOutcome' | 'expected' | 'detail' | 'mismatches'> {
  return {
    outcome: verdict.outcome,
    rawOutcome: verdict.rawOutcome,
    expected: isExpected(verdict.outcome),
    detail: verdict.detail,
    mismatches: verdict.mismatches.map((m) => reportMismatch(label, m)),
  };
}

/**
 * Classifies `output` again against the golden and transcript now on disk (after --update-goldens
 * rewrote them), without running anything. Returns the updated result.
 */
export async function reclassify(layout: Layout, output: TaskOutput): Promise<ProgramResult> {
  const { golden: _old, recorded: _rec, ...rest } = output.evidence;
  const golden = await readGolden(layout, output.program.id);
  const transcript = output.program.kind === 'run' ? await readTranscript(layout, output.program.id) : undefined;
  const verdict = explainNew(output.program.id, classify({
    ...rest,
    ...(golden === undefined ? {} : { golden }),
    ...(transcript === undefined ? {} : { recorded: observe(transcript) }),
    goldenFromNative: transcript?.goldenFrom === 'native',
  }));
  return { ...output.result, ...verdictFields(output.result.label, verdict) };
}
