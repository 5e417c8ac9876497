/**
 * The comptime evaluator: an interpreter of HIR with a fuel limit, used to evaluate calls of pure
 * program functions with constant arguments (and constant expressions) at compile time.
 *
 * Values are comptime values (values.ts): primitives, data created during this evaluation (host arrays
 * and plain objects: fresh, so mutating them is invisible outside), and closures (env.ts), which are
 * never stored into data. Semantics come from the host engine (the pinned Node, the reference):
 * operators.ts for operators, builtins.ts / array-methods.ts for built-ins. Statements follow
 * ECMA-262 section 14 (loops with per-iteration bindings, labelled break/continue, switch).
 *
 * The evaluation ends with a Bail (bail.ts) on anything it cannot do exactly and purely: reading an
 * outer binding that is not a propagated constant or a known function (OuterScope), writing one,
 * globals other than pure built-ins (I/O, Date, Math.random), `this`, classes, `new`, try/throw,
 * getters/setters and methods, a built-in that throws, a property read that would reach a
 * prototype, recursion deeper than MAX_CALL_DEPTH, or more steps than its fuel.
 */
import type { Arg, Binding, Expr, FunctionNode, ObjectProp, Stmt } from '../ir/hir.ts';
import { rewriteChildren, rewriteStmt } from '../ir/walk.ts';
import { bail, Bail } from './bail.ts';
import { callGlobalFunction, callPrimitiveMethod, callStaticMethod, checkSize, globalBailReason, isConstantTimeMethod, staticValue } from './builtins.ts';
import { arrayFrom, callArrayMethod, isConstantTimeArrayMethod } from './array-methods.ts';
import { CtClosure, Env, TDZ } from './env.ts';
import { binaryOperator, unaryOperator } from './operators.ts';
import { isPrimitive, MAX_ARRAY_LENGTH, showPrimitive, type Primitive } from './values.ts';

/** Deepest interpreted call nesting; deeper recursion bails (the host stack is not unbounded). */
export const MAX_CALL_DEPTH = 400;

/** What an evaluation sees of a binding outside it: a constant, a known pure-callable function, or why not. */
export type OuterBinding = { readonly value: Primitive } | { readonly fn: FunctionNode } | { readonly bail: string };

/** The outside of an evaluation: the bindings it may read (see const-prop.ts). */
export interface OuterScope {
  lookup(b: Binding): OuterBinding;
}

/** A statement's abrupt completion (ECMA-262 6.2.4); undefined is a normal completion. */
type Completion = undefined | { readonly kind: 'break' | 'continue'; readonly label: string | undefined } | { readonly kind: 'return'; readonly value: unknown };

/** Runs `f` (a host operation on comptime values); a host exception bails: the program would throw there. */
function guarded<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Bail) throw e;
    return bail(`${what} throws ${e instanceof Error ? e.name : 'a value'}`);
  }
}

/** A property key from a primitive value (ToPropertyKey); `__proto__` bails (it is an accessor). */
function toKey(v: unknown): string {
  if (!isPrimitive(v)) return bail('uses an object as a property key');
  const k = String(v);
  if (k === '__proto__') bail('uses the __proto__ key');
  return k;
}

const closureCreators = new WeakMap<Stmt, boolean>();

/** Whether a loop can create a closure (only then are its per-iteration copies observable). Cached. */
function createsClosures(loop: Stmt): boolean {
  let found = closureCreators.get(loop);
  if (found === undefined) {
    found = false;
    const visit = (e: Expr): Expr => {
      if (e.kind === 'function' || e.kind === 'class') found = true;
      else rewriteChildren(e, visit);
      return e;
    };
    rewriteStmt(loop, visit);
    closureCreators.set(loop, found);
  }
  return found;
}

