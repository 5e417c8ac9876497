/**
 * The four-way check of one generated program: native `--comptime=on`, native `--comptime=off` and
 * the pinned Node must print the same bytes (stdout, stderr, exit status), and every fold site of the
 * `on` build must hold the value Node computes for its expression: the printed line for a line's root,
 * the in-process oracle (`oracle.ts`) for inner sub-expressions. The `off` build must fold nothing.
 * Each disagreement becomes a Discrepancy whose bucket is its first differing operator: the fold
 * site's operator, or for an output difference the culprit found by `probe.ts`.
 */
import type { ExecuteSettings, Gate, NativeSide, ProgramRun } from './execute.ts';
import { parseFoldReport, type FoldSiteEntry } from './fold-sites.ts';
import { evaluateExpressions } from './oracle.ts';
import { localize } from './probe.ts';
import type { RenderedExpr, RenderedNode, RenderedProgram } from './render.ts';
import type { ProcessResult } from '../run.ts';

/** What disagreed. */
export type DiscrepancyKind = 'node' | 'build' | 'output' | 'exit' | 'fold-site' | 'fold-off';

/** One disagreement between the sides. */
export interface Discrepancy {
  /** The first differing operator (`+`, `Math.round`, `.padStart`, `template`, ...) or a build/Node failure class. */
  readonly bucket: string;
  readonly kind: DiscrepancyKind;
  readonly gate?: Gate;
  /** Program line (1-based) the discrepancy is about, when known. */
  readonly line?: number;
  /** Human-readable account: the expression, the values on each side. */
  readonly message: string;
}

/** The verdict on one program plus counters for the statistics. */
export interface ProgramVerdict {
  readonly discrepancies: readonly Discrepancy[];
  readonly expressions: number;
  /** Sub-expressions of the printed expressions (leaves included), each a fold-site candidate. */
  readonly subExpressions: number;
  /** Fold sites compared with a Node value; sites on lines without generated expressions (fixed helpers). */
  readonly sitesChecked: number;
  readonly sitesUnchecked: number;
  /** Fold sites of the `on` build per operator (checked or not). */
  readonly siteOps: ReadonlyMap<string, number>;
}

function linesOf(buffer: Buffer): string[] {
  const lines = buffer.toString('utf8').split('\n');
  lines.pop(); // text after the last newline (empty for complete output)
  return lines;
}

function termination(run: ProcessResult): string {
  if (run.spawnError !== undefined) return `could not start: ${run.spawnError}`;
  if (run.timedOut) return 'timed out';
  if (run.signal !== null) return `killed by ${run.signal}`;
  return `exit code ${run.exitCode}`;
}

function cleanExit(run: ProcessResult): boolean {
  return run.exitCode === 0 && run.stderr.length === 0 && !run.timedOut && run.capped.length === 0;
}

/** Index of program nodes by line. */
function nodesByLine(rendered: RenderedProgram): Map<number, RenderedNode[]> {
  const map = new Map<number, RenderedNode[]>();
  for (const n of [...rendered.preludeNodes, ...rendered.exprs.flatMap((e) => e.nodes)]) {
    const list = map.get(n.line) ?? [];
    list.push(n);
    map.set(n.line, list);
  }
  return map;
}

/** The node a compiler diagnostic `file:line:col error CODE: …` points at, and the code. */
function diagnosticSite(text: string, byLine: Map<number, RenderedNode[]>): { code: string; node?: RenderedNode } {
  const m = /:(\d+):(\d+) error (\w+):/.exec(text);
  if (m === null) return { code: 'internal-error' };
  const node = byLine.get(Number(m[1]))?.find((n) => n.col === Number(m[2]));
  return { code: m[3]!, ...(node === undefined ? {} : { node }) };
}

/**
 * The nodes of its line a fold site can stand for, most specific first: those at its column with its
 * operator, else those at its column (`-1` is a literal to us, a negation to the compiler), else
 * those with its operator (a template's site sits at its first literal part), else the whole line.
 */
function siteCandidates(site: FoldSiteEntry, line: readonly RenderedNode[]): readonly RenderedNode[] {
  const pools = [
    line.filter((n) => n.col === site.col && n.op === site.op),
    line.filter((n) => n.col === site.col),
    line.filter((n) => n.op === site.op),
    line,
  ];
  return pools.find((pool) => pool.length > 0) ?? [];
}

function describe(expr: RenderedExpr): string {
  return `line ${expr.line}: p(${expr.source})`;
}

/**
 * Checks one program's run (see the module doc). With `probe`, differing lines are probed natively to
 * find their culprits (one more build); without, an output discrepancy is bucketed by its line's root
 * operator. Never throws for a disagreement; throws only when the harness itself fails (I/O).
 */
