/**
 * Lowering of TypeScript expressions to HIR expressions (ECMA-262 section 13 evaluation order).
 * Type-only syntax (as, !, satisfies, type assertions) is erased; compound and logical assignment,
 * ++/--, optional chains and template literals are desugared into the smaller HIR set.
 */
import ts from 'typescript';
import type { Arg, BinaryOp, Binding, Expr, ObjectProp } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { isLibraryDeclaration } from '../program.ts';
import { checkLibraryUse } from '../library-surface.ts';
import { TSN_UNSUPPORTED_LIBRARY } from '../diagnostics.ts';
import { lowerFunctionLike } from './functions.ts';
import { lowerClass } from './classes.ts';
import { lowerAssignmentPattern } from './patterns.ts';
import { namedValue } from './statements.ts';
import { lowerRegExpLiteral } from './regexp-literal.ts';
import { argumentsValue, isImplicitArguments, mappedParameter } from './arguments.ts';
import { blockFunctionVar, isInsideDeclaringBlock } from './annex-b.ts';
import { isMissingWrapperVariable, isModuleObjectAccess, moduleThis, wrapperVariable } from './commonjs.ts';

const BINARY_OPS: ReadonlyMap<ts.SyntaxKind, BinaryOp> = new Map([
  [ts.SyntaxKind.PlusToken, '+'], [ts.SyntaxKind.MinusToken, '-'], [ts.SyntaxKind.AsteriskToken, '*'],
  [ts.SyntaxKind.SlashToken, '/'], [ts.SyntaxKind.PercentToken, '%'], [ts.SyntaxKind.AsteriskAsteriskToken, '**'],
  [ts.SyntaxKind.AmpersandToken, '&'], [ts.SyntaxKind.BarToken, '|'], [ts.SyntaxKind.CaretToken, '^'],
  [ts.SyntaxKind.LessThanLessThanToken, '<<'], [ts.SyntaxKind.GreaterThanGreaterThanToken, '>>'],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, '>>>'],
  [ts.SyntaxKind.EqualsEqualsToken, '=='], [ts.SyntaxKind.ExclamationEqualsToken, '!='],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, '==='], [ts.SyntaxKind.ExclamationEqualsEqualsToken, '!=='],
  [ts.SyntaxKind.LessThanToken, '<'], [ts.SyntaxKind.LessThanEqualsToken, '<='],
  [ts.SyntaxKind.GreaterThanToken, '>'], [ts.SyntaxKind.GreaterThanEqualsToken, '>='],
  [ts.SyntaxKind.InstanceOfKeyword, 'instanceof'], [ts.SyntaxKind.InKeyword, 'in'],
]);

const COMPOUND_OPS: ReadonlyMap<ts.SyntaxKind, BinaryOp> = new Map([
  [ts.SyntaxKind.PlusEqualsToken, '+'], [ts.SyntaxKind.MinusEqualsToken, '-'], [ts.SyntaxKind.AsteriskEqualsToken, '*'],
  [ts.SyntaxKind.SlashEqualsToken, '/'], [ts.SyntaxKind.PercentEqualsToken, '%'], [ts.SyntaxKind.AsteriskAsteriskEqualsToken, '**'],
  [ts.SyntaxKind.AmpersandEqualsToken, '&'], [ts.SyntaxKind.BarEqualsToken, '|'], [ts.SyntaxKind.CaretEqualsToken, '^'],
  [ts.SyntaxKind.LessThanLessThanEqualsToken, '<<'], [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, '>>'],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, '>>>'],
]);

const LOGICAL_ASSIGN: ReadonlyMap<ts.SyntaxKind, '&&' | '||' | '??'> = new Map([
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken, '&&'], [ts.SyntaxKind.BarBarEqualsToken, '||'],
  [ts.SyntaxKind.QuestionQuestionEqualsToken, '??'],
]);

/** Strips type-only wrappers: parentheses, `as`, `!`, `satisfies`, `<T>x`. */
export function skipTypeWrappers(node: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) ||
        ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) node = node.expression;
    else return node;
  }
}

export const UNDEFINED: Expr = { kind: 'undefined' };

export function read(binding: Binding): Expr {
  return { kind: 'read', binding, tdzCheck: false };
}

/**
 * An expression rendered the way V8's CallPrinter shows it in messages such as
 * "obj.foo is not a function" or "x is not iterable": identifiers, `this`, member chains, literals
 * and calls `f(...)`; type-only wrappers are invisible; anything else is "(intermediate value)".
 */
