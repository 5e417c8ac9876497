/**
 * Comptime folding: replaces what is known at compile time with its value, and records every fold
 * site and every bail in the fold report (report.ts).
 *
 * Functions are folded in program order (the module first, so its constants are known when the
 * functions that read them are folded), each statement by statement, expressions bottom-up:
 * - a read of a propagatable constant becomes the constant (const-prop.ts);
 * - `&&`/`||`/`??`/`?:` with a constant test keep the chosen side;
 * - an operator, template literal, property read, built-in call (`Math.*`, `String(x)`, string and
 *   number methods) or array/string method over constant operands, and a call of a known program
 *   function with constant arguments, is evaluated by the comptime evaluator (evaluator.ts) under a
 *   fuel limit, and replaced by its value when that is a primitive or fresh data (values.ts);
 *   otherwise it stays for run time (for a program call, with the bail reason in the report).
 * Values come from the compiler's own engine, the pinned Node that is the reference, so a folded
 * value is the value the program computes at run time. When the program may modify built-ins
 * (purity.ts), only operators and template literals over primitives fold.
 */
import type { Expr, FunctionNode, Program, SourcePos, Stmt } from '../ir/hir.ts';
import { rewriteChildren, rewriteStmt } from '../ir/walk.ts';
import { Bail } from './bail.ts';
import { isGlobalFunction, isStaticMethod, staticValue } from './builtins.ts';
import { ConstTable, type FoldSiteContext } from './const-prop.ts';
import { Evaluator } from './evaluator.ts';
import { analyseProgram, type ProgramFacts } from './purity.ts';
import { FoldReport, type FoldEntry } from './report.ts';
import { isPrimitive, NotEmittable, primitiveToHir, showValue, valueToHir, type Primitive } from './values.ts';

export { FoldReport } from './report.ts';
export type { Primitive } from './values.ts';

/** Steps one fold site's evaluation may take. */
export const SITE_FUEL = 1_000_000;
/** Steps all evaluations of one program may take together (bounds compile time). */
export const PROGRAM_FUEL = 10_000_000;

/**
 * Test-only hook: when set, every folded primitive value passes through it before it is emitted, so a
 * test can plant a deliberately wrong fold and check that the differential fuzzer catches it. Never
 * set in production code paths.
 */
export const foldTestHooks: { corrupt: ((op: string, value: Primitive) => Primitive) | undefined } = { corrupt: undefined };

type Site = Omit<FoldEntry, 'value' | 'reason'>;

function primitiveOf(e: Expr): { value: Primitive } | undefined {
  switch (e.kind) {
    case 'number': case 'string': case 'boolean': return { value: e.value };
    case 'null': return { value: null };
    case 'undefined': return { value: undefined };
    default: return undefined;
  }
}

/** A literal whose evaluation runs no code and has no effect: a primitive, or an array/object literal of them. */
function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'number': case 'string': case 'boolean': case 'null': case 'undefined': return true;
    case 'array': return e.elements.every((a) => a === null || (!a.spread && isConstant(a.expr)));
    case 'object': return e.props.every((p) => p.kind === 'init' && p.key.kind === 'string' && p.key.value !== '__proto__' && isConstant(p.value));
    default: return false;
  }
}

/** A top-level statement that runs no program code: constants, function and plain class definitions. */
function isInert(s: Stmt): boolean {
  switch (s.kind) {
    case 'init': {
      const v = s.value;
      if (v.kind === 'class') {
        const cls = v.cls;
        return cls.heritage === undefined && cls.staticInit === undefined && cls.members.every((m) => isConstant(m.key)) && cls.fieldKeys.every((k) => isConstant(k.key));
      }
      return isConstant(v) || v.kind === 'function' || v.kind === 'callee';
    }
    case 'expr': return isConstant(s.expr);
    case 'empty': return true;
    default: return false;
  }
}

class Folder {
  private readonly facts: ProgramFacts;
  private readonly table: ConstTable;
  private readonly report: FoldReport;
  private site: FoldSiteContext | undefined;
  private fuelLeft = PROGRAM_FUEL;
  /** Results of program calls that did not depend on statement order, by `binding id(args)`. */
  private readonly memo = new Map<string, unknown>();

  constructor(facts: ProgramFacts, report: FoldReport) {
    this.facts = facts;
    this.table = new ConstTable(facts);
    this.report = report;
  }