/** `new Array(...args)` (ECMA-262 23.1.1.1): a length of at most MAX_ARRAY_LENGTH, or the elements. */
function newArray(args: readonly unknown[]): unknown[] {
  if (args.some((a) => a instanceof CtClosure)) bail('stores a function in an array');
  if (args.length === 1 && typeof args[0] === 'number' && args[0] > MAX_ARRAY_LENGTH) bail(`builds an array longer than ${MAX_ARRAY_LENGTH}`);
  return guarded('new Array', () => new Array(...args));
}

/** True when `k` is an array index (ECMA-262 6.1.7): a canonical uint32 string other than 2^32-1. */
function isArrayIndex(k: string): boolean {
  const n = Number(k);
  return String(n >>> 0) === k && n !== 4294967295;
}

function describeKind(e: Expr): string {
  switch (e.kind) {
    case 'new': return `constructs an object (new ${e.text})`;
    case 'class': return 'defines a class';
    case 'superMember': case 'superCall': return 'uses super';
    case 'callWithThis': return 'calls with an explicit this';
    case 'intrinsic': return `uses ${e.name}`;
    case 'typeofGlobal': return `uses typeof of global '${e.name}'`;
    default: return `uses ${e.kind}`;
  }
}

export class Evaluator {
  /** Steps left; each statement and expression costs one. */
  fuel: number;
  private readonly initialFuel: number;
  private depth = 0;
  private readonly outer: OuterScope;
  /** One closure per known outer function, so `f === f` holds within an evaluation. */
  private readonly outerClosures = new Map<Binding, CtClosure>();
  /** Primitive results of program-level functions by primitive arguments (see `call`). */
  private readonly memo = new Map<FunctionNode, Map<string, unknown>>();

  constructor(outer: OuterScope, fuel: number) {
    this.outer = outer;
    this.fuel = fuel;
    this.initialFuel = fuel;
  }

  /** Evaluates an expression with no local bindings (its free bindings go through OuterScope). Throws Bail. */
  evaluate(e: Expr): unknown {
    return this.hostStackGuard(() => this.expr(e, undefined));
  }