export function sourceText(node: ts.Node): string {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) ||
      ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) return sourceText(node.expression);
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (node.kind === ts.SyntaxKind.SuperKeyword) return 'super';
  if (node.kind === ts.SyntaxKind.NullKeyword) return 'null';
  if (node.kind === ts.SyntaxKind.TrueKeyword) return 'true';
  if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return JSON.stringify(node.text);
  if (ts.isPropertyAccessExpression(node)) return `${sourceText(node.expression)}${node.questionDotToken ? '?.' : '.'}${node.name.text}`;
  if (ts.isElementAccessExpression(node)) return `${sourceText(node.expression)}${node.questionDotToken ? '?.' : ''}[${sourceText(node.argumentExpression)}]`;
  if (ts.isCallExpression(node)) return `${sourceText(node.expression)}(...)`;
  if (ts.isObjectLiteralExpression(node) && node.properties.length === 0) return '{}';
  return '(intermediate value)';
}

function isNumberType(ctx: LowerContext, node: ts.Expression): boolean {
  const type = ctx.checker.getTypeAtLocation(node);
  return (type.flags & ts.TypeFlags.NumberLike) !== 0 && (type.flags & ts.TypeFlags.Union) === 0;
}

/** Stores `value` in a fresh temporary and returns [assignment, read]: for evaluate-once semantics. */
export function spill(ctx: LowerContext, value: Expr, name = 'tmp'): [Expr, Expr] {
  if (value.kind === 'read' || value.kind === 'number' || value.kind === 'string' || value.kind === 'undefined' || value.kind === 'null' || value.kind === 'boolean') {
    return [{ kind: 'seq', exprs: [] }, value];
  }
  const t = ctx.temp(name);
  return [{ kind: 'assign', target: t, value }, read(t)];
}

function seq(...exprs: Expr[]): Expr {
  const flat = exprs.filter((e) => !(e.kind === 'seq' && e.exprs.length === 0));
  return flat.length === 1 ? flat[0]! : { kind: 'seq', exprs: flat };
}

/** Resolves an identifier to a binding read, a global, or a well-known constant. */
export function lowerIdentifier(ctx: LowerContext, id: ts.Identifier): Expr {
  const binding = resolveBinding(ctx, id);
  if (binding !== undefined) {
    const mapped = mappedParameter(ctx, binding);
    if (mapped !== undefined) return mapped.get();
    return { kind: 'read', binding, tdzCheck: needsTdzCheck(ctx, binding, id), pos: ctx.pos(id) };
  }
  switch (id.text) {
    case 'undefined': return UNDEFINED;
    case 'NaN': return { kind: 'number', value: NaN };
    case 'Infinity': return { kind: 'number', value: Infinity };
    // The implicit arguments object (ECMA-262 10.4.4): never a global, so it must not fall through to
    // a global lookup (a run-time ReferenceError).
    case 'arguments': if (isImplicitArguments(ctx, id)) return argumentsValue(ctx, id);
  }
  const missing = ctx.librarySurfaceCheck ? checkLibraryUse(id, ctx.checker) : undefined;
  if (missing !== undefined) ctx.unsupported(id, missing.message, TSN_UNSUPPORTED_LIBRARY);
  return { kind: 'global', name: id.text, pos: ctx.pos(id) };
}

/** The binding an identifier refers to, or undefined for globals (library declarations). */
export function resolveBinding(ctx: LowerContext, id: ts.Identifier): Binding | undefined {
  const symbol = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
    ? ctx.checker.getShorthandAssignmentValueSymbol(id.parent)
    : ctx.checker.getSymbolAtLocation(id);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (decl === undefined) return blockFunctionVar(ctx, id.text) ?? wrapperVariable(ctx, id);
  if (isLibraryDeclaration(decl)) return wrapperVariable(ctx, id);
  // Imports are diagnosed at the import declaration; a use of the name adds nothing.
  if (ts.isImportSpecifier(decl) || ts.isImportClause(decl) || ts.isNamespaceImport(decl)) return undefined;
  if (ts.isFunctionDeclaration(decl) && !isInsideDeclaringBlock(id, decl)) {
    const annexB = ctx.blockFunctionVars.get(decl);
    if (annexB !== undefined) return blockFunctionVar(ctx, annexB.name);
  }
  const binding = ctx.bindingOfDeclaration(decl);
  if (binding === undefined) ctx.unsupported(id, `a reference to '${id.text}' here`);
  ctx.noteReference(binding);
  return binding;
}

function needsTdzCheck(ctx: LowerContext, binding: Binding, id: ts.Node): boolean {
  if (!binding.lexical) return false;
  if (binding.scope.fn !== ctx.fn) return true;
  // A later case can be entered directly, skipping an earlier case's declaration.
  if (binding.scope.kind === 'switch') return true;
  const declNode = findDeclarationEnd(ctx, id);
  return declNode === undefined || id.getStart() < declNode;
}

function findDeclarationEnd(ctx: LowerContext, id: ts.Node): number | undefined {
  const symbol = ctx.checker.getSymbolAtLocation(id);
  const decl = symbol?.valueDeclaration;
  if (decl === undefined) return undefined;
  return decl.getEnd();
}

export function lowerArgs(ctx: LowerContext, args: readonly ts.Expression[] | undefined): Arg[] {
  return (args ?? []).map((a) => ts.isSpreadElement(a)
    ? { spread: true, expr: lowerExpr(ctx, a.expression), text: sourceText(a.expression) }
    : { spread: false, expr: lowerExpr(ctx, a) });
}