  foldFunction(fn: FunctionNode): void {
    let inert = true;
    let ordinal = 0;
    for (const s of [...fn.prologue, ...fn.body]) {
      const site = { fn, ordinal };
      this.site = site;
      rewriteStmt(s, (e) => this.fold(e), (st) => this.afterStmt(st, st === s ? site : undefined));
      inert &&= isInert(s);
      if (inert && s.kind === 'init') this.table.markSafe(s.binding);
      ordinal++;
    }
  }

  /** After an `init` folded: records its constant, and where it is when it is a top-level statement. */
  private afterStmt(s: Stmt, topLevel: FoldSiteContext | undefined): void {
    if (s.kind !== 'init') return;
    if (topLevel !== undefined) this.table.recordTopLevel(s.binding, topLevel);
    const c = primitiveOf(s.value);
    if (c !== undefined && this.table.propagatable(s.binding)) this.table.recordConstant(s.binding, c.value);
  }

  /** Records a fold of a primitive (through the test hook) and returns its literal. */
  private foldPrimitive(e: Expr, site: Site | undefined, value: Primitive): Expr {
    if (site === undefined) return primitiveToHir(value);
    const v = foldTestHooks.corrupt === undefined ? value : foldTestHooks.corrupt(site.op, value);
    this.report.add({ ...site, value: showValue(v) });
    return primitiveToHir(v, site.pos);
  }

  /** Replaces `e` by the HIR of `value` when it can be emitted; else keeps `e` (recording why for program calls). */
  private replace(e: Expr, site: Site | undefined, value: unknown, recordBail: boolean): Expr {
    if (isPrimitive(value)) return this.foldPrimitive(e, site, value);
    try {
      const hir = valueToHir(value);
      if (site !== undefined) this.report.add({ ...site, value: showValue(value) });
      return hir;
    } catch (err) {
      if (!(err instanceof NotEmittable)) throw err;
      if (site !== undefined && recordBail) this.report.add({ ...site, reason: err.message });
      return e;
    }
  }

  /** Runs one evaluation at the current site within the fuel limits. */
  private evaluate(run: (ev: Evaluator) => unknown): { value: unknown; orderDependent: boolean } | { bail: string } {
    const fuel = Math.min(SITE_FUEL, this.fuelLeft);
    if (fuel <= 0) return { bail: `comptime budget of the program exhausted (${PROGRAM_FUEL} steps)` };
    const outer = this.table.outerAt(this.site!);
    const ev = new Evaluator(outer, fuel);
    try {
      const value = run(ev);
      return { value, orderDependent: outer.orderDependent };
    } catch (err) {
      if (err instanceof Bail) return { bail: err.reason };
      throw err;
    } finally {
      this.fuelLeft -= fuel - Math.max(ev.fuel, 0);
    }
  }

  private fold(e: Expr): Expr {
    rewriteChildren(e, (c) => this.fold(c));
    switch (e.kind) {
      case 'read': {
        const c = this.table.propagate(e);
        if (c === undefined) return e;
        return this.foldPrimitive(e, e.pos && { pos: e.pos, op: 'const', name: e.binding.name }, c.value);
      }
      case 'logical': {
        const l = primitiveOf(e.left) ?? (isConstant(e.left) ? { value: {} } : undefined);
        if (l === undefined) return e;
        const takeLeft = e.op === '&&' ? !l.value : e.op === '||' ? !!l.value : l.value !== null && l.value !== undefined;
        return this.chosen(takeLeft ? e.left : e.right, e.pos && { pos: e.pos, op: e.op });
      }
      case 'cond': {
        const t = primitiveOf(e.test) ?? (isConstant(e.test) ? { value: {} } : undefined);
        if (t === undefined) return e;
        return this.chosen(t.value ? e.then : e.else, e.pos && { pos: e.pos, op: '?:' });
      }
      case 'call':
        if (e.callee.kind === 'read') return this.foldProgramCall(e, e.callee);
        return this.foldPure(e);
      case 'unary': case 'binary': case 'template': case 'member': case 'index': case 'callMethod':
        return this.foldPure(e);
      default:
        return e;
    }
  }

  /** The branch a constant test selects; a constant primitive result is a fold site of its own. */
  private chosen(branch: Expr, site: Site | undefined): Expr {
    const c = primitiveOf(branch);
    return c === undefined ? branch : this.foldPrimitive(branch, site, c.value);
  }

