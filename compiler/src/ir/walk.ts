/**
 * Exhaustive traversal of HIR expressions and statements for rewriting passes. `rewriteChildren`
 * replaces each direct child expression of a node with `f(child)` in place; nested functions are
 * not entered (passes visit every function of Program.functions on their own).
 */
import type { Arg, Expr, FunctionNode, Stmt } from './hir.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Rewrite = (e: Expr) => Expr;

function args(list: readonly Arg[], f: Rewrite): Arg[] {
  return list.map((a) => ({ ...a, expr: f(a.expr) }));
}

/** Replaces every direct child expression of `e` with f(child). */
export function rewriteChildren(e: Expr, f: Rewrite): void {
  const m = e as Mutable<Expr> & Record<string, unknown>;
  switch (e.kind) {
    case 'number': case 'string': case 'boolean': case 'null': case 'undefined': case 'read':
    case 'global': case 'typeofGlobal': case 'callee': case 'function': case 'privateName':
      return;
    case 'assign': m.value = f(e.value); return;
    case 'unary': case 'toNumeric': case 'toPropertyKey': m.operand = f(e.operand); return;
    case 'binary': case 'logical': m.left = f(e.left); m.right = f(e.right); return;
    case 'cond': m.test = f(e.test); m.then = f(e.then); m.else = f(e.else); return;
    case 'seq': m.exprs = e.exprs.map(f); return;
    case 'member': m.object = f(e.object); return;
    case 'index': m.object = f(e.object); m.key = f(e.key); return;
    case 'setMember': m.object = f(e.object); m.value = f(e.value); return;
    case 'setIndex': m.object = f(e.object); m.key = f(e.key); m.value = f(e.value); return;
    case 'deleteMember': m.object = f(e.object); m.key = f(e.key); return;
    case 'superMember': m.home = f(e.home); m.thisValue = f(e.thisValue); m.key = f(e.key); return;
    case 'call': m.callee = f(e.callee); m.args = args(e.args, f); return;
    case 'callMethod': m.object = f(e.object); m.key = f(e.key); m.args = args(e.args, f); return;
    case 'callWithThis': m.callee = f(e.callee); m.thisValue = f(e.thisValue); m.args = args(e.args, f); return;
    case 'new': m.callee = f(e.callee); m.args = args(e.args, f); return;
    case 'superCall': m.args = args(e.args, f); return;
    case 'class': {
      const cls = e.cls as Mutable<typeof e.cls>;
      if (cls.heritage !== undefined) cls.heritage = f(cls.heritage);
      cls.members = cls.members.map((mem) => ({ ...mem, key: f(mem.key) }));
      cls.fieldKeys = cls.fieldKeys.map((k) => ({ ...k, key: f(k.key) }));
      return;
    }
    case 'defineField': m.object = f(e.object); m.key = f(e.key); m.value = f(e.value); return;
    case 'object':
      m.props = e.props.map((p) => {
        switch (p.kind) {
          case 'init': return { kind: 'init', key: f(p.key), value: f(p.value) };
          case 'spread': return { kind: 'spread', value: f(p.value) };
          default: return { ...p, key: f(p.key) };
        }
      });
      return;
    case 'array': m.elements = e.elements.map((a) => (a === null ? null : { ...a, expr: f(a.expr) })); return;
    case 'template': m.parts = e.parts.map(f); return;
    case 'privateGet': m.object = f(e.object); m.key = f(e.key); return;
    case 'privateSet': m.object = f(e.object); m.key = f(e.key); m.value = f(e.value); return;
    case 'privateIn': m.object = f(e.object); m.key = f(e.key); return;
    case 'intrinsic': m.args = e.args.map(f); return;
    case 'yield': if (e.value !== undefined) m.value = f(e.value); return;
    case 'yieldStar': m.value = f(e.value); return;
    case 'await': m.value = f(e.value); return;
  }
}

/**
 * Applies f to every top-level expression of a statement (and recursively to nested statements), in
 * evaluation order. `after`, when given, is called with each statement (nested ones included) once
 * its own expressions and nested statements are rewritten.
 */
export function rewriteStmt(s: Stmt, f: Rewrite, after?: (s: Stmt) => void): void {
  rewriteStmtOnly(s, f, after);
  after?.(s);
}

function rewriteStmtOnly(s: Stmt, f: Rewrite, after: ((s: Stmt) => void) | undefined): void {
  const m = s as Mutable<Stmt> & Record<string, unknown>;
  const sub = (b: Stmt) => rewriteStmt(b, f, after);
  switch (s.kind) {
    case 'expr': m.expr = f(s.expr); return;
    case 'init': m.value = f(s.value); return;
    case 'block': s.body.forEach(sub); return;
    case 'if': m.test = f(s.test); sub(s.then); if (s.else !== undefined) sub(s.else); return;
    case 'loop':
      s.init.forEach(sub);
      if (s.test !== undefined) m.test = f(s.test);
      if (s.update !== undefined) m.update = f(s.update);
      sub(s.body);
      return;
    case 'forOf': m.iterable = f(s.iterable); s.bindStmts.forEach(sub); sub(s.body); return;
    case 'forIn': m.object = f(s.object); s.bindStmts.forEach(sub); sub(s.body); return;
    case 'labeled': sub(s.body); return;
    case 'return': if (s.value !== undefined) m.value = f(s.value); return;
    case 'throw': m.value = f(s.value); return;
    case 'try':
      sub(s.block);
      if (s.catchBody !== undefined) sub(s.catchBody);
      if (s.finallyBody !== undefined) sub(s.finallyBody);
      return;
    case 'switch':
      m.discriminant = f(s.discriminant);
      (m as { cases: unknown }).cases = s.cases.map((c) => {
        const test = c.test === undefined ? undefined : f(c.test);
        c.body.forEach(sub);
        return { test, body: c.body };
      });
      return;
    case 'break': case 'continue': case 'empty': return;
  }
}

/** Applies f to every top-level expression of every function's prologue and body. */
export function rewriteFunction(fn: FunctionNode, f: Rewrite): void {
  fn.prologue.forEach((s) => rewriteStmt(s, f));
  fn.body.forEach((s) => rewriteStmt(s, f));
}