/** Lowers a property name of an object literal or class member to a key expression. */
export function lowerPropertyName(ctx: LowerContext, name: ts.PropertyName): Expr {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return { kind: 'string', value: name.text };
  if (ts.isNumericLiteral(name)) return { kind: 'string', value: String(Number(name.text)) };
  if (ts.isComputedPropertyName(name)) return { kind: 'toPropertyKey', operand: lowerExpr(ctx, name.expression) };
  if (ts.isPrivateIdentifier(name)) ctx.unsupported(name, 'a private name here');
  return ctx.unsupported(name, 'this kind of property name');
}

/** Lowers one expression. */
export function lowerExpr(ctx: LowerContext, node: ts.Expression): Expr {
  node = skipTypeWrappers(node);
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral: return { kind: 'number', value: Number((node as ts.NumericLiteral).text), pos: ctx.pos(node) };
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral: return { kind: 'string', value: (node as ts.StringLiteral).text, pos: ctx.pos(node) };
    case ts.SyntaxKind.TrueKeyword: return { kind: 'boolean', value: true };
    case ts.SyntaxKind.FalseKeyword: return { kind: 'boolean', value: false };
    case ts.SyntaxKind.NullKeyword: return { kind: 'null' };
    case ts.SyntaxKind.Identifier: return lowerIdentifier(ctx, node as ts.Identifier);
    case ts.SyntaxKind.ThisKeyword: return thisValue(ctx, node);
    case ts.SyntaxKind.TemplateExpression: return lowerTemplate(ctx, node as ts.TemplateExpression);
    case ts.SyntaxKind.BinaryExpression: return lowerBinary(ctx, node as ts.BinaryExpression);
    case ts.SyntaxKind.PrefixUnaryExpression: return lowerPrefix(ctx, node as ts.PrefixUnaryExpression);
    case ts.SyntaxKind.PostfixUnaryExpression: return lowerUpdate(ctx, node as ts.PostfixUnaryExpression, false);
    case ts.SyntaxKind.TypeOfExpression: return lowerTypeof(ctx, node as ts.TypeOfExpression);
    case ts.SyntaxKind.VoidExpression: return { kind: 'unary', op: 'void', operand: lowerExpr(ctx, (node as ts.VoidExpression).expression), pos: ctx.pos(node) };
    case ts.SyntaxKind.DeleteExpression: return lowerDelete(ctx, node as ts.DeleteExpression);
    case ts.SyntaxKind.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      return { kind: 'cond', test: lowerExpr(ctx, c.condition), then: lowerExpr(ctx, c.whenTrue), else: lowerExpr(ctx, c.whenFalse), pos: ctx.pos(node) };
    }
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ElementAccessExpression:
    case ts.SyntaxKind.CallExpression:
      return lowerChain(ctx, node as ts.LeftHandSideExpression);
    case ts.SyntaxKind.NewExpression: {
      const n = node as ts.NewExpression;
      return { kind: 'new', callee: lowerExpr(ctx, n.expression), args: lowerArgs(ctx, n.arguments), text: sourceText(n.expression) };
    }
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
      return { kind: 'function', fn: lowerFunctionLike(ctx, node as ts.FunctionExpression | ts.ArrowFunction) };
    case ts.SyntaxKind.ClassExpression: return { kind: 'class', cls: lowerClass(ctx, node as ts.ClassExpression) };
    case ts.SyntaxKind.ObjectLiteralExpression: return lowerObjectLiteral(ctx, node as ts.ObjectLiteralExpression);
    case ts.SyntaxKind.ArrayLiteralExpression: return lowerArrayLiteral(ctx, node as ts.ArrayLiteralExpression);
    case ts.SyntaxKind.MetaProperty: {
      const m = node as ts.MetaProperty;
      if (m.keywordToken === ts.SyntaxKind.NewKeyword) return newTargetValue(ctx, m);
      return ctx.unsupported(node, 'import.meta');
    }
    case ts.SyntaxKind.RegularExpressionLiteral: return lowerRegExpLiteral(ctx, node as ts.RegularExpressionLiteral);
    case ts.SyntaxKind.TaggedTemplateExpression: return ctx.unsupported(node, 'a tagged template');
    case ts.SyntaxKind.YieldExpression: {
      const y = node as ts.YieldExpression;
      if (y.asteriskToken !== undefined && ctx.fn.async) return ctx.unsupported(node, 'yield* in an async generator');
      if (y.asteriskToken !== undefined) return { kind: 'yieldStar', value: lowerExpr(ctx, y.expression!), text: sourceText(y.expression!) };
      return { kind: 'yield', value: y.expression === undefined ? undefined : lowerExpr(ctx, y.expression) };
    }
    case ts.SyntaxKind.AwaitExpression: {
      if (ctx.fn.kind === 'module' && ctx.format === 'module') ctx.fn.async = true;
      if (!ctx.fn.async) return ctx.unsupported(node, 'await outside an async function or an ES module');
      return { kind: 'await', value: lowerExpr(ctx, (node as ts.AwaitExpression).expression) };
    }
    case ts.SyntaxKind.BigIntLiteral: return ctx.unsupported(node, 'BigInt');
    default: return ctx.unsupported(node, `the expression kind ${ts.SyntaxKind[node.kind]}`);
  }
}

