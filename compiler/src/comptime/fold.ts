/**
 * Comptime folding: replaces pure operations on constants with their values, computed by the
 * compiler's own JavaScript engine — the pinned Node, the same engine the reference runs — so a
 * folded value is exactly the value the program would compute at run time. Only operations that
 * are pure on primitive constants fold (no ToPrimitive on objects, no throwing operators); anything
 * else is left for run time. Every fold is recorded for the fold report.
 */
import type { BinaryOp, Expr, Program, SourcePos, UnaryOp } from '../ir/hir.ts';
import { rewriteChildren, rewriteFunction } from '../ir/walk.ts';
import { displayPath } from '../frontend/diagnostics.ts';

export type Primitive = number | string | boolean | null | undefined;

/** One folded site. */
export interface FoldSite {
  readonly pos: SourcePos;
  readonly op: string;
  readonly value: Primitive;
}

/** The fold report of one build: every fold site in program order. */
export class FoldReport {
  readonly sites: FoldSite[] = [];

  /** JSON lines, one per site: {"at":"file:line:col","op":"+","value":"..."} with values as JS source text. */
  format(cwd = process.cwd()): string {
    return this.sites
      .map((s) => JSON.stringify({ at: `${displayPath(s.pos.file, cwd)}:${s.pos.line}:${s.pos.col}`, op: s.op, value: showValue(s.value) }) + '\n')
      .join('');
  }
}

/** A constant as JS source text (distinguishes -0, strings and undefined). */
export function showValue(v: Primitive): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function constantOf(e: Expr): { value: Primitive } | undefined {
  switch (e.kind) {
    case 'number': case 'string': case 'boolean': return { value: e.value };
    case 'null': return { value: null };
    case 'undefined': return { value: undefined };
    default: return undefined;
  }
}

function literal(value: Primitive, pos?: SourcePos): Expr {
  switch (typeof value) {
    case 'number': return { kind: 'number', value, pos };
    case 'string': return { kind: 'string', value, pos };
    case 'boolean': return { kind: 'boolean', value };
    default: return value === null ? { kind: 'null' } : { kind: 'undefined' };
  }
}

function evalBinary(op: BinaryOp, a: Primitive, b: Primitive): { value: Primitive } | undefined {
  // The operands are primitives, so these are exactly the run-time semantics (ECMA-262 13.15.3).
  const x = a as never;
  const y = b as never;
  switch (op) {
    case '+': return { value: (a as number) + (b as number) };
    case '-': return { value: x - y };
    case '*': return { value: x * y };
    case '/': return { value: x / y };
    case '%': return { value: x % y };
    case '**': return { value: (x as number) ** (y as number) };
    case '&': return { value: x & y };
    case '|': return { value: x | y };
    case '^': return { value: x ^ y };
    case '<<': return { value: x << y };
    case '>>': return { value: x >> y };
    case '>>>': return { value: x >>> y };
    case '==': return { value: a == b };
    case '!=': return { value: a != b };
    case '===': return { value: a === b };
    case '!==': return { value: a !== b };
    case '<': return { value: x < y };
    case '<=': return { value: x <= y };
    case '>': return { value: x > y };
    case '>=': return { value: x >= y };
    case 'in': case 'instanceof': return undefined; // throw on primitives
  }
}

function evalUnary(op: UnaryOp, a: Primitive): Primitive {
  switch (op) {
    case '-': return -(a as number);
    case '+': return +(a as number);
    case '!': return !a;
    case '~': return ~(a as number);
    case 'typeof': return typeof a;
    case 'void': return undefined;
  }
}

/**
 * Test-only hook: when set, every folded value passes through it before it is emitted, so a test can
 * plant a deliberately wrong fold and check that the differential fuzzer catches it. Never set in
 * production code paths.
 */
export const foldTestHooks: { corrupt: ((op: string, value: Primitive) => Primitive) | undefined } = { corrupt: undefined };

function record(report: FoldReport, pos: SourcePos, op: string, value: Primitive): Primitive {
  const v = foldTestHooks.corrupt === undefined ? value : foldTestHooks.corrupt(op, value);
  report.sites.push({ pos, op, value: v });
  if (process.env.TSN_COMPTIME_TRACE === '1') process.stderr.write(`fold ${pos.file}:${pos.line}:${pos.col} ${op} = ${showValue(v)}\n`);
  return v;
}

/** Folds one expression bottom-up; returns the (possibly new) expression. */
function foldExpr(e: Expr, report: FoldReport): Expr {
  rewriteChildren(e, (c) => foldExpr(c, report));
  switch (e.kind) {
    case 'binary': {
      const l = constantOf(e.left);
      const r = constantOf(e.right);
      if (l === undefined || r === undefined) return e;
      const v = evalBinary(e.op, l.value, r.value);
      if (v === undefined) return e;
      return literal(record(report, e.pos, e.op, v.value), e.pos);
    }
    case 'unary': {
      const a = constantOf(e.operand);
      if (a === undefined) return e;
      return literal(record(report, e.pos, e.op, evalUnary(e.op, a.value)), e.pos);
    }
    case 'template': {
      const parts = e.parts.map(constantOf);
      if (parts.some((p) => p === undefined)) return e;
      const value = parts.map((p) => String(p!.value)).join('');
      const pos = firstPos(e.parts);
      return literal(pos === undefined ? value : record(report, pos, 'template', value), pos);
    }
    case 'logical': {
      const l = constantOf(e.left);
      if (l === undefined) return e;
      const takeLeft = e.op === '&&' ? !l.value : e.op === '||' ? !!l.value : l.value !== null && l.value !== undefined;
      return takeLeft ? e.left : e.right;
    }
    case 'cond': {
      const t = constantOf(e.test);
      if (t === undefined) return e;
      return t.value ? e.then : e.else;
    }
    default:
      return e;
  }
}

function firstPos(parts: readonly Expr[]): SourcePos | undefined {
  for (const p of parts) if ((p.kind === 'number' || p.kind === 'string') && p.pos !== undefined) return p.pos;
  return undefined;
}

/** Folds every function of `program` in place when `enabled`; returns the fold report. */
export function foldProgram(program: Program, enabled: boolean): FoldReport {
  const report = new FoldReport();
  if (!enabled) return report;
  for (const fn of program.functions) rewriteFunction(fn, (e) => foldExpr(e, report));
  return report;
}
