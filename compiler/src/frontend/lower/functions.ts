/**
 * Lowering of function-like declarations (ECMA-262 10.2): parameters (defaults, rest, patterns),
 * declaration instantiation, and the body. Every function, including the module's top level, becomes
 * a HIR FunctionNode registered in the context.
 */
import ts from 'typescript';
import type { FunctionNode } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { lowerExpr, read, skipTypeWrappers } from './expressions.ts';
import { lowerBindingName } from './patterns.ts';
import { declareBindingName, declareLexical, declareVars } from './declarations.ts';
import { lowerStatements } from './statements.ts';
import { isStrictCode } from '../module-format.ts';
import { declareArgumentsObject } from './arguments.ts';
import { declareBlockFunctionVars } from './annex-b.ts';

export type FunctionLike =
  | ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration
  | ts.GetAccessorDeclaration | ts.SetAccessorDeclaration | ts.ConstructorDeclaration;

/** Creates an empty FunctionNode (with its top scope) nested in the current function. */
export function newFunction(ctx: LowerContext, kind: FunctionNode['kind'], name: string, node: ts.Node, generator = false, async = false): FunctionNode {
  const fn: FunctionNode = {
    id: ctx.newFunctionId(), kind, name, length: 0, params: [], prologue: [], body: [],
    scope: undefined as never, parent: kind === 'module' ? undefined : ctx.fn,
    thisBinding: undefined, homeBinding: undefined, newTargetBinding: undefined, fieldsInit: undefined,
    source: undefined, generator, async, strict: isStrictCode(node, ctx.format), pos: ctx.pos(node),
  };
  (fn as { scope: FunctionNode['scope'] }).scope = ctx.newScope(kind === 'module' ? 'module' : 'function', fn, kind === 'module' ? undefined : ctx.scope);
  // A constructor always has its `this` (it is the result of [[Construct]]).
  if (kind === 'ctor' || kind === 'derivedCtor') fn.thisBinding = ctx.declare(fn.scope, 'this', 'this');
  ctx.functions.push(fn);
  return fn;
}

function functionName(node: FunctionLike): string {
  if (ts.isConstructorDeclaration(node)) return '';
  const name = node.name;
  if (name === undefined) return '';
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return '';
}

/** Where V8's source text of a function starts: methods at their name (or get/set/async/*), others at their first token. */
function sourceStart(node: FunctionLike): number {
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
    const first = node.getChildren().find((c) =>
      c.kind === ts.SyntaxKind.GetKeyword || c.kind === ts.SyntaxKind.SetKeyword || c.kind === ts.SyntaxKind.AsteriskToken || c === node.name);
    const asyncModifier = node.modifiers?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    return (asyncModifier ?? first ?? node).getStart();
  }
  return node.getStart();
}

function kindOf(node: FunctionLike): FunctionNode['kind'] {
  if (ts.isArrowFunction(node)) return 'arrow';
  if (ts.isMethodDeclaration(node)) return 'method';
  if (ts.isGetAccessorDeclaration(node)) return 'getter';
  if (ts.isSetAccessorDeclaration(node)) return 'setter';
  if (ts.isConstructorDeclaration(node)) return 'ctor';
  return 'function';
}

/** Lowers a function-like node; `kind` overrides the inferred kind (class constructors). */
export function lowerFunctionLike(ctx: LowerContext, node: FunctionLike, kind: FunctionNode['kind'] = kindOf(node)): FunctionNode {
  const async = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
  const generator = (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.asteriskToken !== undefined;
  const fn = newFunction(ctx, kind, functionName(node), node, generator, async);
  if (!ts.isConstructorDeclaration(node)) fn.source = ctx.strippedSource(node, sourceStart(node));
  ctx.withFunction(fn, () => {
    // A named function expression can refer to itself by name.
    if (ts.isFunctionExpression(node) && node.name !== undefined) {
      const self = ctx.declare(fn.scope, node.name.text, 'const', node);
      fn.prologue.push({ kind: 'init', binding: self, value: { kind: 'callee' } });
    }
    const mapParameters = declareArgumentsObject(ctx, fn, node);
    lowerParams(ctx, fn, node.parameters);
    mapParameters();
    const body = node.body;
    if (body === undefined) return;
    if (ts.isBlock(body)) {
      declareVars(ctx, fn.scope, body);
      declareLexical(ctx, fn.scope, body.statements);
      declareBlockFunctionVars(ctx, fn.scope, body);
      fn.body.push(...lowerStatements(ctx, body.statements));
    } else {
      fn.body.push({ kind: 'return', value: lowerExpr(ctx, body) });
    }
  });
  return fn;
}

/** Binds parameters: plain identifiers directly from argv; defaults and patterns in the prologue. */
export function lowerParams(ctx: LowerContext, fn: FunctionNode, parameters: readonly ts.ParameterDeclaration[]): void {
  const declared = parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this')); // `this:` annotation
  // Every parameter is declared before any default is lowered: a default may close over a later one.
  for (const p of declared) {
    const rest = p.dotDotDotToken !== undefined;
    if (ts.isIdentifier(p.name)) {
      fn.params.push({ binding: ctx.declare(fn.scope, p.name.text, 'param', p), rest });
    } else {
      declareBindingName(ctx, fn.scope, p.name, 'let');
      fn.params.push({ binding: ctx.declare(fn.scope, 'arg', 'temp'), rest });
    }
  }
  const firstOptional = declared.findIndex((p) => p.dotDotDotToken !== undefined || p.initializer !== undefined);
  fn.length = firstOptional < 0 ? declared.length : firstOptional;
  declared.forEach((p, i) => {
    const param = fn.params[i]!;
    if (p.initializer !== undefined) {
      const isUndefined = { kind: 'binary', op: '===', left: read(param.binding), right: { kind: 'undefined' }, pos: ctx.pos(p), numeric: false } as const;
      const value = lowerExpr(ctx, skipTypeWrappers(p.initializer));
      fn.prologue.push({ kind: 'if', test: isUndefined, then: { kind: 'expr', expr: { kind: 'assign', target: param.binding, value } }, else: undefined });
    }
    if (!ts.isIdentifier(p.name)) fn.prologue.push(...lowerBindingName(ctx, p.name, read(param.binding)));
  });
}