/** The function whose `this`/home/new.target an expression in the current function sees (arrows see through). */
function nonArrowFunction(ctx: LowerContext) {
  let fn = ctx.fn;
  while (fn.kind === 'arrow' && fn.parent !== undefined) fn = fn.parent;
  return fn;
}

export function thisBinding(ctx: LowerContext): Binding {
  const fn = nonArrowFunction(ctx);
  fn.thisBinding ??= ctx.declare(fn.scope, 'this', 'this');
  ctx.noteReference(fn.thisBinding);
  return fn.thisBinding;
}

function thisValue(ctx: LowerContext, node: ts.Node): Expr {
  const fn = nonArrowFunction(ctx);
  // A CommonJS module's top-level `this` is module.exports (the module wrapper's receiver).
  if (fn.kind === 'module' && ctx.format === 'commonjs') return moduleThis(ctx);
  if (fn.kind === 'module') return UNDEFINED;
  const binding = thisBinding(ctx);
  // In a derived constructor `this` is in TDZ until super() returns.
  return { kind: 'read', binding, tdzCheck: fn.kind === 'derivedCtor' && node.kind === ts.SyntaxKind.ThisKeyword };
}

export function homeValue(ctx: LowerContext, node: ts.Node): Expr {
  const fn = nonArrowFunction(ctx);
  if (fn.kind === 'module' || fn.kind === 'function') ctx.unsupported(node, "'super' outside a method");
  fn.homeBinding ??= ctx.declare(fn.scope, 'home', 'home');
  ctx.noteReference(fn.homeBinding);
  return read(fn.homeBinding);
}

function newTargetValue(ctx: LowerContext, node: ts.Node): Expr {
  const fn = nonArrowFunction(ctx);
  // A SyntaxError in Node outside functions (in an ES module and in the CommonJS wrapper alike).
  if (fn.kind === 'module') return ctx.unsupported(node, "'new.target' at the top level of a module");
  fn.newTargetBinding ??= ctx.declare(fn.scope, 'newtarget', 'newtarget');
  ctx.noteReference(fn.newTargetBinding);
  void node;
  return read(fn.newTargetBinding);
}

function lowerTemplate(ctx: LowerContext, node: ts.TemplateExpression): Expr {
  const parts: Expr[] = [];
  if (node.head.text !== '') parts.push({ kind: 'string', value: node.head.text });
  for (const span of node.templateSpans) {
    parts.push(lowerExpr(ctx, span.expression));
    if (span.literal.text !== '') parts.push({ kind: 'string', value: span.literal.text });
  }
  return { kind: 'template', parts, pos: ctx.pos(node) };
}

function lowerTypeof(ctx: LowerContext, node: ts.TypeOfExpression): Expr {
  const operand = skipTypeWrappers(node.expression);
  if (ts.isIdentifier(operand) && resolveBindingQuiet(ctx, operand) === undefined && blockFunctionVar(ctx, operand.text) === undefined &&
      wrapperVariable(ctx, operand) === undefined && !isMissingWrapperVariable(ctx, operand) &&
      !['undefined', 'NaN', 'Infinity', 'arguments'].includes(operand.text)) {
    return { kind: 'typeofGlobal', name: operand.text };
  }
  return { kind: 'unary', op: 'typeof', operand: lowerExpr(ctx, operand), pos: ctx.pos(node) };
}

function resolveBindingQuiet(ctx: LowerContext, id: ts.Identifier): ts.Declaration | undefined {
  const decl = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration;
  return decl !== undefined && !isLibraryDeclaration(decl) ? decl : undefined;
}

function lowerDelete(ctx: LowerContext, node: ts.DeleteExpression): Expr {
  const target = skipTypeWrappers(node.expression);
  if (ts.isPropertyAccessExpression(target) && !ts.isPrivateIdentifier(target.name)) {
    return { kind: 'deleteMember', object: lowerExpr(ctx, target.expression), key: { kind: 'string', value: target.name.text } };
  }
  if (ts.isElementAccessExpression(target)) {
    return { kind: 'deleteMember', object: lowerExpr(ctx, target.expression), key: lowerExpr(ctx, target.argumentExpression) };
  }
  if (ts.isIdentifier(target)) {
    // Sloppy code only (`delete x` is an early error in strict code): a declared binding is never
    // deleted; a global is globalThis's property (ECMA-262 13.5.1.2 steps 3-5).
    if (resolveBindingQuiet(ctx, target) !== undefined || blockFunctionVar(ctx, target.text) !== undefined || target.text === 'arguments') return { kind: 'boolean', value: false };
    return { kind: 'intrinsic', name: 'globalDelete', args: [{ kind: 'string', value: target.text }] };
  }
  return seq(lowerExpr(ctx, target), { kind: 'boolean', value: true });
}

