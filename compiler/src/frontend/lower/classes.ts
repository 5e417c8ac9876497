/**
 * Lowering of class declarations and expressions (ECMA-262 15.7 ClassDefinitionEvaluation) to a HIR
 * ClassNode: the constructor (synthesised when absent), prototype and static members, an instance
 * fields initialiser run on every new object, a static initialiser (static fields and blocks), and
 * one private name per `#member`.
 */
import ts from 'typescript';
import type { Binding, ClassMember, ClassNode, Expr, FunctionNode, Stmt } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { lowerExpr, lowerPropertyName, read, thisBinding } from './expressions.ts';
import { lowerFunctionLike, newFunction } from './functions.ts';
import { lowerBlock, namedValue } from './statements.ts';

function isStatic(member: ts.ClassElement): boolean {
  return ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Static ? true : false;
}

function hasModifier(member: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === kind) ?? false);
}

export function lowerClass(ctx: LowerContext, node: ts.ClassDeclaration | ts.ClassExpression): ClassNode {
  if (ts.getDecorators(node)?.length) ctx.unsupported(node, 'decorators');
  const name = node.name?.text ?? '';
  const extendsClause = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
  const heritage = extendsClause === undefined ? undefined : lowerExpr(ctx, extendsClause.types[0]!.expression);
  const classScope = ctx.newScope('class', ctx.fn, ctx.scope);
  return ctx.withScope(classScope, () => {
    let innerBinding: Binding | undefined = ctx.bindingOfDeclaration(node);
    if (innerBinding === undefined && name !== '') innerBinding = ctx.declare(classScope, name, 'const', node);
    if (innerBinding !== undefined) ctx.noteReference(innerBinding);

    const privateNames: Binding[] = [];
    for (const member of node.members) {
      if (member.name !== undefined && ts.isPrivateIdentifier(member.name)) {
        const decl = ctx.checker.getSymbolAtLocation(member.name)?.valueDeclaration ?? member;
        if (ctx.bindingOfDeclaration(decl) === undefined) privateNames.push(ctx.declare(classScope, member.name.text, 'const', decl));
      }
    }

    const derived = heritage !== undefined;
    const ctorNode = node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    const ctorKind = derived ? 'derivedCtor' : 'ctor';
    const ctor = ctorNode !== undefined ? lowerFunctionLike(ctx, ctorNode, ctorKind) : defaultConstructor(ctx, node, ctorKind);
    (ctor as { name: string }).name = name;
    ctor.source = ctx.strippedSource(node, node.getStart());

    const members: ClassMember[] = [];
    const privateMethods: { binding: Binding; fn: FunctionNode; isStatic: boolean }[] = [];
    const fieldKeys: { binding: Binding; key: Expr }[] = [];
    const methodBindings = new Map<ts.ClassElement, Binding>();
    const computedKeys = new Map<ts.ClassElement, Binding>();
    const instanceInits: ts.ClassElement[] = [];
    const staticInits: ts.ClassElement[] = [];
    for (const member of node.members) {
      if (ts.isConstructorDeclaration(member) || ts.isSemicolonClassElement(member) || ts.isIndexSignatureDeclaration(member)) continue;
      if (hasModifier(member, ts.SyntaxKind.AbstractKeyword) || hasModifier(member, ts.SyntaxKind.DeclareKeyword)) continue;
      if (ts.isClassStaticBlockDeclaration(member)) {
        staticInits.push(member);
        continue;
      }
      if (ts.isPropertyDeclaration(member)) {
        if (!isStatic(member) && ts.isComputedPropertyName(member.name)) {
          const binding = ctx.declare(classScope, 'fieldKey', 'const');
          fieldKeys.push({ binding, key: lowerExpr(ctx, member.name.expression) });
          computedKeys.set(member, binding);
        }
        (isStatic(member) ? staticInits : instanceInits).push(member);
        continue;
      }
      if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
        if (member.body === undefined) continue; // overload signature
        if (ts.isPrivateIdentifier(member.name)) {
          const binding = ctx.declare(classScope, member.name.text, 'const');
          privateMethods.push({ binding, fn: lowerFunctionLike(ctx, member), isStatic: isStatic(member) });
          methodBindings.set(member, binding);
          (isStatic(member) ? staticInits : instanceInits).unshift(member);
          continue;
        }
        const kind = ts.isMethodDeclaration(member) ? 'method' : ts.isGetAccessorDeclaration(member) ? 'getter' : 'setter';
        members.push({ kind, isStatic: isStatic(member), key: lowerPropertyName(ctx, member.name), fn: lowerFunctionLike(ctx, member) });
        continue;
      }
      ctx.unsupported(member, 'this class member');
    }
    const bound = { methods: methodBindings, keys: computedKeys };
    const fieldsInit = instanceInits.length === 0 ? undefined : initializer(ctx, node, 'fieldsInit', instanceInits, bound);
    const staticInit = staticInits.length === 0 ? undefined : initializer(ctx, node, 'staticInit', staticInits, bound);
    ctor.fieldsInit = fieldsInit;
    return { name, heritage, ctor, members, fieldsInit, staticInit, privateNames, privateMethods, fieldKeys, innerBinding, pos: ctx.pos(node) };
  });
}

