/**
 * Whole-program facts the folder needs before it folds anything:
 * - how many `init` statements each binding has (constants and known functions are bound once);
 * - the known functions: bindings initialised once, never reassigned, to a `function`/arrow
 *   expression (a function declaration, or `const f = (...) => ...`), which the evaluator may call;
 * - the scopes of switch statements (lowering does not track TDZ across their cases);
 * - whether the program may modify built-ins. Comptime evaluation runs built-ins on the compiler's
 *   own engine, which is only right while the program's built-ins are the pristine ones. The check is
 *   syntactic and conservative: `.prototype`/`__proto__` of anything but a program function or class,
 *   `.constructor` (other than `.constructor.name`), `getPrototypeOf`, a built-in namespace (`Math`,
 *   `Object`, `Array`, `JSON`, `Reflect`, `globalThis`) used as a value, or a global passed to an
 *   `Object.*`/`Reflect.*` function, an assignment to or a delete of an undeclared (global) name. Keys
 *   computed at run time are not seen.
 */
import type { Binding, Expr, FunctionNode, Program, Scope, Stmt } from '../ir/hir.ts';
import { rewriteChildren, rewriteStmt } from '../ir/walk.ts';

export interface ProgramFacts {
  /** Number of `init` statements of each binding (bindings without one are absent). */
  readonly initCount: ReadonlyMap<Binding, number>;
  /** Bindings bound once, never reassigned, to a function or arrow expression. */
  readonly functions: ReadonlyMap<Binding, FunctionNode>;
  /** Scopes of switch statements. */
  readonly switchScopes: ReadonlySet<Scope>;
  /** Why the program may modify built-ins (then only operators on primitives fold), or undefined. */
  readonly builtinsTainted: string | undefined;
}

/** Namespaces whose use as a plain value could let the program modify them. */
const NAMESPACES = new Set(['Math', 'Object', 'Array', 'JSON', 'Reflect', 'globalThis', 'Number', 'String', 'Boolean']);
/** Conversion functions commonly passed as callbacks (`arr.map(String)`): allowed as call arguments. */
const CALLBACK_GLOBALS = new Set(['Number', 'String', 'Boolean']);

/** The constant string key of a property access, if any. */
function constantKey(e: Expr): string | undefined {
  switch (e.kind) {
    case 'member': return e.name;
    case 'setMember': return e.name;
    case 'callMethod': return e.staticName ?? (e.key.kind === 'string' ? e.key.value : undefined);
    case 'index': case 'setIndex': case 'deleteMember': return e.key.kind === 'string' ? e.key.value : undefined;
    default: return undefined;
  }
}

function objectOf(e: Expr): Expr | undefined {
  switch (e.kind) {
    case 'member': case 'setMember': case 'callMethod': case 'index': case 'setIndex': case 'deleteMember': return e.object;
    default: return undefined;
  }
}

function isProgramFunction(e: Expr | undefined): boolean {
  return e !== undefined && e.kind === 'read' && (e.binding.kind === 'function' || e.binding.kind === 'class');
}

/** Why global `g`, a child of `parent` (undefined: a statement's root expression), may expose a built-in to modification. */
function globalUseTaint(g: Extract<Expr, { kind: 'global' }>, parent: Expr | undefined): string | undefined {
  if (parent !== undefined) {
    if ((parent.kind === 'member' || parent.kind === 'callMethod') && parent.object === g) return undefined;
    if ((parent.kind === 'call' || parent.kind === 'new') && parent.callee === g) return undefined;
    if (parent.kind === 'binary' && parent.op === 'instanceof' && parent.right === g) return undefined;
    if (parent.kind === 'unary' && parent.op === 'typeof') return undefined;
    const args = parent.kind === 'call' || parent.kind === 'callMethod' || parent.kind === 'new' ? parent.args : [];
    if (args.some((a) => a.expr === g)) {
      const toReflection = parent.kind === 'callMethod' && parent.object.kind === 'global' && (parent.object.name === 'Object' || parent.object.name === 'Reflect');
      if (toReflection) return `passes ${g.name} to ${parent.object.kind === 'global' ? parent.object.name : ''}.${parent.staticName ?? '[key]'}`;
      if (CALLBACK_GLOBALS.has(g.name) || !NAMESPACES.has(g.name)) return undefined;
    }
  }
  return NAMESPACES.has(g.name) ? `uses ${g.name} as a value` : undefined;
}

/** Why expression `e` (with its parent) may modify built-ins, or undefined. */
function taintOf(e: Expr, parent: Expr | undefined): string | undefined {
  if (e.kind === 'global') return globalUseTaint(e, parent);
  if (e.kind === 'intrinsic' && (e.name === 'globalSet' || e.name === 'globalDelete')) return 'assigns or deletes a global';
  const key = constantKey(e);
  if (key === undefined) return undefined;
  if ((key === 'prototype' || key === '__proto__') && !isProgramFunction(objectOf(e))) return `uses .${key}`;
  if (key === 'getPrototypeOf' && e.kind === 'callMethod') return 'uses getPrototypeOf';
  if (key === 'constructor' && !(parent !== undefined && parent.kind === 'member' && parent.name === 'name' && parent.object === e)) return 'uses .constructor';
  return undefined;
}

/** Computes the ProgramFacts of `program` (see the module doc). */
export function analyseProgram(program: Program): ProgramFacts {
  const initCount = new Map<Binding, number>();
  const initValue = new Map<Binding, Expr>();
  const switchScopes = new Set<Scope>();
  let builtinsTainted: string | undefined;
  const visit = (e: Expr, parent: Expr | undefined): Expr => {
    builtinsTainted ??= taintOf(e, parent);
    rewriteChildren(e, (c) => visit(c, e));
    return e;
  };
  const onStmt = (s: Stmt): void => {
    if (s.kind === 'init') {
      initCount.set(s.binding, (initCount.get(s.binding) ?? 0) + 1);
      initValue.set(s.binding, s.value);
    } else if (s.kind === 'switch') {
      switchScopes.add(s.scope);
    }
  };
  for (const fn of program.functions) {
    for (const s of [...fn.prologue, ...fn.body]) rewriteStmt(s, (e) => visit(e, undefined), onStmt);
  }
  const functions = new Map<Binding, FunctionNode>();
  for (const [b, value] of initValue) {
    const callable = value.kind === 'function' && (value.fn.kind === 'function' || value.fn.kind === 'arrow');
    const boundOnce = initCount.get(b) === 1 && !b.mutated && (b.kind === 'function' || b.kind === 'const' || b.kind === 'let');
    if (callable && boundOnce) functions.set(b, value.fn);
  }
  return { initCount, functions, switchScopes, builtinsTainted };
}