function lowerPrefix(ctx: LowerContext, node: ts.PrefixUnaryExpression): Expr {
  switch (node.operator) {
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
      return lowerUpdate(ctx, node, true);
    case ts.SyntaxKind.MinusToken: {
      const operand = skipTypeWrappers(node.operand);
      if (ts.isNumericLiteral(operand)) return { kind: 'number', value: -Number(operand.text), pos: ctx.pos(node) };
      return { kind: 'unary', op: '-', operand: lowerExpr(ctx, operand), pos: ctx.pos(node) };
    }
    case ts.SyntaxKind.PlusToken: return { kind: 'unary', op: '+', operand: lowerExpr(ctx, node.operand), pos: ctx.pos(node) };
    case ts.SyntaxKind.ExclamationToken: return { kind: 'unary', op: '!', operand: lowerExpr(ctx, node.operand), pos: ctx.pos(node) };
    case ts.SyntaxKind.TildeToken: return { kind: 'unary', op: '~', operand: lowerExpr(ctx, node.operand), pos: ctx.pos(node) };
  }
}

/**
 * A reference that can be read and written with its sub-expressions evaluated once (ECMA-262
 * Reference Records): `setup` evaluates the base and key, `get`/`set` use the spilled values.
 */
interface Reference {
  readonly setup: Expr;
  get(): Expr;
  set(value: Expr): Expr;
}

function lowerReference(ctx: LowerContext, target: ts.Expression): Reference {
  target = skipTypeWrappers(target);
  if (ts.isIdentifier(target)) {
    const binding = resolveBinding(ctx, target);
    if (binding === undefined) {
      if (target.text === 'arguments') return ctx.unsupported(target, "assignment to 'arguments'");
      const name: Expr = { kind: 'string', value: target.text };
      return { setup: seq(), get: () => lowerIdentifier(ctx, target), set: (value) => ({ kind: 'intrinsic', name: 'globalSet', args: [name, value] }) };
    }
    const mapped = mappedParameter(ctx, binding);
    if (mapped !== undefined) {
      binding.mutated = true;
      return { setup: seq(), get: mapped.get, set: mapped.set };
    }
    const tdz = needsTdzCheck(ctx, binding, target);
    const get = (): Expr => ({ kind: 'read', binding, tdzCheck: tdz });
    if (binding.kind === 'const') {
      // Only reachable through `as any`: the type checker rejects plain assignments to a const.
      return { setup: seq(), get, set: (value) => seq(value, { kind: 'intrinsic', name: 'constAssign', args: [] }) };
    }
    binding.mutated = true;
    return {
      setup: seq(),
      get,
      set: (value) => tdz ? seq({ kind: 'read', binding, tdzCheck: true }, { kind: 'assign', target: binding, value }) : { kind: 'assign', target: binding, value },
    };
  }
  if (ts.isPropertyAccessExpression(target)) {
    if (target.questionDotToken !== undefined) ctx.unsupported(target, 'assignment to an optional chain');
    const [setObj, obj] = spill(ctx, lowerExpr(ctx, target.expression), 'obj');
    if (ts.isPrivateIdentifier(target.name)) {
      const key = privateKey(ctx, target.name);
      const brand = privateBrand(ctx, target.name);
      return { setup: setObj, get: () => ({ kind: 'privateGet', object: obj, key, brand }), set: (value) => ({ kind: 'privateSet', object: obj, key, brand, value }) };
    }
    if (target.expression.kind === ts.SyntaxKind.SuperKeyword) ctx.unsupported(target, 'assignment to a super property');
    const name = target.name.text;
    return {
      setup: setObj,
      get: () => ({ kind: 'member', object: obj, name, text: sourceText(target) }),
      set: (value) => ({ kind: 'setMember', object: obj, name, value }),
    };
  }
  if (ts.isElementAccessExpression(target)) {
    if (target.questionDotToken !== undefined) ctx.unsupported(target, 'assignment to an optional chain');
    const [setObj, obj] = spill(ctx, lowerExpr(ctx, target.expression), 'obj');
    const [setKey, key] = spill(ctx, lowerExpr(ctx, target.argumentExpression), 'key');
    return {
      setup: seq(setObj, setKey),
      get: () => ({ kind: 'index', object: obj, key, text: sourceText(target) }),
      set: (value) => ({ kind: 'setIndex', object: obj, key, value }),
    };
  }
  return ctx.unsupported(target, 'this assignment target');
}

/** `id = value` (PutValue on an identifier reference): a binding, a mapped parameter or a global. */
export function assignIdentifier(ctx: LowerContext, id: ts.Identifier, value: Expr): Expr {
  return lowerReference(ctx, id).set(value);
}