/** `constructor() {}` or, for a derived class, `constructor(...args) { super(...args); }`. */
function defaultConstructor(ctx: LowerContext, node: ts.ClassLikeDeclaration, kind: 'ctor' | 'derivedCtor'): FunctionNode {
  const fn = newFunction(ctx, kind, node.name?.text ?? '', node);
  if (kind === 'derivedCtor') {
    ctx.withFunction(fn, () => {
      const args = ctx.declare(fn.scope, 'args', 'param');
      fn.params.push({ binding: args, rest: true });
      fn.body.push({ kind: 'expr', expr: { kind: 'superCall', args: [{ spread: true, expr: read(args) }] } });
    });
  }
  return fn;
}

/** Bindings made at class definition that the initialisers read: shared private methods, computed field keys. */
interface ClassBindings {
  readonly methods: ReadonlyMap<ts.ClassElement, Binding>;
  readonly keys: ReadonlyMap<ts.ClassElement, Binding>;
}

/** The instance-fields or static initialiser: defines fields and private methods on `this`, runs static blocks. */
function initializer(ctx: LowerContext, node: ts.ClassLikeDeclaration, kind: 'fieldsInit' | 'staticInit', elements: ts.ClassElement[], bound: ClassBindings): FunctionNode {
  const fn = newFunction(ctx, kind, node.name?.text ?? '', node);
  ctx.withFunction(fn, () => {
    const self = read(thisBinding(ctx));
    for (const element of elements) {
      if (ts.isClassStaticBlockDeclaration(element)) {
        fn.body.push(lowerBlock(ctx, element.body.statements));
        continue;
      }
      fn.body.push(...defineMember(ctx, self, element, bound));
    }
  });
  return fn;
}

function defineMember(ctx: LowerContext, self: Expr, element: ts.ClassElement, bound: ClassBindings): Stmt[] {
  const name = element.name!;
  let key: Expr;
  const computed = bound.keys.get(element);
  if (computed !== undefined) {
    ctx.noteReference(computed);
    key = read(computed);
  } else if (ts.isPrivateIdentifier(name)) {
    const decl = ctx.checker.getSymbolAtLocation(name)?.valueDeclaration ?? element;
    const binding = ctx.bindingOfDeclaration(decl)!;
    ctx.noteReference(binding);
    key = read(binding);
  } else if (ts.isComputedPropertyName(name)) {
    key = { kind: 'toPropertyKey', operand: lowerExpr(ctx, name.expression) }; // static field: evaluated in order by the static initialiser
  } else {
    key = lowerPropertyName(ctx, name);
  }
  if (ts.isPropertyDeclaration(element)) {
    const value: Expr = element.initializer === undefined ? { kind: 'undefined' } : namedValue(lowerExpr(ctx, element.initializer), name);
    return [{ kind: 'expr', expr: { kind: 'defineField', object: self, key, value, accessor: undefined } }];
  }
  const method = bound.methods.get(element);
  if (method !== undefined) {
    ctx.noteReference(method);
    const accessor = ts.isGetAccessorDeclaration(element) ? 'getter' : ts.isSetAccessorDeclaration(element) ? 'setter' : undefined;
    return [{ kind: 'expr', expr: { kind: 'defineField', object: self, key, value: read(method), accessor } }];
  }
  return ctx.unsupported(element, 'this class member');
}
