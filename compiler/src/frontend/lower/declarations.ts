/**
 * Declaration instantiation (ECMA-262 10.2.11 FunctionDeclarationInstantiation, 14.2.3
 * BlockDeclarationInstantiation): before a scope's statements are lowered, every name it declares
 * gets its Binding, so hoisted uses (calls before a function declaration, closures referring to
 * later `let`s) resolve.
 */
import ts from 'typescript';
import type { BindingKind, Scope } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { isAmbient } from '../program.ts';

/** Declares every identifier of a binding name (recursing into patterns). */
export function declareBindingName(ctx: LowerContext, scope: Scope, name: ts.BindingName, kind: BindingKind): void {
  if (ts.isIdentifier(name)) {
    if (kind === 'var') {
      // `var x` may redeclare a parameter or an earlier `var x`: all declarations share one binding.
      const primary = ctx.checker.getSymbolAtLocation(name)?.valueDeclaration;
      const existing = primary === undefined ? undefined : ctx.bindingOfDeclaration(primary);
      if (existing !== undefined) {
        ctx.alias(name.parent, existing);
        return;
      }
      const binding = ctx.declare(scope, name.text, kind, name.parent);
      if (primary !== undefined) ctx.alias(primary, binding);
      return;
    }
    ctx.declare(scope, name.text, kind, name.parent);
    return;
  }
  for (const element of name.elements) {
    if (!ts.isOmittedExpression(element)) declareBindingName(ctx, scope, element.name, kind);
  }
}

/** True for `using` / `await using` declaration lists. */
export function isUsingDeclaration(list: ts.VariableDeclarationList): boolean {
  const scoped = list.flags & ts.NodeFlags.BlockScoped;
  return scoped === ts.NodeFlags.Using || scoped === ts.NodeFlags.AwaitUsing;
}

function lexicalKind(list: ts.VariableDeclarationList): BindingKind {
  const scoped = list.flags & ts.NodeFlags.BlockScoped;
  if (scoped === ts.NodeFlags.Let) return 'let';
  if (scoped === 0) return 'var';
  return 'const';
}

/** Declares the lexical names (let, const, class, function) of a statement list in `scope`. */
export function declareLexical(ctx: LowerContext, scope: Scope, statements: readonly ts.Statement[]): void {
  for (const s of statements) {
    if (isAmbient(s)) continue;
    if (ts.isVariableStatement(s)) {
      const kind = lexicalKind(s.declarationList);
      if (kind !== 'var') for (const d of s.declarationList.declarations) declareBindingName(ctx, scope, d.name, kind);
    } else if (ts.isFunctionDeclaration(s) && s.name !== undefined && s.body !== undefined) {
      ctx.declare(scope, s.name.text, 'function', s);
    } else if (ts.isClassDeclaration(s) && s.name !== undefined) {
      ctx.declare(scope, s.name.text, 'class', s);
    }
  }
}

/** Declares, in the function scope, every `var` in `statements`, looking through blocks but not into nested functions. */
export function declareVars(ctx: LowerContext, scope: Scope, node: ts.Node): void {
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isVariableDeclarationList(n) && lexicalKind(n) === 'var') {
      for (const d of n.declarations) declareBindingName(ctx, scope, d.name, 'var');
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
}

export { lexicalKind };