function lowerUpdate(ctx: LowerContext, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, prefix: boolean): Expr {
  const ref = lowerReference(ctx, node.operand);
  const op: BinaryOp = node.operator === ts.SyntaxKind.PlusPlusToken ? '+' : '-';
  const pos = ctx.pos(node);
  const one: Expr = { kind: 'number', value: 1 };
  const old = ctx.temp('old');
  const oldValue: Expr = { kind: 'assign', target: old, value: { kind: 'toNumeric', operand: ref.get() } };
  const updated: Expr = { kind: 'binary', op, left: read(old), right: one, pos, numeric: true };
  if (prefix) return seq(ref.setup, oldValue, ref.set(updated));
  return seq(ref.setup, oldValue, ref.set(updated), read(old));
}

function lowerBinary(ctx: LowerContext, node: ts.BinaryExpression): Expr {
  const kind = node.operatorToken.kind;
  if (kind === ts.SyntaxKind.EqualsToken) return lowerAssignment(ctx, node);
  if (kind === ts.SyntaxKind.CommaToken) return seq(lowerExpr(ctx, node.left), lowerExpr(ctx, node.right));
  if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return { kind: 'logical', op: '&&', left: lowerExpr(ctx, node.left), right: lowerExpr(ctx, node.right), pos: ctx.pos(node) };
  if (kind === ts.SyntaxKind.BarBarToken) return { kind: 'logical', op: '||', left: lowerExpr(ctx, node.left), right: lowerExpr(ctx, node.right), pos: ctx.pos(node) };
  if (kind === ts.SyntaxKind.QuestionQuestionToken) return { kind: 'logical', op: '??', left: lowerExpr(ctx, node.left), right: lowerExpr(ctx, node.right), pos: ctx.pos(node) };
  const compound = COMPOUND_OPS.get(kind);
  if (compound !== undefined) {
    const ref = lowerReference(ctx, node.left);
    const value: Expr = { kind: 'binary', op: compound, left: ref.get(), right: lowerExpr(ctx, node.right), pos: ctx.pos(node), numeric: isNumberType(ctx, node.left) && isNumberType(ctx, node.right) };
    return seq(ref.setup, ref.set(value));
  }
  const logical = LOGICAL_ASSIGN.get(kind);
  if (logical !== undefined) {
    const ref = lowerReference(ctx, node.left);
    return seq(ref.setup, { kind: 'logical', op: logical, left: ref.get(), right: ref.set(lowerExpr(ctx, node.right)) });
  }
  if (kind === ts.SyntaxKind.InKeyword && ts.isPrivateIdentifier(node.left)) {
    return { kind: 'privateIn', object: lowerExpr(ctx, node.right), key: privateKey(ctx, node.left) };
  }
  const op = BINARY_OPS.get(kind);
  if (op === undefined) return ctx.unsupported(node.operatorToken, `the operator ${ts.tokenToString(kind) ?? ts.SyntaxKind[kind]}`);
  return {
    kind: 'binary', op, left: lowerExpr(ctx, node.left), right: lowerExpr(ctx, node.right), pos: ctx.pos(node),
    numeric: isNumberType(ctx, node.left) && isNumberType(ctx, node.right),
  };
}

function lowerAssignment(ctx: LowerContext, node: ts.BinaryExpression): Expr {
  const left = skipTypeWrappers(node.left);
  if (ts.isObjectLiteralExpression(left) || ts.isArrayLiteralExpression(left)) {
    const [setValue, value] = spill(ctx, lowerExpr(ctx, node.right), 'rhs');
    return seq(setValue, ...lowerAssignmentPattern(ctx, left, value), value);
  }
  const ref = lowerReference(ctx, left);
  const rhs = lowerExpr(ctx, node.right);
  if (ts.isIdentifier(left)) return seq(ref.setup, ref.set(namedValue(rhs, left)));
  // obj.x = v evaluates to v: keep it in a temp so the setter's result is not used.
  const [setV, v] = spill(ctx, rhs, 'value');
  return seq(ref.setup, setV, ref.set(v), v);
}

/** The class name when `#x` names a private method or accessor (their brand check has its own message). */
export function privateBrand(ctx: LowerContext, name: ts.PrivateIdentifier): string | undefined {
  const decl = ctx.checker.getSymbolAtLocation(name)?.valueDeclaration;
  if (decl === undefined || ts.isPropertyDeclaration(decl)) return undefined;
  const cls = decl.parent;
  return ts.isClassLike(cls) ? cls.name?.text ?? 'anonymous' : undefined;
}

/** The private-name binding for `#x` in the innermost class that declares it. */
export function privateKey(ctx: LowerContext, name: ts.PrivateIdentifier): Expr {
  const symbol = ctx.checker.getSymbolAtLocation(name);
  const decl = symbol?.valueDeclaration;
  const binding = decl === undefined ? undefined : ctx.bindingOfDeclaration(decl);
  if (binding === undefined) return ctx.unsupported(name, `the private name ${name.text} here`);
  ctx.noteReference(binding);
  return read(binding);
}

