/**
 * Annex B.3.3 of ECMA-262 (block-level function declarations in sloppy code, which Node implements):
 * a function declared in a block of a sloppy function (or of a CommonJS module) is also a `var` of
 * that function, unless a `var F` in its place would be an early error (a lexical declaration of F
 * in between) or F names a parameter. The var starts undefined and receives the block's function
 * when its declaration statement is evaluated (B.3.3.1 step 3.a.ii: FunctionDeclaration evaluation).
 * TypeScript binds such names only inside their block, so uses elsewhere resolve here by name.
 */
import ts from 'typescript';
import type { Binding, FunctionNode, Scope } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';

/** True when `statements` declare `name` lexically (let/const/class, or `function` when `functions`). */
function declaresLexically(statements: readonly ts.Statement[], name: string, functions: boolean): boolean {
  return statements.some((s) => {
    if (ts.isVariableStatement(s) && (s.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0) {
      return s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    }
    if (ts.isClassDeclaration(s)) return s.name?.text === name;
    return functions && ts.isFunctionDeclaration(s) && s.body !== undefined && s.name?.text === name;
  });
}

/** The statement list a block-level declaration sits in, and the enclosing lists up to the function body. */
function statementLists(decl: ts.FunctionDeclaration, body: ts.Node): (readonly ts.Statement[])[] {
  const lists: (readonly ts.Statement[])[] = [];
  for (let n: ts.Node = decl.parent; n !== body && !ts.isFunctionLike(n) && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isBlock(n)) lists.push(n.statements);
    if (ts.isCaseBlock(n)) lists.push(n.clauses.flatMap((c) => [...c.statements])); // one scope for every case
  }
  return lists;
}

/**
 * Declares the Annex B var of every qualifying block-level function declaration under `body` (the
 * statements of `scope`'s sloppy function), reusing an existing var or top-level function binding.
 */
export function declareBlockFunctionVars(ctx: LowerContext, scope: Scope, body: ts.Node & { readonly statements: ts.NodeArray<ts.Statement> }): void {
  const fn = scope.fn;
  if (fn.strict) return;
  const params = new Set(fn.params.map((p) => p.binding.name));
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) {
      if (ts.isFunctionDeclaration(n) && n.parent !== body && n.name !== undefined && n.body !== undefined) declareOne(n);
      return;
    }
    ts.forEachChild(n, visit);
  };
  const declareOne = (decl: ts.FunctionDeclaration): void => {
    const name = decl.name!.text;
    if (params.has(name) || declaresLexically(body.statements, name, false)) return;
    const lists = statementLists(decl, body);
    if (lists.some((list, i) => declaresLexically(list, name, i > 0))) return;
    const existing = scope.bindings.find((b) => b.name === name && (b.kind === 'var' || b.kind === 'function'));
    const binding = existing ?? ctx.declare(scope, name, 'var');
    binding.mutated = true;
    ctx.blockFunctionVars.set(decl, binding);
    let names = ctx.annexBNames.get(fn);
    if (names === undefined) ctx.annexBNames.set(fn, (names = new Map()));
    names.set(name, binding);
  };
  ts.forEachChild(body, visit);
}

/** True when `id` is inside the block (or switch case block) whose scope a block-level `decl` belongs to. */
export function isInsideDeclaringBlock(id: ts.Node, decl: ts.FunctionDeclaration): boolean {
  const container = ts.isCaseClause(decl.parent) || ts.isDefaultClause(decl.parent) ? decl.parent.parent : decl.parent;
  return id.getSourceFile() === container.getSourceFile() && id.pos >= container.pos && id.end <= container.end;
}

/** The Annex B var a name TypeScript could not bind refers to from the current function, if any. */
export function blockFunctionVar(ctx: LowerContext, name: string): Binding | undefined {
  for (let fn: FunctionNode | undefined = ctx.fn; fn !== undefined; fn = fn.parent) {
    const binding = ctx.annexBNames.get(fn)?.get(name);
    if (binding !== undefined) {
      ctx.noteReference(binding);
      return binding;
    }
  }
  return undefined;
}
