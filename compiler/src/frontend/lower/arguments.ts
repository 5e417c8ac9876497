/**
 * The `arguments` object (ECMA-262 10.4.4, FunctionDeclarationInstantiation 10.2.11 steps 15-22).
 * A function that refers to its implicit `arguments` (directly or from a nested arrow) gets a hidden
 * binding initialised first in its prologue by the argumentsObject intrinsic: unmapped in strict code
 * and for non-simple parameter lists, mapped otherwise. In a function with a mapped object, every use
 * of a formal parameter (from the function or a closure) reads and writes through the object
 * (mappedParamGet/Set), which keeps the parameter in the aliased property while it is mapped.
 */
import ts from 'typescript';
import type { Binding, Expr, FunctionNode } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { isLibraryDeclaration } from '../program.ts';

/** The arguments object of one function: its binding, and the formal index of each mapped parameter. */
export interface ArgumentsObject {
  readonly binding: Binding;
  readonly mappedParams: Map<Binding, number>;
}

/** True when `id` is the implicit `arguments` (no declaration of the program binds the name). */
export function isImplicitArguments(ctx: LowerContext, id: ts.Identifier): boolean {
  if (id.text !== 'arguments') return false;
  const decl = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration;
  return decl === undefined || isLibraryDeclaration(decl);
}

/** True when identifier `id` is a property name (`o.arguments`, `{ arguments: 1 }`), not a reference. */
function isPropertyName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isQualifiedName(p)) && (ts.isQualifiedName(p) ? p.right : p.name) === id;
}

/** Whether `node` (a function's parameters and body) uses its own implicit `arguments`; nested
 * non-arrow functions have their own (only their computed names are evaluated outside them), class
 * field initialisers and static blocks cannot use it. */
function usesArguments(ctx: LowerContext, node: ts.Node): boolean {
  const visit = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n)) return !isPropertyName(n) && isImplicitArguments(ctx, n);
    if ((ts.isFunctionLike(n) && !ts.isArrowFunction(n)) || ts.isPropertyDeclaration(n)) {
      const name = (n as { name?: ts.Node }).name;
      return name !== undefined && ts.isComputedPropertyName(name) && visit(name);
    }
    if (ts.isClassStaticBlockDeclaration(n)) return false;
    return ts.forEachChild(n, visit) === true;
  };
  return ts.forEachChild(node, visit) === true;
}

/** True for a simple parameter list (ECMA-262 15.1.3 IsSimpleParameterList): plain identifiers only. */
function isSimpleParameterList(parameters: readonly ts.ParameterDeclaration[]): boolean {
  return parameters.every((p) => ts.isIdentifier(p.name) && p.dotDotDotToken === undefined && p.initializer === undefined);
}

/**
 * Before its parameters are lowered: when `node` uses `arguments`, declares fn's arguments object
 * and its initialisation (the first prologue statement). Returns a function to call once the
 * parameters are bound, which records the mapped ones.
 */
export function declareArgumentsObject(ctx: LowerContext, fn: FunctionNode, node: ts.SignatureDeclaration): () => void {
  if (!usesArguments(ctx, node)) return () => {};
  const parameters = node.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  const mapped = !fn.strict && isSimpleParameterList(parameters);
  const binding = ctx.declare(fn.scope, 'arguments', 'var');
  const args: ArgumentsObject = { binding, mappedParams: new Map() };
  ctx.argumentsObjects.set(fn, args);
  const formals: Expr = { kind: 'number', value: mapped ? parameters.length : -1 };
  fn.prologue.push({ kind: 'init', binding, value: { kind: 'intrinsic', name: 'argumentsObject', args: [formals] } });
  return () => {
    if (!mapped) return;
    fn.params.forEach((p, i) => {
      // A duplicated name (sloppy code allows it) maps only its last occurrence (10.4.4.7 step 17).
      for (const [b, j] of args.mappedParams) if (b.name === p.binding.name && j < i) args.mappedParams.delete(b);
      args.mappedParams.set(p.binding, i);
    });
  };
}

/** The function whose `arguments` an expression in the current function sees (arrows see through). */
function argumentsOwner(ctx: LowerContext): FunctionNode {
  let fn = ctx.fn;
  while (fn.kind === 'arrow' && fn.parent !== undefined) fn = fn.parent;
  return fn;
}

/** A read of the implicit `arguments` at `id`, or a diagnostic where there is none to compile. */
export function argumentsValue(ctx: LowerContext, id: ts.Identifier): Expr {
  const owner = argumentsOwner(ctx);
  const args = ctx.argumentsObjects.get(owner);
  // The module's top level: an ES module has no `arguments`; a CommonJS module wrapper's is not built.
  if (args === undefined) return ctx.unsupported(id, "the 'arguments' object here");
  ctx.noteReference(args.binding);
  return { kind: 'read', binding: args.binding, tdzCheck: false };
}

/** Reads and writes of parameter `binding` when it is aliased by a mapped arguments object, else undefined. */
export function mappedParameter(ctx: LowerContext, binding: Binding): { get(): Expr; set(value: Expr): Expr } | undefined {
  if (binding.kind !== 'param') return undefined;
  const args = ctx.argumentsObjects.get(binding.scope.fn);
  const index = args?.mappedParams.get(binding);
  if (args === undefined || index === undefined) return undefined;
  const object = (): Expr => {
    ctx.noteReference(args.binding);
    return { kind: 'read', binding: args.binding, tdzCheck: false };
  };
  const at: Expr = { kind: 'number', value: index };
  return {
    get: () => ({ kind: 'intrinsic', name: 'mappedParamGet', args: [object(), at] }),
    set: (value) => ({ kind: 'intrinsic', name: 'mappedParamSet', args: [object(), at, value] }),
  };
}