  private hostStackGuard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof RangeError && /call stack/.test(e.message)) return bail('recursion too deep for the compiler (host stack)');
      throw e;
    }
  }

  private tick(): void {
    if (--this.fuel < 0) bail(`fuel exhausted (${this.initialFuel} steps)`);
  }

  /** Charges `n` steps: built-ins do work proportional to the size of what they touch. */
  private charge(n: number): void {
    this.fuel -= n;
    if (this.fuel < 0) bail(`fuel exhausted (${this.initialFuel} steps)`);
  }

  /** Charges the size of each value (string length, array length, property count). */
  private chargeSizes(values: readonly unknown[]): void {
    let n = 0;
    for (const v of values) {
      if (typeof v === 'string' || Array.isArray(v)) n += v.length;
      else if (v !== null && typeof v === 'object' && !(v instanceof CtClosure)) n += Object.keys(v).length;
    }
    this.charge(n);
  }

  /** Runs a built-in call, charging the sizes of its inputs before and of its result after. */
  private builtin(inputs: readonly unknown[], f: () => unknown): unknown {
    this.chargeSizes(inputs);
    const result = f();
    this.chargeSizes([result]);
    return result;
  }

  // ---- functions ----------------------------------------------------------------------------

  /**
   * Calls a closure. A program-level function (no captured environment) called with primitive
   * arguments can only compute a function of them (it sees nothing mutable and nothing of the
   * caller's), so its primitive results are memoised for the rest of the evaluation.
   */
  private call(c: CtClosure, args: readonly unknown[]): unknown {
    const fn = c.fn;
    if (fn.kind !== 'function' && fn.kind !== 'arrow') bail(`calls a ${fn.kind}`);
    if (fn.generator) bail('calls a generator function');
    if (fn.async) bail('calls an async function');
    if (this.depth >= MAX_CALL_DEPTH) bail(`recursion deeper than ${MAX_CALL_DEPTH} calls`);
    this.tick();
    const memo = c.env === undefined && args.every(isPrimitive) ? this.memoOf(fn) : undefined;
    const key = memo === undefined ? '' : (args as Primitive[]).map(showPrimitive).join(',');
    if (memo?.has(key)) return memo.get(key);
    const result = this.run(c, args);
    if (memo !== undefined && isPrimitive(result)) memo.set(key, result);
    return result;
  }

  private memoOf(fn: FunctionNode): Map<string, unknown> {
    let memo = this.memo.get(fn);
    if (memo === undefined) {
      memo = new Map();
      this.memo.set(fn, memo);
    }
    return memo;
  }

  private run(c: CtClosure, args: readonly unknown[]): unknown {
    const fn = c.fn;
    this.depth++;
    try {
      const env = Env.forScope(fn.scope, c.env, c);
      fn.params.forEach((p, i) => env.vars.set(p.binding, p.rest ? args.slice(i) : args[i]));
      for (const list of [fn.prologue, fn.body]) {
        const done = this.statements(list, env);
        if (done !== undefined) return done.kind === 'return' ? done.value : bail(`${done.kind} outside a loop`);
      }
      return undefined;
    } finally {
      this.depth--;
    }
  }

  /** A closure as a host callback for built-ins; it may not return a function (data never holds one). */
  private readonly wrap = (c: CtClosure) => (...a: unknown[]): unknown => {
    const r = this.call(c, a);
    if (r instanceof CtClosure) bail('a callback returns a function');
    return r;
  };

  private args(list: readonly Arg[], env: Env | undefined): unknown[] {
    const out: unknown[] = [];
    for (const a of list) {
      const v = this.expr(a.expr, env);
      if (!a.spread) out.push(v);
      else if (Array.isArray(v) || typeof v === 'string') out.push(...(this.builtin([v], () => guarded('spread', () => [...v])) as unknown[]));
      else bail('spreads a value that is not an array or string');
    }
    return out;
  }

  // ---- statements ---------------------------------------------------------------------------

  private statements(list: readonly Stmt[], env: Env): Completion {
    for (const s of list) {
      const c = this.stmt(s, env);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  private setBinding(b: Binding, value: unknown, env: Env | undefined, what: string): void {
    const home = env?.find(b);
    if (home === undefined) bail(`${what} outer binding '${b.name}'`);
    home.vars.set(b, value);
  }

  /** Whether a loop labelled `label` consumes completion `c` (break/continue without label or with its label). */
  private static targets(c: Completion, label: string | undefined, kind: 'break' | 'continue'): boolean {
    return c !== undefined && c.kind === kind && (c.label === undefined || c.label === label);
  }

  private stmt(s: Stmt, env: Env): Completion {
    this.tick();
    switch (s.kind) {
      case 'expr': this.expr(s.expr, env); return undefined;
      case 'init': this.setBinding(s.binding, this.expr(s.value, env), env, 'initialises'); return undefined;
      case 'block': return this.statements(s.body, Env.enter(s.scope, env));
      case 'if':
        if (this.truthy(this.expr(s.test, env))) return this.stmt(s.then, env);
        return s.else === undefined ? undefined : this.stmt(s.else, env);
      case 'loop': return this.loop(s, env);
      case 'forOf': return this.forOf(s, env);
      case 'forIn': return this.forIn(s, env);
      case 'labeled': {
        const c = this.stmt(s.body, env);
        return c !== undefined && c.kind === 'break' && c.label === s.label ? undefined : c;
      }
      case 'break': case 'continue': return { kind: s.kind, label: s.label };
      case 'return': return { kind: 'return', value: s.value === undefined ? undefined : this.expr(s.value, env) };
      case 'throw': return bail('throws');
      case 'try': return bail('has a try statement');
      case 'switch': return this.switchStmt(s, env);
      case 'empty': return undefined;
    }
  }

  private loop(s: Extract<Stmt, { kind: 'loop' }>, outer: Env): Completion {
    let env = s.scope === undefined ? outer : Env.enter(s.scope, outer);
    const init = this.statements(s.init, env);
    if (init !== undefined) return init;
    const perIteration = s.perIteration && createsClosures(s);
    if (perIteration) env = env.copy();
    for (let first = true; ; first = false) {
      if (!(s.postTest && first) && s.test !== undefined && !this.truthy(this.expr(s.test, env))) return undefined;
      const c = this.stmt(s.body, env);
      if (Evaluator.targets(c, s.label, 'break')) return undefined;
      if (c !== undefined && !Evaluator.targets(c, s.label, 'continue')) return c;
      if (perIteration) env = env.copy();
      if (s.update !== undefined) this.expr(s.update, env);
    }
  }

  /** One iteration of for-of/for-in: binds `value` in a fresh scope and runs the body. */
  private iteration(s: Extract<Stmt, { kind: 'forOf' | 'forIn' }>, value: unknown, outer: Env): Completion {
    this.setBinding(s.valueTemp, value, outer, 'assigns');
    const env = Env.enter(s.scope, outer);
    const bound = this.statements(s.bindStmts, env);
    return bound ?? this.stmt(s.body, env);
  }

  private forOf(s: Extract<Stmt, { kind: 'forOf' }>, env: Env): Completion {
    if (s.await) bail('for await');
    const iterable = this.expr(s.iterable, env);
    let next: () => { value: unknown } | undefined;
    if (typeof iterable === 'string') {
      const items = [...iterable];
      let i = 0;
      next = () => (i < items.length ? { value: items[i++] } : undefined);
    } else if (Array.isArray(iterable)) {
      // %ArrayIteratorPrototype%.next: re-reads the length each step, holes read as undefined.
      let i = 0;
      next = () => (i < iterable.length ? { value: iterable[i++] } : undefined);
    } else {
      return bail('iterates a value that is not an array or string');
    }
    for (let item = next(); item !== undefined; item = next()) {
      this.tick();
      const c = this.iteration(s, item.value, env);
      if (Evaluator.targets(c, s.label, 'break')) return undefined;
      if (c !== undefined && !Evaluator.targets(c, s.label, 'continue')) return c;
    }
    return undefined;
  }

  private forIn(s: Extract<Stmt, { kind: 'forIn' }>, env: Env): Completion {
    const object = this.expr(s.object, env);
    if (object instanceof CtClosure) return bail('enumerates a function');
    if (object === null || object === undefined) return undefined;
    const boxed = Object(object) as object;
    const keys: string[] = [];
    for (const k in boxed) keys.push(k);
    for (const k of keys) {
      this.tick();
      if (!(k in boxed)) continue; // deleted during the enumeration
      const c = this.iteration(s, k, env);
      if (Evaluator.targets(c, s.label, 'break')) return undefined;
      if (c !== undefined && !Evaluator.targets(c, s.label, 'continue')) return c;
    }
    return undefined;
  }

  private switchStmt(s: Extract<Stmt, { kind: 'switch' }>, outer: Env): Completion {
    const d = this.expr(s.discriminant, outer);
    const env = Env.enter(s.scope, outer);
    let start = s.cases.findIndex((c) => c.test !== undefined && this.expr(c.test, env) === d);
    if (start < 0) start = s.cases.findIndex((c) => c.test === undefined);
    if (start < 0) return undefined;
    for (const c of s.cases.slice(start)) {
      const done = this.statements(c.body, env);
      if (done === undefined) continue;
      return Evaluator.targets(done, s.label, 'break') ? undefined : done;
    }
    return undefined;
  }

  // ---- expressions --------------------------------------------------------------------------

  private truthy(v: unknown): boolean {
    return v instanceof CtClosure || Boolean(v);
  }

  private readBinding(b: Binding, env: Env | undefined): unknown {
    if (b.kind === 'this' || b.kind === 'home' || b.kind === 'newtarget') return bail('uses this');
    const home = env?.find(b);
    if (home !== undefined) {
      const v = home.vars.get(b);
      return v === TDZ ? bail(`reads '${b.name}' before its initialisation (throws ReferenceError)`) : v;
    }
    const known = this.outer.lookup(b);
    if ('bail' in known) return bail(known.bail);
    if ('value' in known) return known.value;
    let c = this.outerClosures.get(b);
    if (c === undefined) {
      c = new CtClosure(known.fn, undefined);
      this.outerClosures.set(b, c);
    }
    return c;
  }

  /** The operand of an operator: closures bail (their ToPrimitive would print source text). */
  private operand(v: unknown, what: string): unknown {
    if (v instanceof CtClosure) bail(`applies ${what} to a function`);
    return v;
  }

  private getProperty(object: unknown, key: unknown): unknown {
    if (object instanceof CtClosure) return bail('reads a property of a function');
    if (object === null || object === undefined) return bail(`reads a property of ${object} (throws TypeError)`);
    if (typeof object === 'string' && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < object.length) return object[key];
    if (Array.isArray(object) && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < object.length && Object.hasOwn(object, key)) return object[key];
    const k = toKey(key);
    const boxed = Object(object) as Record<string, unknown>;
    if (Object.hasOwn(boxed, k)) return boxed[k];
    if (k in boxed) return bail(`reads inherited property '${k}'`);
    return undefined;
  }

  private setProperty(object: unknown, key: unknown, value: unknown): unknown {
    if (!Array.isArray(object) && (isPrimitive(object) || object instanceof CtClosure)) return bail('writes a property of a non-object (throws TypeError or is lost)');
    if (value instanceof CtClosure) return bail('stores a function in an object');
    const k = toKey(key);
    if (Array.isArray(object)) {
      if (k === 'length' && !(Number(value) <= MAX_ARRAY_LENGTH)) bail(`builds an array longer than ${MAX_ARRAY_LENGTH}`);
      if (isArrayIndex(k) && Number(k) >= MAX_ARRAY_LENGTH) bail(`builds an array longer than ${MAX_ARRAY_LENGTH}`);
    }
    guarded('a property assignment', () => {
      (object as Record<string, unknown>)[k] = value;
    });
    return value;
  }

  private callMethod(e: Extract<Expr, { kind: 'callMethod' }>, env: Env | undefined): unknown {
    if (e.object.kind === 'global') {
      const name = e.staticName ?? toKey(this.expr(e.key, env));
      const args = this.args(e.args, env);
      const object = e.object.name;
      return this.builtin(args, () => (object === 'Array' && name === 'from' ? arrayFrom(args, this.wrap) : callStaticMethod(object, name, args)));
    }
    const receiver = this.expr(e.object, env);
    const name = e.staticName ?? toKey(this.expr(e.key, env));
    const args = this.args(e.args, env);
    if (receiver instanceof CtClosure) return bail(`calls a function's .${name}`);
    if (isPrimitive(receiver)) {
      return this.builtin(isConstantTimeMethod(receiver, name) ? args : [receiver, ...args], () => callPrimitiveMethod(receiver, name, args));
    }
    if (Object.hasOwn(receiver as object, name)) return bail(`calls own property '${name}' (not a function: throws TypeError)`);
    if (Array.isArray(receiver)) {
      return this.builtin(isConstantTimeArrayMethod(name) ? args : [receiver, ...args], () => callArrayMethod(receiver, name, args, this.wrap));
    }
    return bail(`calls object.${name}`);
  }

  /** The destructuring intrinsics (hir.ts Intrinsic) on arrays, strings and data; anything else bails. */
  private intrinsic(name: string, args: readonly unknown[], e: Expr): unknown {
    const [value, second, third] = args;
    switch (name) {
      case 'requireObjectCoercible':
        return value === null || value === undefined ? bail(`destructures ${value} (throws TypeError)`) : value;
      case 'destructureIterable': {
        if (!Array.isArray(value) && typeof value !== 'string') return bail('destructures a value that is not an array or string');
        const items = this.builtin([value], () => [...value]) as unknown[];
        const n = second as number;
        const out = items.slice(0, n);
        while (out.length < n) out.push(undefined);
        if (third === true) out.push(items.slice(n));
        return out;
      }
      case 'objectRest': {
        if (value instanceof CtClosure) return bail('destructures a function');
        const excluded = new Set((second as unknown[]).map(toKey));
        const out: Record<string, unknown> = {};
        const boxed = Object(value) as Record<string, unknown>;
        for (const k of this.builtin([value], () => Object.keys(boxed)) as string[]) if (!excluded.has(k)) out[k] = boxed[k];
        return out;
      }
      default:
        return bail(describeKind(e));
    }
  }

  private objectLiteral(props: readonly ObjectProp[], env: Env | undefined): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const p of props) {
      if (p.kind === 'init') {
        const k = toKey(this.expr(p.key, env));
        const v = this.expr(p.value, env);
        if (v instanceof CtClosure) bail('stores a function in an object');
        o[k] = v;
      } else if (p.kind === 'spread') {
        const v = this.expr(p.value, env);
        if (v instanceof CtClosure) bail('spreads a function');
        this.builtin([v], () => guarded('an object spread', () => Object.assign(o, { ...(v as object) })));
      } else {
        bail(`defines a ${p.kind} in an object literal`);
      }
    }
    return o;
  }

  private arrayLiteral(elements: readonly (Arg | null)[], env: Env | undefined): unknown[] {
    const a: unknown[] = [];
    for (const el of elements) {
      if (el === null) {
        a.length++;
        continue;
      }
      const v = this.expr(el.expr, env);
      if (el.spread) {
        if (!Array.isArray(v) && typeof v !== 'string') bail('spreads a value that is not an array or string');
        for (const item of this.builtin([v], () => guarded('spread', () => [...(v as string | unknown[])])) as unknown[]) a.push(item);
      } else {
        if (v instanceof CtClosure) bail('stores a function in an array');
        a.push(v);
      }
      checkSize(a);
    }
    return a;
  }

  private expr(e: Expr, env: Env | undefined): unknown {
    this.tick();
    switch (e.kind) {
      case 'number': case 'string': case 'boolean': return e.value;
      case 'null': return null;
      case 'undefined': return undefined;
      case 'read': return this.readBinding(e.binding, env);
      case 'global': return bail(globalBailReason(e.name));
      case 'assign': {
        const v = this.expr(e.value, env);
        this.setBinding(e.target, v, env, 'assigns');
        return v;
      }
      case 'unary': {
        const v = this.expr(e.operand, env);
        if (e.op === 'typeof' && v instanceof CtClosure) return 'function';
        if (e.op === 'void' || e.op === '!') return e.op === 'void' ? undefined : !this.truthy(v);
        const a = this.operand(v, e.op);
        return isPrimitive(a) ? unaryOperator(e.op, a) : this.builtin([a], () => guarded(e.op, () => unaryOperator(e.op, a)));
      }
      case 'binary': {
        const l = this.expr(e.left, env);
        const r = this.expr(e.right, env);
        if ((e.op === '===' || e.op === '!==') && (l instanceof CtClosure || r instanceof CtClosure)) return (l === r) === (e.op === '===');
        const a = this.operand(l, e.op);
        const b = this.operand(r, e.op);
        if (isPrimitive(a) && isPrimitive(b) && e.op !== 'in') {
          const v = binaryOperator(e.op, a, b);
          return v === undefined ? bail(`uses ${e.op}`) : checkSize(v.value);
        }
        this.chargeSizes([a, b]);
        const v = guarded(e.op, () => binaryOperator(e.op, a, b));
        return v === undefined ? bail(`uses ${e.op}`) : checkSize(v.value);
      }
      case 'logical': {
        const l = this.expr(e.left, env);
        const takeLeft = e.op === '&&' ? !this.truthy(l) : e.op === '||' ? this.truthy(l) : l !== null && l !== undefined;
        return takeLeft ? l : this.expr(e.right, env);
      }
      case 'cond': return this.truthy(this.expr(e.test, env)) ? this.expr(e.then, env) : this.expr(e.else, env);
      case 'seq': {
        let v: unknown;
        for (const x of e.exprs) v = this.expr(x, env);
        return v;
      }
      case 'toNumeric': {
        const v = this.operand(this.expr(e.operand, env), '++/--');
        return guarded('++/--', () => +(v as number));
      }
      case 'member': {
        if (e.object.kind === 'global') return staticValue(e.object.name, e.name)?.value ?? bail(`reads ${e.object.name}.${e.name}`);
        return this.getProperty(this.expr(e.object, env), e.name);
      }
      case 'index': {
        const object = this.expr(e.object, env);
        return this.getProperty(object, this.expr(e.key, env));
      }
      case 'setMember': {
        const object = this.expr(e.object, env);
        return this.setProperty(object, e.name, this.expr(e.value, env));
      }
      case 'setIndex': {
        const object = this.expr(e.object, env);
        const key = this.expr(e.key, env);
        return this.setProperty(object, key, this.expr(e.value, env));
      }
      case 'deleteMember': {
        const object = this.expr(e.object, env);
        const key = toKey(this.expr(e.key, env));
        if (!Array.isArray(object) && (isPrimitive(object) || object instanceof CtClosure)) return bail('deletes a property of a non-object');
        return guarded('delete', () => delete (object as Record<string, unknown>)[key]);
      }
      case 'call': {
        if (e.callee.kind === 'global') {
          const name = e.callee.name;
          const args = this.args(e.args, env);
          return this.builtin(args, () => callGlobalFunction(name, args)?.value ?? bail(globalBailReason(name)));
        }
        const f = this.expr(e.callee, env);
        const args = this.args(e.args, env);
        if (!(f instanceof CtClosure)) return bail(`calls ${e.text}, which is not a function (throws TypeError)`);
        return this.call(f, args);
      }
      case 'callMethod': return this.callMethod(e, env);
      case 'function':
        if (e.fn.kind !== 'function' && e.fn.kind !== 'arrow') return bail(`creates a ${e.fn.kind}`);
        return new CtClosure(e.fn, env);
      case 'callee': {
        for (let x = env; x !== undefined; x = x.parent) if (x.closure !== undefined) return x.closure;
        return bail('uses the current function outside a call');
      }
      case 'object': return this.objectLiteral(e.props, env);
      case 'array': return this.arrayLiteral(e.elements, env);
      case 'template': {
        let s = '';
        for (const p of e.parts) {
          const v = this.operand(this.expr(p, env), 'a template literal');
          s += isPrimitive(v) ? String(v) : this.builtin([v], () => guarded('a template literal', () => String(v)));
          checkSize(s);
        }
        return s;
      }
      case 'toPropertyKey': return toKey(this.expr(e.operand, env));
      case 'new': {
        if (e.callee.kind !== 'global' || e.callee.name !== 'Array') return bail(describeKind(e));
        const args = this.args(e.args, env);
        return this.builtin(args, () => newArray(args));
      }
      case 'intrinsic': return this.intrinsic(e.name, e.args.map((x) => this.expr(x, env)), e);
      case 'typeofGlobal': case 'superMember': case 'superCall': case 'callWithThis': case 'class':
      case 'yield': case 'yieldStar': case 'await': case 'defineField': case 'privateName': case 'privateGet': case 'privateSet': case 'privateIn':
        return bail(describeKind(e));
    }
  }
}