/** One link of a property-access/call chain, root first. */
type ChainLink =
  | { kind: 'prop'; node: ts.PropertyAccessExpression; optional: boolean }
  | { kind: 'elem'; node: ts.ElementAccessExpression; optional: boolean }
  | { kind: 'call'; node: ts.CallExpression; optional: boolean };

/** Lowers member accesses and calls, including optional chains (`a?.b.c()` short-circuits as a whole). */
function lowerChain(ctx: LowerContext, node: ts.LeftHandSideExpression): Expr {
  const links: ChainLink[] = [];
  let cur: ts.Expression = node;
  for (;;) {
    cur = skipTypeWrappers(cur);
    if (ts.isPropertyAccessExpression(cur)) links.push({ kind: 'prop', node: cur, optional: cur.questionDotToken !== undefined });
    else if (ts.isElementAccessExpression(cur)) links.push({ kind: 'elem', node: cur, optional: cur.questionDotToken !== undefined });
    else if (ts.isCallExpression(cur)) links.push({ kind: 'call', node: cur, optional: cur.questionDotToken !== undefined });
    else break;
    cur = (cur as ts.PropertyAccessExpression).expression;
  }
  links.reverse();
  const root = cur;
  if (root.kind === ts.SyntaxKind.SuperKeyword) return lowerSuperChain(ctx, root, links);
  if (root.kind === ts.SyntaxKind.ImportKeyword) return ctx.unsupported(root, 'dynamic import()');
  if (isDirectEval(ctx, root, links[0])) return ctx.unsupported(links[0]!.node, 'direct eval');
  return buildChain(ctx, links, 0, lowerExpr(ctx, root), undefined);
}

/**
 * True for a direct call to eval (ECMA-262 13.3.6.1: the callee is the plain identifier `eval` naming
 * the global eval), which evaluates code in the caller's scope.
 */
function isDirectEval(ctx: LowerContext, root: ts.Expression, first: ChainLink | undefined): boolean {
  return first?.kind === 'call' && !first.optional && ts.isIdentifier(root) && root.text === 'eval' && resolveBindingQuiet(ctx, root) === undefined;
}

/**
 * Builds links[i..] on top of `base`. `thisForCall` is the object of a preceding member access
 * (the `this` of a following call). An optional link spills the current value and wraps the rest of
 * the chain in a nullish test.
 */
function buildChain(ctx: LowerContext, links: ChainLink[], i: number, base: Expr, thisForCall: Expr | undefined): Expr {
  if (i === links.length) return base;
  const link = links[i]!;
  if (link.optional) {
    const t = ctx.temp('chain');
    const rest = buildLink(ctx, links, i, read(t), thisForCall);
    const isNullish: Expr = { kind: 'binary', op: '==', left: { kind: 'assign', target: t, value: base }, right: { kind: 'null' }, pos: ctx.pos(link.node), numeric: false };
    return { kind: 'cond', test: isNullish, then: UNDEFINED, else: rest };
  }
  return buildLink(ctx, links, i, base, thisForCall);
}

function buildLink(ctx: LowerContext, links: ChainLink[], i: number, base: Expr, thisForCall: Expr | undefined): Expr {
  const link = links[i]!;
  const next = links[i + 1];
  const callNext = next !== undefined && next.kind === 'call' && !next.optional;
  switch (link.kind) {
    case 'prop': {
      if (ts.isPrivateIdentifier(link.node.name)) {
        const key = privateKey(ctx, link.node.name);
        if (callNext) {
          const [setObj, obj] = spill(ctx, base, 'obj');
          const callee: Expr = { kind: 'privateGet', object: obj, key, brand: privateBrand(ctx, link.node.name) };
          const call: Expr = { kind: 'callWithThis', callee, thisValue: obj, args: lowerArgs(ctx, next.node.arguments), text: sourceText(next.node.expression) };
          return buildChain(ctx, links, i + 2, seq(setObj, call), undefined);
        }
        return buildChain(ctx, links, i + 1, { kind: 'privateGet', object: base, key, brand: privateBrand(ctx, link.node.name) }, undefined);
      }
      const missing = ctx.librarySurfaceCheck && !isModuleObjectAccess(ctx, link.node) ? checkLibraryUse(link.node, ctx.checker) : undefined;
      if (missing !== undefined) ctx.unsupported(link.node.name, missing.message, TSN_UNSUPPORTED_LIBRARY);
      const name = link.node.name.text;
      if (callNext) {
        const call: Expr = { kind: 'callMethod', object: base, key: { kind: 'string', value: name }, staticName: name, args: lowerArgs(ctx, next.node.arguments), text: sourceText(next.node.expression), pos: ctx.pos(next.node) };
        return buildChain(ctx, links, i + 2, call, undefined);
      }
      if (next !== undefined && next.kind === 'call' && next.optional) {
        const [setObj, obj] = spill(ctx, base, 'obj');
        return seq(setObj, buildChain(ctx, links, i + 1, { kind: 'member', object: obj, name, text: sourceText(link.node) }, obj));
      }
      return buildChain(ctx, links, i + 1, { kind: 'member', object: base, name, text: sourceText(link.node), pos: ctx.pos(link.node) }, undefined);
    }
    case 'elem': {
      const key = lowerExpr(ctx, link.node.argumentExpression);
      if (callNext) {
        const call: Expr = { kind: 'callMethod', object: base, key, staticName: undefined, args: lowerArgs(ctx, next.node.arguments), text: sourceText(next.node.expression), pos: ctx.pos(next.node) };
        return buildChain(ctx, links, i + 2, call, undefined);
      }
      if (next !== undefined && next.kind === 'call' && next.optional) {
        const [setObj, obj] = spill(ctx, base, 'obj');
        return seq(setObj, buildChain(ctx, links, i + 1, { kind: 'index', object: obj, key, text: sourceText(link.node) }, obj));
      }
      return buildChain(ctx, links, i + 1, { kind: 'index', object: base, key, text: sourceText(link.node) }, undefined);
    }
    case 'call': {
      const args = lowerArgs(ctx, link.node.arguments);
      const text = sourceText(link.node.expression);
      const call: Expr = thisForCall !== undefined
        ? { kind: 'callWithThis', callee: base, thisValue: thisForCall, args, text }
        : { kind: 'call', callee: base, args, text, pos: ctx.pos(link.node) };
      return buildChain(ctx, links, i + 1, call, undefined);
    }
  }
}

