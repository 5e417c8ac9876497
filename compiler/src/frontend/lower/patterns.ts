/**
 * Destructuring (ECMA-262 8.6.2 BindingInitialization and 13.15.5 DestructuringAssignmentEvaluation)
 * lowered to plain reads, writes and the destructureIterable/objectRest intrinsics.
 */
import ts from 'typescript';
import type { Binding, Expr, Stmt } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { assignIdentifier, lowerExpr, lowerPropertyName, read, skipTypeWrappers, sourceText, spill } from './expressions.ts';

/** `value === undefined ? default : value`, evaluating value once. */
function withDefault(ctx: LowerContext, value: Expr, initializer: ts.Expression | undefined): Expr {
  if (initializer === undefined) return value;
  const t = ctx.temp('dflt');
  const test: Expr = { kind: 'binary', op: '===', left: { kind: 'assign', target: t, value }, right: { kind: 'undefined' }, pos: ctx.pos(initializer), numeric: false };
  return { kind: 'cond', test, then: lowerExpr(ctx, initializer), else: read(t) };
}

function number(value: number): Expr {
  return { kind: 'number', value };
}

/**
 * Binds a declaration name (identifier or pattern) to `value`. `declare` maps a declaration node to
 * its binding (declarations were hoisted into their scope before lowering).
 */
export function lowerBindingName(ctx: LowerContext, name: ts.BindingName, value: Expr, valueText?: string): Stmt[] {
  if (ts.isIdentifier(name)) {
    const binding = bindingOfName(ctx, name);
    return [{ kind: 'init', binding, value }];
  }
  const [setSource, source] = spill(ctx, value, 'src');
  const out: Stmt[] = [{ kind: 'expr', expr: setSource }];
  if (ts.isObjectBindingPattern(name)) {
    // V8 names the value only for a declaration's initialiser; parameters and nested patterns fail on the property read.
    if (valueText !== undefined) {
      const first = name.elements[0];
      const firstKey = first === undefined || first.dotDotDotToken !== undefined ? undefined : (first.propertyName ?? first.name);
      const keyText: Expr = firstKey !== undefined && (ts.isIdentifier(firstKey) || ts.isStringLiteral(firstKey) || ts.isNumericLiteral(firstKey))
        ? { kind: 'string', value: firstKey.text } : { kind: 'undefined' };
      out.push({ kind: 'expr', expr: { kind: 'intrinsic', name: 'requireObjectCoercible', args: [source, keyText, { kind: 'string', value: valueText }] } });
    }
    const keys: Expr[] = [];
    for (const element of name.elements) {
      if (element.dotDotDotToken !== undefined) {
        out.push(...lowerBindingName(ctx, element.name, { kind: 'intrinsic', name: 'objectRest', args: [source, { kind: 'array', elements: keys.map((k) => ({ spread: false, expr: k })) }] }));
        continue;
      }
      const keyNode = element.propertyName ?? (element.name as ts.Identifier);
      const [setKey, key] = spill(ctx, lowerPropertyName(ctx, keyNode as ts.PropertyName), 'key');
      keys.push(key);
      out.push({ kind: 'expr', expr: setKey });
      const got: Expr = { kind: 'index', object: source, key, text: sourceText(keyNode) };
      out.push(...lowerBindingName(ctx, element.name, withDefault(ctx, got, element.initializer)));
    }
    return out;
  }
  const count = name.elements.filter((e) => !(ts.isBindingElement(e) && e.dotDotDotToken !== undefined)).length;
  const hasRest = name.elements.some((e) => ts.isBindingElement(e) && e.dotDotDotToken !== undefined);
  const items = ctx.temp('items');
  const text: Expr = valueText === undefined || valueText === '(intermediate value)' ? { kind: 'undefined' } : { kind: 'string', value: valueText };
  out.push({ kind: 'expr', expr: { kind: 'assign', target: items, value: { kind: 'intrinsic', name: 'destructureIterable', args: [source, number(count), { kind: 'boolean', value: hasRest }, text] } } });
  name.elements.forEach((element, i) => {
    if (ts.isOmittedExpression(element)) return;
    const got: Expr = { kind: 'index', object: read(items), key: number(i), text: '' };
    out.push(...lowerBindingName(ctx, element.name, element.dotDotDotToken !== undefined ? got : withDefault(ctx, got, element.initializer)));
  });
  return out;
}

