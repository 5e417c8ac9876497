/**
 * Lowering of TypeScript statements to HIR statements (ECMA-262 section 14). Type-only declarations
 * are erased; every loop becomes a HIR `loop`, `forOf` or `forIn`; block-scoped declarations get a
 * scope of their own, so closures capture per-block (and per-iteration) bindings.
 */
import ts from 'typescript';
import type { Expr, Scope, Stmt, SwitchCase } from '../../ir/hir.ts';
import { Unsupported, type LowerContext } from './context.ts';
import { assignIdentifier, lowerExpr, read, skipTypeWrappers, sourceText } from './expressions.ts';
import { lowerBindingName, lowerAssignmentPattern } from './patterns.ts';
import { declareBindingName, declareLexical, isUsingDeclaration, lexicalKind } from './declarations.ts';
import { lowerFunctionLike } from './functions.ts';
import { lowerClass } from './classes.ts';
import { isAmbient } from '../program.ts';

/** Lowers a statement list in the current scope: hoisted function declarations first. */
export function lowerStatements(ctx: LowerContext, statements: readonly ts.Statement[]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of statements) {
    if (ts.isFunctionDeclaration(s) && s.body !== undefined && s.name !== undefined) {
      const binding = ctx.bindingOfDeclaration(s);
      if (binding === undefined) continue;
      try {
        out.push({ kind: 'init', binding, value: { kind: 'function', fn: lowerFunctionLike(ctx, s) } });
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
    }
  }
  for (const s of statements) {
    try {
      out.push(...lowerStatement(ctx, s));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  return out;
}

function blockScope(ctx: LowerContext, kind: Scope['kind']): Scope {
  return ctx.newScope(kind, ctx.fn, ctx.scope);
}

/** A block with its own lexical scope. */
export function lowerBlock(ctx: LowerContext, statements: readonly ts.Statement[]): Stmt {
  const scope = blockScope(ctx, 'block');
  return ctx.withScope(scope, () => {
    declareLexical(ctx, scope, statements);
    return { kind: 'block', scope, body: lowerStatements(ctx, statements) };
  });
}

function takeLabel(ctx: LowerContext): string | undefined {
  const label = ctx.pendingLabel;
  ctx.pendingLabel = undefined;
  return label;
}

function lowerStatement(ctx: LowerContext, s: ts.Statement): Stmt[] {
  switch (s.kind) {
    case ts.SyntaxKind.ExpressionStatement: return [{ kind: 'expr', expr: lowerExpr(ctx, (s as ts.ExpressionStatement).expression) }];
    case ts.SyntaxKind.VariableStatement:
      if (isAmbient(s)) return [];
      return lowerVariableList(ctx, (s as ts.VariableStatement).declarationList);
    case ts.SyntaxKind.Block: return [lowerBlock(ctx, (s as ts.Block).statements)];
    case ts.SyntaxKind.EmptyStatement: return [];
    case ts.SyntaxKind.IfStatement: {
      const i = s as ts.IfStatement;
      return [{ kind: 'if', test: lowerExpr(ctx, i.expression), then: lowerSub(ctx, i.thenStatement), else: i.elseStatement === undefined ? undefined : lowerSub(ctx, i.elseStatement) }];
    }
    case ts.SyntaxKind.WhileStatement: {
      const w = s as ts.WhileStatement;
      const label = takeLabel(ctx);
      return [{ kind: 'loop', label, scope: undefined, init: [], test: lowerExpr(ctx, w.expression), update: undefined, body: lowerSub(ctx, w.statement), postTest: false, perIteration: false }];
    }
    case ts.SyntaxKind.DoStatement: {
      const d = s as ts.DoStatement;
      const label = takeLabel(ctx);
      return [{ kind: 'loop', label, scope: undefined, init: [], test: lowerExpr(ctx, d.expression), update: undefined, body: lowerSub(ctx, d.statement), postTest: true, perIteration: false }];
    }
    case ts.SyntaxKind.ForStatement: return [lowerFor(ctx, s as ts.ForStatement)];
    case ts.SyntaxKind.ForOfStatement: return [lowerForOf(ctx, s as ts.ForOfStatement)];
    case ts.SyntaxKind.ForInStatement: return [lowerForIn(ctx, s as ts.ForInStatement)];
    case ts.SyntaxKind.LabeledStatement: {
      const l = s as ts.LabeledStatement;
      const inner = l.statement;
      if (ts.isIterationStatement(inner, false)) {
        ctx.pendingLabel = l.label.text;
        return lowerStatement(ctx, inner);
      }
      return [{ kind: 'labeled', label: l.label.text, body: lowerSub(ctx, inner) }];
    }
    case ts.SyntaxKind.BreakStatement: return [{ kind: 'break', label: (s as ts.BreakStatement).label?.text }];
    case ts.SyntaxKind.ContinueStatement: return [{ kind: 'continue', label: (s as ts.ContinueStatement).label?.text }];
    case ts.SyntaxKind.ReturnStatement: {
      const r = s as ts.ReturnStatement;
      // The CommonJS wrapper allows it in .js files (Node's type stripper rejects it in .ts files).
      if (ctx.fn.kind === 'module') return ctx.unsupported(s, "a 'return' at the top level of a module");
      return [{ kind: 'return', value: r.expression === undefined ? undefined : lowerExpr(ctx, r.expression) }];
    }
    case ts.SyntaxKind.ThrowStatement: return [{ kind: 'throw', value: lowerExpr(ctx, (s as ts.ThrowStatement).expression) }];
    case ts.SyntaxKind.TryStatement: return [lowerTry(ctx, s as ts.TryStatement)];
    case ts.SyntaxKind.SwitchStatement: return [lowerSwitch(ctx, s as ts.SwitchStatement)];
    case ts.SyntaxKind.FunctionDeclaration: {
      // Hoisted (and diagnosed) by lowerStatements; a block-level one also sets its Annex B var here.
      const annexB = ctx.blockFunctionVars.get(s as ts.FunctionDeclaration);
      const own = ctx.bindingOfDeclaration(s);
      if (annexB === undefined || own === undefined) return [];
      ctx.noteReference(annexB);
      ctx.noteReference(own);
      return [{ kind: 'expr', expr: { kind: 'assign', target: annexB, value: read(own) } }];
    }
    case ts.SyntaxKind.ClassDeclaration: {
      const c = s as ts.ClassDeclaration;
      if (c.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return [];
      const binding = ctx.bindingOfDeclaration(c);
      if (binding === undefined) return ctx.unsupported(c, 'an anonymous class declaration');
      return [{ kind: 'init', binding, value: { kind: 'class', cls: lowerClass(ctx, c) } }];
    }
    case ts.SyntaxKind.InterfaceDeclaration:
    case ts.SyntaxKind.TypeAliasDeclaration:
      return [];
    case ts.SyntaxKind.ImportDeclaration:
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return ctx.unsupported(s, 'importing modules');
    // The program is its one module and nothing imports the entry module, so its exports are never
    // observed: `export { a, b as c }` does nothing and `export default expr` only evaluates expr.
    case ts.SyntaxKind.ExportDeclaration: {
      const e = s as ts.ExportDeclaration;
      if (e.moduleSpecifier !== undefined) return ctx.unsupported(s, 'importing modules');
      return [];
    }
    case ts.SyntaxKind.ExportAssignment: {
      const e = s as ts.ExportAssignment;
      if (e.isExportEquals === true) return ctx.unsupported(s, "'export ='");
      return [{ kind: 'expr', expr: lowerExpr(ctx, e.expression) }];
    }
    case ts.SyntaxKind.WithStatement: return ctx.unsupported(s, 'with');
    case ts.SyntaxKind.DebuggerStatement: return [];
    default: return ctx.unsupported(s, `the statement kind ${ts.SyntaxKind[s.kind]}`);
  }
}

/** A sub-statement (if/loop body): a lone declaration still gets its own scope. */
function lowerSub(ctx: LowerContext, s: ts.Statement): Stmt {
  if (ts.isBlock(s)) return lowerBlock(ctx, s.statements);
  const lowered = lowerBlock(ctx, [s]);
  return lowered;
}

function lowerVariableList(ctx: LowerContext, list: ts.VariableDeclarationList): Stmt[] {
  if (isUsingDeclaration(list)) ctx.unsupported(list, 'using declarations');
  const kind = lexicalKind(list);
  const out: Stmt[] = [];
  for (const d of list.declarations) {
    if (d.initializer === undefined) {
      // `let x;` initialises to undefined; `var x;` does nothing (hoisted).
      if (kind !== 'var' && ts.isIdentifier(d.name)) out.push(...lowerBindingName(ctx, d.name, { kind: 'undefined' }));
      continue;
    }
    const value = lowerExpr(ctx, d.initializer);
    const named = namedValue(value, d.name);
    // V8 names the value in destructuring errors only when it is a plain reference.
    const init = skipTypeWrappers(d.initializer);
    const plain = !ts.isParenthesizedExpression(d.initializer) && (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init) ||
      init.kind === ts.SyntaxKind.NullKeyword || ts.isNumericLiteral(init) || ts.isStringLiteral(init) || ts.isObjectLiteralExpression(init));
    const valueText = plain ? sourceText(init) : undefined;
    out.push(...lowerBindingName(ctx, d.name, named, valueText));
    if (kind === 'var') markMutated(ctx, d.name);
  }
  return out;
}

/** `var` bindings may be assigned from several declarations: never propagate them as constants. */
function markMutated(ctx: LowerContext, name: ts.BindingName): void {
  if (ts.isIdentifier(name)) {
    const b = ctx.bindingOfDeclaration(name.parent);
    if (b !== undefined) b.mutated = true;
    return;
  }
  for (const e of name.elements) if (!ts.isOmittedExpression(e)) markMutated(ctx, e.name);
}

/** Anonymous function/class definitions take the name of the binding or property they initialise
 * (ECMA-262 NamedEvaluation / SetFunctionName); computed keys are named at run time. */
export function namedValue(value: Expr, name: ts.BindingName | ts.PropertyName): Expr {
  if (!(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))) return value;
  if (value.kind === 'function' && value.fn.name === '') (value.fn as { name: string }).name = name.text;
  if (value.kind === 'class' && value.cls.name === '') (value.cls as { name: string }).name = name.text;
  return value;
}

function lowerFor(ctx: LowerContext, f: ts.ForStatement): Stmt {
  const label = takeLabel(ctx);
  const scope = blockScope(ctx, 'loop');
  return ctx.withScope(scope, () => {
    const init: Stmt[] = [];
    let perIteration = false;
    if (f.initializer !== undefined) {
      if (ts.isVariableDeclarationList(f.initializer)) {
        const kind = lexicalKind(f.initializer);
        if (kind !== 'var') {
          for (const d of f.initializer.declarations) declareBindingName(ctx, scope, d.name, kind);
          perIteration = kind === 'let';
        }
        init.push(...lowerVariableList(ctx, f.initializer));
      } else {
        init.push({ kind: 'expr', expr: lowerExpr(ctx, f.initializer) });
      }
    }
    const test = f.condition === undefined ? undefined : lowerExpr(ctx, f.condition);
    const update = f.incrementor === undefined ? undefined : lowerExpr(ctx, f.incrementor);
    const body = lowerSub(ctx, f.statement);
    return { kind: 'loop', label, scope, init, test, update, body, postTest: false, perIteration };
  });
}

/** The head of for-of/for-in: declares the loop's bindings in `scope` and returns statements binding `value`. */
function lowerLoopHead(ctx: LowerContext, scope: Scope, initializer: ts.ForInitializer, value: Expr): Stmt[] {
  if (ts.isVariableDeclarationList(initializer)) {
    const kind = lexicalKind(initializer);
    const d = initializer.declarations[0]!;
    if (kind !== 'var') declareBindingName(ctx, scope, d.name, kind);
    else markMutated(ctx, d.name);
    return lowerBindingName(ctx, d.name, value);
  }
  const target = initializer;
  if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
    return lowerAssignmentPattern(ctx, target, value).map((expr) => ({ kind: 'expr', expr }));
  }
  return [{ kind: 'expr', expr: assignExpression(ctx, target, value) }];
}

