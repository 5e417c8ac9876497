/**
 * Environments and closures of the comptime evaluator. An Env holds the bindings of one scope
 * activation (a function call, a block entry, a loop iteration), keyed by HIR Binding, linked to its
 * parent; lexical bindings start in TDZ until their `init` runs (ECMA-262 9.1 Environment Records).
 * A CtClosure is a function value created during an evaluation (or a program function known to be
 * pure-callable): its FunctionNode plus the environment it closes over.
 */
import type { Binding, FunctionNode, Scope } from '../ir/hir.ts';

/** The value of a lexical binding before its initialisation. Never escapes an Env. */
export const TDZ: unique symbol = Symbol('tdz');

export class Env {
  readonly vars = new Map<Binding, unknown>();
  readonly parent: Env | undefined;
  /** The closure whose call created this environment (function scopes only): the value of `callee`. */
  readonly closure: CtClosure | undefined;

  constructor(parent: Env | undefined, closure?: CtClosure) {
    this.parent = parent;
    this.closure = closure;
  }

  /** A fresh environment for `scope` with its bindings declared: lexical ones in TDZ, others undefined. */
  static forScope(scope: Scope, parent: Env | undefined, closure?: CtClosure): Env {
    const env = new Env(parent, closure);
    for (const b of scope.bindings) env.vars.set(b, b.lexical ? TDZ : undefined);
    return env;
  }

  /** The environment for entering `scope` below `parent`: `parent` itself when the scope declares nothing. */
  static enter(scope: Scope, parent: Env): Env {
    return scope.bindings.length === 0 ? parent : Env.forScope(scope, parent);
  }

  /** The innermost environment (this or an ancestor) declaring `b`, or undefined: `b` is outer to the evaluation. */
  find(b: Binding): Env | undefined {
    for (let e: Env | undefined = this; e !== undefined; e = e.parent) if (e.vars.has(b)) return e;
    return undefined;
  }

  /** CreatePerIterationEnvironment (ECMA-262 14.7.4.4): a sibling holding copies of this one's bindings. */
  copy(): Env {
    const env = new Env(this.parent, this.closure);
    for (const [b, v] of this.vars) env.vars.set(b, v);
    return env;
  }
}

/** A function value inside a comptime evaluation. `env` undefined: a program-level function whose free
 * bindings resolve to propagated constants and known functions only. */
export class CtClosure {
  readonly fn: FunctionNode;
  readonly env: Env | undefined;

  constructor(fn: FunctionNode, env: Env | undefined) {
    this.fn = fn;
    this.env = env;
  }
}
