/**
 * The module format of a source file, decided exactly as Node 24 decides it when it loads the file
 * (Node's "Determining module system" rules, with type stripping):
 *   - `.mts`/`.mjs` are ES modules, `.cts`/`.cjs` CommonJS, whatever the package says;
 *   - `.ts`/`.js` follow the `"type"` field of the nearest package.json (`"module"` or `"commonjs"`);
 *   - without a `"type"` (or without a package.json), syntax detection: ES module syntax (a value
 *     import or export, `import.meta`, top-level `await`, or a top-level lexical redeclaration of a
 *     CommonJS wrapper variable such as `const require`) makes the file an ES module, otherwise it is
 *     CommonJS. Types are stripped first, so `export type`/`export interface`/`import type` do not count.
 * The nearest package.json search stops at a `node_modules` folder, as Node's package scope lookup does.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** How Node runs a file: as an ES module (always strict) or as CommonJS (sloppy unless "use strict"). */
export type ModuleFormat = 'module' | 'commonjs';

/** The `"type"` of the nearest package.json above `file`, or undefined when it has none (or there is none). */
export function packageType(file: string): 'module' | 'commonjs' | undefined {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    let text: string | undefined;
    try {
      text = readFileSync(path.join(dir, 'package.json'), 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      try {
        const type = (JSON.parse(text) as { type?: unknown }).type;
        return type === 'module' || type === 'commonjs' ? type : undefined;
      } catch {
        return undefined;
      }
    }
    if (path.basename(dir) === 'node_modules' || path.dirname(dir) === dir) return undefined;
  }
}

/** The format Node gives `sourceFile` (see the module doc). */
export function moduleFormatOf(sourceFile: ts.SourceFile): ModuleFormat {
  const name = sourceFile.fileName;
  if (/\.m[jt]s$/.test(name)) return 'module';
  if (/\.c[jt]s$/.test(name)) return 'commonjs';
  return packageType(name) ?? (hasModuleSyntax(sourceFile) ? 'module' : 'commonjs');
}

/** True when `statement` carries an `export` modifier that survives type stripping. */
function isValueExport(statement: ts.Statement): boolean {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return false;
  if (ts.isFunctionDeclaration(statement) && statement.body === undefined) return false;
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && !modifiers.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/** The CommonJS module wrapper's parameters (a top-level `let`/`const`/`class` of one is a SyntaxError in CommonJS). */
const WRAPPER_NAMES = new Set(['exports', 'require', 'module', '__filename', '__dirname']);

function redeclaresWrapperName(statement: ts.Statement): boolean {
  if (ts.isClassDeclaration(statement)) return statement.name !== undefined && WRAPPER_NAMES.has(statement.name.text);
  if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.BlockScoped) === 0) return false;
  return statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && WRAPPER_NAMES.has(d.name.text));
}

/**
 * Whether a top-level `await` expression is a syntax error in a script, which is what makes Node
 * re-run the file as a module: `await x` is, but when the operand starts with `(`, `[`, `+`, `-`, `/`
 * or a template, a script reads `await` as an identifier (a call, member access, arithmetic or a
 * tagged template) and the file stays CommonJS.
 */
function awaitIsScriptError(node: ts.AwaitExpression): boolean {
  const first = node.expression.getSourceFile().text.charAt(node.expression.getStart());
  return !'([+-/`'.includes(first);
}

/** True for `import.meta` or an `await` that is not inside a function (top-level await), anywhere under `node`. */
function hasModuleOnlyExpression(node: ts.Node, topLevel: boolean): boolean {
  if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) return true;
  if (topLevel && ts.isAwaitExpression(node) && awaitIsScriptError(node)) return true;
  if (topLevel && ts.isForOfStatement(node) && node.awaitModifier !== undefined) return true;
  const inner = topLevel && !ts.isFunctionLike(node) && !ts.isClassStaticBlockDeclaration(node);
  return ts.forEachChild(node, (child) => hasModuleOnlyExpression(child, inner) || undefined) === true;
}

/** Node's syntax detection for a file without a declared format (see the module doc). */
export function hasModuleSyntax(sourceFile: ts.SourceFile): boolean {
  for (const s of sourceFile.statements) {
    if (ts.isImportDeclaration(s) && !(s.importClause?.isTypeOnly ?? false)) return true;
    if (ts.isExportDeclaration(s) && !s.isTypeOnly) return true;
    if (ts.isExportAssignment(s) || isValueExport(s) || redeclaresWrapperName(s)) return true;
  }
  return hasModuleOnlyExpression(sourceFile, true);
}

function hasUseStrict(statements: readonly ts.Statement[], sourceFile: ts.SourceFile): boolean {
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false;
    // The directive must be exactly 'use strict' or "use strict" (no escapes), hence the raw text.
    if (s.expression.getText(sourceFile).slice(1, -1) === 'use strict') return true;
  }
  return false;
}

/** True when code of this format is strict from its first statement: ES modules, or a `"use strict"` directive prologue. */
export function isStrictFile(sourceFile: ts.SourceFile, format: ModuleFormat): boolean {
  return format === 'module' || hasUseStrict(sourceFile.statements, sourceFile);
}

/**
 * ECMA-262 11.2.2 strict mode code: true when `node` (of a file Node runs as `format`) is strict: the
 * file is, or the node is inside a class, or inside a function whose body starts with "use strict".
 */
export function isStrictCode(node: ts.Node, format: ModuleFormat): boolean {
  const sourceFile = node.getSourceFile();
  for (let n: ts.Node | undefined = node; n !== undefined; n = n.parent) {
    if (ts.isSourceFile(n)) return isStrictFile(n, format);
    if (ts.isClassLike(n)) return true;
    if (ts.isFunctionLike(n) && 'body' in n && n.body !== undefined && ts.isBlock(n.body) && hasUseStrict(n.body.statements, sourceFile)) return true;
  }
  return false;
}