function assignExpression(ctx: LowerContext, target: ts.Expression, value: Expr): Expr {
  if (ts.isIdentifier(target)) return assignIdentifier(ctx, target, value);
  if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.name)) {
    return { kind: 'setMember', object: lowerExpr(ctx, target.expression), name: target.name.text, value };
  }
  if (ts.isElementAccessExpression(target)) {
    return { kind: 'setIndex', object: lowerExpr(ctx, target.expression), key: lowerExpr(ctx, target.argumentExpression), value };
  }
  return ctx.unsupported(target, 'this for-of/for-in target');
}

function lowerForOf(ctx: LowerContext, f: ts.ForOfStatement): Stmt {
  const isAwait = f.awaitModifier !== undefined;
  if (isAwait && ctx.fn.kind === 'module' && ctx.format === 'module') ctx.fn.async = true;
  if (isAwait && !ctx.fn.async) ctx.unsupported(f, 'for await outside an async function or an ES module');
  const label = takeLabel(ctx);
  const iterable = lowerExpr(ctx, f.expression);
  const valueTemp = ctx.temp('item');
  const scope = blockScope(ctx, 'loop');
  return ctx.withScope(scope, () => {
    const bindStmts = lowerLoopHead(ctx, scope, f.initializer, read(valueTemp));
    const body = lowerSub(ctx, f.statement);
    return { kind: 'forOf', label, scope, iterable, iterableText: sourceText(f.expression), bindStmts, valueTemp, body, await: isAwait };
  });
}

