/**
 * The CommonJS module wrapper of the entry file (Node's `(function (exports, require, module,
 * __filename, __dirname) { ... })` called with `this` = module.exports): its `exports`, `module`,
 * `__filename` and `__dirname` become module bindings initialised before the first statement, and the
 * top level's `this` is the initial exports object. `require` (other modules) is not built yet: it
 * stays a TSN9002 diagnostic as a global the runtime lacks.
 */
import ts from 'typescript';
import path from 'node:path';
import type { Binding, Expr, FunctionNode, Stmt } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { isLibraryDeclaration } from '../program.ts';

/** The wrapper's parameters this file provides (module.exports under its own name is `exports`). */
const WRAPPER_VARIABLES = ['exports', 'module', '__filename', '__dirname'] as const;

/** The node_modules folders Node's Module._nodeModulePaths lists for `dir`, innermost first. */
function nodeModulePaths(dir: string): string[] {
  const paths: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    if (path.basename(d) !== 'node_modules') paths.push(path.join(d, 'node_modules'));
    if (path.dirname(d) === d) return paths;
  }
}

const str = (value: string): Expr => ({ kind: 'string', value });
const read = (binding: Binding): Expr => ({ kind: 'read', binding, tdzCheck: false });

/**
 * Declares the wrapper variables of CommonJS entry `entry` in `main`'s scope and returns the statements
 * that initialise them (Module's fields in Node's order: id, path, exports, filename, loaded, children, paths).
 */
export function declareModuleWrapper(ctx: LowerContext, main: FunctionNode, entry: ts.SourceFile): Stmt[] {
  const filename = path.resolve(entry.fileName);
  const dirname = path.dirname(filename);
  const bindings = new Map<string, Binding>();
  for (const name of WRAPPER_VARIABLES) bindings.set(name, ctx.declare(main.scope, name, 'var'));
  // A var: comptime propagation must never copy the object (its identity is the point).
  const initialExports = ctx.declare(main.scope, 'this', 'var');
  ctx.commonjsWrapper = { bindings, initialExports };
  const exports = bindings.get('exports')!;
  const module: Expr = {
    kind: 'object',
    props: [
      ['id', str('.')], ['path', str(dirname)], ['exports', read(initialExports)], ['filename', str(filename)],
      ['loaded', { kind: 'boolean', value: false }], ['children', { kind: 'array', elements: [] }],
      ['paths', { kind: 'array', elements: nodeModulePaths(dirname).map((p) => ({ spread: false, expr: str(p) })) }],
    ].map(([key, value]) => ({ kind: 'init', key: str(key as string), value: value as Expr })),
  };
  for (const b of [...bindings.values(), initialExports]) b.mutated = true;
  return [
    { kind: 'init', binding: initialExports, value: { kind: 'object', props: [] } },
    { kind: 'init', binding: exports, value: read(initialExports) },
    { kind: 'init', binding: bindings.get('module')!, value: module },
    { kind: 'init', binding: bindings.get('__filename')!, value: str(filename) },
    { kind: 'init', binding: bindings.get('__dirname')!, value: str(dirname) },
  ];
}

/** The wrapper variable `id` names (a name no declaration of the program binds), if any. */
export function wrapperVariable(ctx: LowerContext, id: ts.Identifier): Binding | undefined {
  const wrapper = ctx.commonjsWrapper;
  const binding = wrapper?.bindings.get(id.text);
  if (binding === undefined) return undefined;
  const decl = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration;
  if (decl !== undefined && !isLibraryDeclaration(decl)) return undefined;
  ctx.noteReference(binding);
  return binding;
}

/**
 * True for a property access on the wrapper's `module` or `exports` (`module.exports.x`): ordinary
 * objects of the program, although @types/node declares their shape as a library would.
 */
export function isModuleObjectAccess(ctx: LowerContext, access: ts.PropertyAccessExpression): boolean {
  let root: ts.Expression = access.expression;
  while (ts.isPropertyAccessExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  return ts.isIdentifier(root) && (root.text === 'module' || root.text === 'exports') && ctx.commonjsWrapper !== undefined &&
    wrapperVariable(ctx, root) !== undefined;
}

/** True for `require` in a CommonJS file where no declaration binds it: a wrapper variable not built yet. */
export function isMissingWrapperVariable(ctx: LowerContext, id: ts.Identifier): boolean {
  if (ctx.commonjsWrapper === undefined || id.text !== 'require') return false;
  const decl = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration;
  return decl === undefined || isLibraryDeclaration(decl);
}

/** The top level's `this`: the initial module.exports. */
export function moduleThis(ctx: LowerContext): Expr {
  const binding = ctx.commonjsWrapper!.initialExports;
  ctx.noteReference(binding);
  return read(binding);
}