/** super(...) and super.x / super.x(...) / super[x]. */
function lowerSuperChain(ctx: LowerContext, root: ts.Expression, links: ChainLink[]): Expr {
  const first = links[0];
  if (first === undefined) return ctx.unsupported(root, "a bare 'super'");
  if (first.kind === 'call') {
    if (nonArrowFunction(ctx).kind !== 'derivedCtor' || ctx.fn.kind === 'arrow') ctx.unsupported(first.node, 'super() here');
    return buildChain(ctx, links, 1, { kind: 'superCall', args: lowerArgs(ctx, first.node.arguments) }, undefined);
  }
  const key: Expr = first.kind === 'prop' ? { kind: 'string', value: first.node.name.text } : lowerExpr(ctx, first.node.argumentExpression);
  const thisExpr = thisValue(ctx, root);
  const member: Expr = { kind: 'superMember', home: homeValue(ctx, root), thisValue: thisExpr, key };
  const next = links[1];
  if (next !== undefined && next.kind === 'call') {
    const call: Expr = { kind: 'callWithThis', callee: member, thisValue: thisExpr, args: lowerArgs(ctx, next.node.arguments), text: sourceText(next.node.expression) };
    return buildChain(ctx, links, 2, call, undefined);
  }
  return buildChain(ctx, links, 1, member, undefined);
}

function lowerObjectLiteral(ctx: LowerContext, node: ts.ObjectLiteralExpression): Expr {
  const props: ObjectProp[] = [];
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p)) {
      if (ts.isIdentifier(p.name) && p.name.text === '__proto__' ) ctx.unsupported(p, '__proto__ in an object literal');
      props.push({ kind: 'init', key: lowerPropertyName(ctx, p.name), value: namedValue(lowerExpr(ctx, p.initializer), p.name) });
    } else if (ts.isShorthandPropertyAssignment(p)) {
      props.push({ kind: 'init', key: { kind: 'string', value: p.name.text }, value: lowerIdentifier(ctx, p.name) });
    } else if (ts.isSpreadAssignment(p)) {
      props.push({ kind: 'spread', value: lowerExpr(ctx, p.expression) });
    } else if (ts.isMethodDeclaration(p)) {
      props.push({ kind: 'method', key: lowerPropertyName(ctx, p.name), fn: lowerFunctionLike(ctx, p) });
    } else if (ts.isGetAccessorDeclaration(p)) {
      props.push({ kind: 'getter', key: lowerPropertyName(ctx, p.name), fn: lowerFunctionLike(ctx, p) });
    } else if (ts.isSetAccessorDeclaration(p)) {
      props.push({ kind: 'setter', key: lowerPropertyName(ctx, p.name), fn: lowerFunctionLike(ctx, p) });
    } else {
      ctx.unsupported(p, 'this object literal member');
    }
  }
  return { kind: 'object', props };
}

function lowerArrayLiteral(ctx: LowerContext, node: ts.ArrayLiteralExpression): Expr {
  const elements: (Arg | null)[] = node.elements.map((e) => {
    if (ts.isOmittedExpression(e)) return null;
    if (ts.isSpreadElement(e)) return { spread: true, expr: lowerExpr(ctx, e.expression), text: sourceText(e.expression) };
    return { spread: false, expr: lowerExpr(ctx, e) };
  });
  return { kind: 'array', elements };
}