function bindingOfName(ctx: LowerContext, name: ts.Identifier): Binding {
  const binding = ctx.bindingOfDeclaration(name.parent);
  if (binding !== undefined) {
    ctx.noteReference(binding);
    return binding;
  }
  return ctx.unsupported(name, `the declaration of '${name.text}' here`);
}

/** Destructuring assignment to an object/array literal target; returns the assignments as expressions. */
export function lowerAssignmentPattern(ctx: LowerContext, target: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression, value: Expr): Expr[] {
  const out: Expr[] = [];
  if (ts.isObjectLiteralExpression(target)) {
    const keys: Expr[] = [];
    for (const p of target.properties) {
      if (ts.isSpreadAssignment(p)) {
        out.push(...assignTo(ctx, p.expression, { kind: 'intrinsic', name: 'objectRest', args: [value, { kind: 'array', elements: keys.map((k) => ({ spread: false, expr: k })) }] }));
      } else if (ts.isShorthandPropertyAssignment(p)) {
        const key: Expr = { kind: 'string', value: p.name.text };
        keys.push(key);
        const got: Expr = { kind: 'index', object: value, key, text: p.name.text };
        out.push(...assignTo(ctx, p.name, withDefault(ctx, got, p.objectAssignmentInitializer)));
      } else if (ts.isPropertyAssignment(p)) {
        const [setKey, key] = spill(ctx, lowerPropertyName(ctx, p.name), 'key');
        keys.push(key);
        out.push(setKey);
        let element = p.initializer;
        let initializer: ts.Expression | undefined;
        if (ts.isBinaryExpression(element) && element.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
          initializer = element.right;
          element = element.left;
        }
        const got: Expr = { kind: 'index', object: value, key, text: sourceText(p.name) };
        out.push(...assignTo(ctx, element, withDefault(ctx, got, initializer)));
      } else {
        ctx.unsupported(p, 'this destructuring target');
      }
    }
    return out;
  }
  const count = target.elements.filter((e) => !ts.isSpreadElement(e)).length;
  const hasRest = target.elements.some((e) => ts.isSpreadElement(e));
  const items = ctx.temp('items');
  out.push({ kind: 'assign', target: items, value: { kind: 'intrinsic', name: 'destructureIterable', args: [value, number(count), { kind: 'boolean', value: hasRest }, { kind: 'undefined' }] } });
  target.elements.forEach((element, i) => {
    if (ts.isOmittedExpression(element)) return;
    const got: Expr = { kind: 'index', object: read(items), key: number(i), text: '' };
    if (ts.isSpreadElement(element)) {
      out.push(...assignTo(ctx, element.expression, got));
      return;
    }
    let e: ts.Expression = element;
    let initializer: ts.Expression | undefined;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      initializer = e.right;
      e = e.left;
    }
    out.push(...assignTo(ctx, e, withDefault(ctx, got, initializer)));
  });
  return out;
}

function assignTo(ctx: LowerContext, target: ts.Expression, value: Expr): Expr[] {
  target = skipTypeWrappers(target);
  if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
    const [setV, v] = spill(ctx, value, 'sub');
    return [setV, ...lowerAssignmentPattern(ctx, target, v)];
  }
  if (ts.isIdentifier(target)) return [assignIdentifier(ctx, target, value)];
  if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.name)) {
    return [{ kind: 'setMember', object: lowerExpr(ctx, target.expression), name: target.name.text, value }];
  }
  if (ts.isElementAccessExpression(target)) {
    return [{ kind: 'setIndex', object: lowerExpr(ctx, target.expression), key: lowerExpr(ctx, target.argumentExpression), value }];
  }
  return ctx.unsupported(target, 'this destructuring target');
}