  /** The fold-report site of a pure expression over constants, or undefined when it is not one. */
  private pureSite(e: Expr): Site | 'no' | undefined {
    const tainted = this.facts.builtinsTainted !== undefined;
    const primitives = (list: readonly Expr[]) => list.every((x) => primitiveOf(x) !== undefined);
    const constants = (list: readonly Expr[]) => list.every(isConstant);
    const args = (list: readonly { expr: Expr }[]) => constants(list.map((a) => a.expr));
    const at = (pos: SourcePos | undefined, op: string): Site | undefined => (pos === undefined ? undefined : { pos, op });
    switch (e.kind) {
      case 'unary': return (tainted ? primitives([e.operand]) : constants([e.operand])) ? at(e.pos, e.op) : 'no';
      case 'binary': return e.op !== 'instanceof' && (tainted ? primitives([e.left, e.right]) : constants([e.left, e.right])) ? at(e.pos, e.op) : 'no';
      case 'template': return (tainted ? primitives(e.parts) : constants(e.parts)) ? at(e.pos, 'template') : 'no';
      default: break;
    }
    if (tainted) return 'no';
    switch (e.kind) {
      case 'member':
        if (e.object.kind === 'global') return staticValue(e.object.name, e.name) !== undefined ? at(e.pos, `${e.object.name}.${e.name}`) : 'no';
        return isConstant(e.object) ? at(e.pos, `.${e.name}`) : 'no';
      case 'index': return constants([e.object, e.key]) ? at(undefined, '[]') : 'no';
      case 'callMethod': {
        if (!args(e.args)) return 'no';
        if (e.object.kind === 'global') return e.staticName !== undefined && isStaticMethod(e.object.name, e.staticName) ? at(e.pos, `${e.object.name}.${e.staticName}`) : 'no';
        return isConstant(e.object) && e.staticName !== undefined ? at(e.pos, `.${e.staticName}`) : 'no';
      }
      case 'call':
        return e.callee.kind === 'global' && args(e.args) && isGlobalFunction(e.callee.name) ? at(e.pos, e.callee.name) : 'no';
      default: return 'no';
    }
  }

  /** Folds an operator, template, property read or built-in call whose operands are constants. */
  private foldPure(e: Expr): Expr {
    const site = this.pureSite(e);
    if (site === 'no') return e;
    const result = this.evaluate((ev) => ev.evaluate(e));
    return 'bail' in result ? e : this.replace(e, site, result.value, false);
  }

  /** Folds `f(args)` where f is a known program function and every argument is a constant. */
  private foldProgramCall(e: Extract<Expr, { kind: 'call' }>, callee: Extract<Expr, { kind: 'read' }>): Expr {
    if (!this.facts.functions.has(callee.binding) || !e.args.every((a) => isConstant(a.expr))) return e;
    const argTexts = e.args.map((a) => {
      const v = this.evaluate((ev) => ev.evaluate(a.expr));
      return `${a.spread ? '...' : ''}${'bail' in v ? '?' : showValue(v.value)}`;
    });
    const site: Site | undefined = e.pos && { pos: e.pos, op: 'call', expr: `${e.text}(${argTexts.join(', ')})` };
    const tainted = this.facts.builtinsTainted;
    if (tainted !== undefined) {
      if (site !== undefined) this.report.add({ ...site, reason: `the program may modify built-ins (${tainted})` });
      return e;
    }
    const key = `${callee.binding.id}(${argTexts.join(',')})`;
    if (this.memo.has(key)) return this.replace(e, site, this.memo.get(key), true);
    const result = this.evaluate((ev) => ev.evaluate(e));
    if ('bail' in result) {
      if (site !== undefined) this.report.add({ ...site, reason: result.bail });
      return e;
    }
    if (!result.orderDependent) this.memo.set(key, result.value);
    return this.replace(e, site, result.value, true);
  }
}

/** Folds every function of `program` in place when `enabled`; returns the fold report (empty when off). */
export function foldProgram(program: Program, enabled: boolean): FoldReport {
  const report = new FoldReport();
  if (!enabled) return report;
  const folder = new Folder(analyseProgram(program), report);
  for (const fn of program.functions) folder.foldFunction(fn);
  return report;
}
