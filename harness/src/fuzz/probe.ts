/**
 * Localises a differing output line to its first differing operator: builds a probe program that
 * prints every sub-expression of the differing lines (post-order, innermost first) under the same
 * comptime gate, runs it natively, and compares each printed value with the oracle. The first
 * sub-expression whose value differs (or at which the probe stops printing) is the culprit; its
 * operator names the failure's bucket, so one bug shows up once however many lines it breaks.
 */
import { buildAndRun, type ExecuteSettings, type Gate } from './execute.ts';
import { probeSource, type RenderedExpr, type RenderedNode, type RenderedProgram } from './render.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The first differing sub-expression of one expression, with what the probe printed for it. */
export interface Culprit {
  readonly node: RenderedNode;
  /** What the native probe printed for it; undefined when the probe printed nothing there (it stopped or was rejected). */
  readonly native: string | undefined;
}

/**
 * For each of `exprs` (differing lines of `rendered` under `gate`), the culprit sub-expression, or
 * undefined when every sub-expression prints correctly alone (the difference depends on context).
 * `expected(node)` is the oracle's printed value of a node.
 */
export async function localize(
  settings: ExecuteSettings,
  rendered: RenderedProgram,
  gate: Gate,
  exprs: readonly RenderedExpr[],
  expected: (node: RenderedNode) => string | undefined,
): Promise<Map<RenderedExpr, Culprit | undefined>> {
  const probes = exprs.flatMap((e) => e.nodes.filter((n) => n.evaluable && expected(n) !== undefined).map((node) => ({ expr: e, node })));
  const entry = path.join(settings.work, `probe-${gate}.ts`);
  await writeFile(entry, probeSource(rendered, probes.map((p) => p.node.source)));
  const side = await buildAndRun(settings, entry, gate);
  const result = new Map<RenderedExpr, Culprit | undefined>(exprs.map((e) => [e, undefined]));
  if (side.kind !== 'ran') return result;
  const printed = side.run.stdout.toString('utf8').split('\n');
  const complete = printed.length - 1; // lines ended by a newline
  for (let i = 0; i < probes.length && i <= complete; i++) {
    const p = probes[i]!;
    if (result.get(p.expr) !== undefined) continue;
    const native = i < complete ? printed[i] : undefined;
    if (native !== expected(p.node)) result.set(p.expr, { node: p.node, native });
  }
  return result;
}