function lowerForIn(ctx: LowerContext, f: ts.ForInStatement): Stmt {
  const label = takeLabel(ctx);
  const object = lowerExpr(ctx, f.expression);
  const valueTemp = ctx.temp('key');
  const scope = blockScope(ctx, 'loop');
  return ctx.withScope(scope, () => {
    const bindStmts = lowerLoopHead(ctx, scope, f.initializer, read(valueTemp));
    const body = lowerSub(ctx, f.statement);
    return { kind: 'forIn', label, scope, object, valueTemp, bindStmts, body };
  });
}

function lowerTry(ctx: LowerContext, t: ts.TryStatement): Stmt {
  const block = lowerBlock(ctx, t.tryBlock.statements);
  let catchBinding;
  let catchScope;
  let catchBody;
  if (t.catchClause !== undefined) {
    const scope = blockScope(ctx, 'catch');
    catchScope = scope;
    const decl = t.catchClause.variableDeclaration;
    catchBody = ctx.withScope(scope, () => {
      const pre: Stmt[] = [];
      if (decl !== undefined) {
        if (ts.isIdentifier(decl.name)) {
          catchBinding = ctx.declare(scope, decl.name.text, 'catch', decl);
        } else {
          catchBinding = ctx.declare(scope, 'exception', 'temp');
          declareBindingName(ctx, scope, decl.name, 'let');
          pre.push(...lowerBindingName(ctx, decl.name, read(catchBinding)));
        }
      }
      const inner = lowerBlock(ctx, t.catchClause!.block.statements);
      return { kind: 'block', scope, body: [...pre, inner] } as Stmt;
    });
  }
  const finallyBody = t.finallyBlock === undefined ? undefined : lowerBlock(ctx, t.finallyBlock.statements);
  return { kind: 'try', block, catchBinding, catchScope, catchBody, finallyBody };
}

function lowerSwitch(ctx: LowerContext, s: ts.SwitchStatement): Stmt {
  const label = takeLabel(ctx);
  const discriminant = lowerExpr(ctx, s.expression);
  const scope = blockScope(ctx, 'switch');
  return ctx.withScope(scope, () => {
    declareLexical(ctx, scope, s.caseBlock.clauses.flatMap((c) => c.statements));
    const cases: SwitchCase[] = s.caseBlock.clauses.map((c) => ({
      test: ts.isCaseClause(c) ? lowerExpr(ctx, c.expression) : undefined,
      body: lowerStatements(ctx, c.statements),
    }));
    return { kind: 'switch', label, scope, discriminant, cases };
  });
}
