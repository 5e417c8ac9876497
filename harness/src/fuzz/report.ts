/**
 * Text the fuzzer prints: the account of each shrunk failure (buckets, replay command, the minimal
 * program, the outputs of Node and both native builds, the fold report, the discrepancies) and the
 * session summary (throughput in expressions per second, counters, buckets).
 */
import type { NativeSide } from './execute.ts';
import type { SessionFailure, SessionStats } from './session.ts';

function indent(text: string, prefix = '    '): string {
  return text.split('\n').map((l) => (l === '' ? l : prefix + l)).join('\n');
}

function sideText(side: NativeSide): string {
  if (side.kind === 'skipped') return '(not run)';
  if (side.kind === 'rejected') return `(rejected, exit code ${side.exitCode})\n${side.diagnostics}`;
  const run = side.run;
  const status = run.exitCode === 0 && run.signal === null ? '' : `(exit code ${run.exitCode}${run.signal === null ? '' : `, ${run.signal}`})\n`;
  const stderr = run.stderr.length === 0 ? '' : `stderr:\n${run.stderr.toString('utf8')}`;
  return status + run.stdout.toString('utf8') + stderr;
}

/** The options a replay must repeat: the program shape, the C compiler and its optimisation level. */
export interface ReplayShape {
  readonly maxDepth: number;
  readonly exprsPerProgram: number;
  readonly optLevel: number;
  readonly cc: string;
}

/** The replay command of a failure. */
export function replayCommand(failure: SessionFailure, shape: ReplayShape): string {
  return `npm run fuzz:comptime -- --seed ${failure.seed} --path ${failure.path} --max-depth ${shape.maxDepth} `
    + `--exprs-per-program ${shape.exprsPerProgram} --opt-level ${shape.optLevel} --cc ${shape.cc}`;
}

/** The full account of one failure. */
export function formatFailure(failure: SessionFailure, shape: ReplayShape): string {
  const { rendered, run, verdict } = failure.minimal;
  const fresh = verdict.discrepancies.filter((d) => failure.buckets.includes(d.bucket));
  return [
    `FAILURE in bucket ${failure.buckets.map((b) => JSON.stringify(b)).join(', ')} (shrunk in ${failure.shrinks} steps)`,
    `  replay: ${replayCommand(failure, shape)}`,
    '  minimal program:',
    indent(rendered.source.trimEnd()),
    '  Node:',
    indent(run.node.stdout.toString('utf8').trimEnd() || '(no output)'),
    '  native --comptime=on:',
    indent(sideText(run.on).trimEnd() || '(no output)'),
    '  native --comptime=off:',
    indent(sideText(run.off).trimEnd() || '(no output)'),
    '  fold report (--comptime=on):',
    indent((run.on.kind === 'ran' ? run.on.foldReport : '').trimEnd() || '(no fold sites)'),
    '  discrepancies:',
    ...fresh.map((d) => indent(`[${d.bucket}] ${d.kind}${d.gate === undefined ? '' : ` comptime=${d.gate}`}: ${d.message}`)),
    '',
  ].join('\n');
}

/** Expressions per second while searching (shrinking excluded). */
export function throughput(stats: SessionStats): number {
  return stats.searchMs === 0 ? 0 : (stats.searchExpressions * 1000) / stats.searchMs;
}

/** The one-line progress report. */
export function formatProgress(stats: SessionStats): string {
  return `fuzz: ${stats.searchPrograms} programs, ${stats.searchExpressions} expressions, ${throughput(stats).toFixed(0)} expr/s`;
}

/** The session summary. */
export function formatSummary(stats: SessionStats, failures: readonly SessionFailure[]): string {
  const buckets = [...stats.bucketHits.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ops = [...stats.siteOps.entries()].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return [
    `comptime fuzz: ${failures.length === 0 ? 'PASS' : `FAIL (${failures.length} distinct failure${failures.length === 1 ? '' : 's'})`}`,
    `  ${stats.searchPrograms} programs, ${stats.searchExpressions} expressions (${stats.searchSubExpressions} sub-expressions) checked four ways `
      + `in ${(stats.searchMs / 1000).toFixed(1)} s: ${throughput(stats).toFixed(0)} expressions/s`,
    `  fold sites checked against Node: ${stats.sitesChecked} (${stats.sitesUnchecked} not checked: in fixed helpers or using helper parameters)`,
    ...(ops.length === 0 ? [] : [`  fold sites per operator: ${ops.map(([op, n]) => `${op} ${n}`).join(', ')}`]),
    `  compiler ${(stats.compileMs / 1000).toFixed(1)} s, C compiler ${(stats.ccMs / 1000).toFixed(1)} s `
      + '(wall times summed over both gates; C compiles include waits for the event loop busy translating); '
      + `shrinking: ${stats.shrinkPrograms} programs in ${(stats.shrinkMs / 1000).toFixed(1)} s`,
    ...(buckets.length === 0 ? [] : [`  programs per bucket: ${buckets.map(([b, n]) => `${JSON.stringify(b)} ${n}`).join(', ')}`]),
    '',
  ].join('\n');
}