export async function checkProgram(settings: ExecuteSettings, rendered: RenderedProgram, run: ProgramRun, probe: boolean): Promise<ProgramVerdict> {
  const found: Discrepancy[] = [];
  const expressions = rendered.exprs.length;
  const subExpressions = rendered.exprs.reduce((n, e) => n + e.nodes.length, 0);
  const nodeLines = linesOf(run.node.stdout);
  if (!cleanExit(run.node) || nodeLines.length !== expressions) {
    const why = `Node ${termination(run.node)}, ${nodeLines.length} of ${expressions} lines; stderr: ${run.node.stderr.toString('utf8').slice(0, 2000)}`;
    return { discrepancies: [{ bucket: 'node-failure', kind: 'node', message: `the generated program does not run cleanly under Node (a fuzzer bug): ${why}` }], expressions, subExpressions, sitesChecked: 0, sitesUnchecked: 0, siteOps: new Map() };
  }
  const byLine = nodesByLine(rendered);
  const evaluable = [...byLine.values()].flat().filter((n) => n.evaluable);
  const oracleValues = evaluateExpressions(rendered.prelude, evaluable.map((n) => n.source));
  const values = new Map<RenderedNode, string | undefined>(evaluable.map((n, i) => [n, oracleValues[i]]));
  rendered.exprs.forEach((e, i) => values.set(e.nodes[e.nodes.length - 1]!, nodeLines[i]));
  const expected = (n: RenderedNode): string | undefined => values.get(n);

  let sitesChecked = 0;
  let sitesUnchecked = 0;
  const siteOps = new Map<string, number>();
  for (const gate of ['on', 'off'] as const) {
    const side: NativeSide = run[gate];
    if (side.kind === 'skipped') continue;
    if (side.kind === 'rejected') {
      const where = diagnosticSite(side.diagnostics, byLine);
      const bucket = side.exitCode === 2 ? 'build internal-error' : `build ${where.code}${where.node === undefined ? '' : ` ${where.node.op}`}`;
      found.push({ bucket, kind: 'build', gate, message: `tsn build --comptime=${gate} failed (exit code ${side.exitCode}):\n${side.diagnostics.slice(0, 4000)}` });
      continue;
    }
    const native = linesOf(side.run.stdout);
    const differing = rendered.exprs.filter((e, i) => i < native.length && native[i] !== nodeLines[i]);
    const stopped = cleanExit(side.run) && native.length === expressions ? undefined : rendered.exprs[native.length];
    const suspects = stopped === undefined ? differing : [...differing, stopped];
    const culprits = suspects.length === 0 || !probe ? new Map() : await localize(settings, rendered, gate, suspects, expected);
    for (const e of differing) {
      const i = rendered.exprs.indexOf(e);
      const culprit = culprits.get(e);
      const at = !probe ? '(not probed)' : culprit === undefined ? 'every sub-expression prints correctly alone'
        : `first differing sub-expression: ${culprit.node.source}  (Node ${expected(culprit.node)}, native ${culprit.native ?? '(nothing)'})`;
      found.push({
        bucket: culprit?.node.op ?? e.nodes[e.nodes.length - 1]!.op, kind: 'output', gate, line: e.line,
        message: `${describe(e)}\n  Node:                 ${nodeLines[i]}\n  native comptime=${gate}: ${native[i]}\n  ${at}`,
      });
    }
    if (differing.length === 0 && stopped === undefined && !side.run.stdout.equals(run.node.stdout)) {
      found.push({ bucket: 'stdout', kind: 'output', gate, message: `native comptime=${gate} prints every expression right but its stdout differs from Node's (${side.run.stdout.length} vs ${run.node.stdout.length} bytes)` });
    }
    if (stopped !== undefined || !cleanExit(side.run)) {
      const culprit = stopped === undefined ? undefined : culprits.get(stopped);
      found.push({
        bucket: `exit ${culprit?.node.op ?? stopped?.nodes[stopped.nodes.length - 1]!.op ?? 'at end'}`, kind: 'exit', gate, ...(stopped === undefined ? {} : { line: stopped.line }),
        message: `native comptime=${gate}: ${termination(side.run)} after ${native.length} of ${expressions} lines${stopped === undefined ? '' : ` (next: ${describe(stopped)})`}; `
          + `stderr: ${side.run.stderr.toString('utf8').slice(0, 2000)}`,
      });
    }
    const sites = parseFoldReport(side.foldReport);
    if (gate === 'off') {
      if (sites.length > 0) found.push({ bucket: 'fold with comptime=off', kind: 'fold-off', gate, line: sites[0]!.line, message: `--comptime=off still folded ${sites.length} sites, e.g. ${sites[0]!.raw}` });
      continue;
    }
    const wrong = new Map<number, { site: FoldSiteEntry; order: number; text: string }[]>();
    for (const site of sites) {
      siteOps.set(site.op, (siteOps.get(site.op) ?? 0) + 1);
      // Nodes that mention a helper's parameters have no value of their own (the folder may still fold
      // them through a short-circuit): a site standing for one is not checked.
      const line = byLine.get(site.line) ?? [];
      const candidates = siteCandidates(site, line).filter((n) => expected(n) !== undefined);
      if (candidates.length === 0) {
        sitesUnchecked++;
        continue;
      }
      sitesChecked++;
      if (candidates.some((n) => expected(n) === site.value)) continue;
      const near = candidates.map((n) => `${n.op} ${n.source} = ${expected(n)}`).join('; ');
      const list = wrong.get(site.line) ?? [];
      list.push({ site, order: Math.min(...candidates.map((n) => line.indexOf(n))), text: `fold site ${site.raw} does not hold Node's value: ${near}` });
      wrong.set(site.line, list);
    }
    // A line's innermost wrong site (first in post-order) names the bucket; the others (usually folds
    // of the wrong value) only add to its message.
    for (const [line, list] of [...wrong.entries()].sort(([a], [b]) => a - b)) {
      const [first, ...rest] = list.sort((a, b) => a.order - b.order);
      found.push({ bucket: first!.site.op, kind: 'fold-site', gate, line, message: [first!.text, ...rest.map((w) => `  and ${w.text}`)].join('\n') });
    }
  }
  return { discrepancies: found, expressions, subExpressions, sitesChecked, sitesUnchecked, siteOps };
}
