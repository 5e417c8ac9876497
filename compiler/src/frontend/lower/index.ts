/**
 * Entry point of lowering: a checked TypeScript program to a HIR Program. Diagnostics for
 * unsupported constructs are collected (lowering continues with the next statement, so one build
 * reports them all); a program with any diagnostic is rejected by the driver.
 */
import type ts from 'typescript';
import type { Program } from '../../ir/hir.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { LowerContext, Unsupported } from './context.ts';
import { newFunction } from './functions.ts';
import { declareLexical, declareVars } from './declarations.ts';
import { declareBlockFunctionVars } from './annex-b.ts';
import { declareModuleWrapper } from './commonjs.ts';
import { lowerStatements } from './statements.ts';
import type { ModuleFormat } from '../module-format.ts';

export interface LowerResult {
  readonly program: Program;
  readonly diagnostics: Diagnostic[];
}

/**
 * Lowers the entry module (ECMA-262 16.2.1.6.4 InitializeEnvironment + ExecuteModule).
 * `librarySurfaceCheck` false skips the TSN9002 check of library uses (see library-surface.ts);
 * `format` is how Node runs the entry (its strictness, its top-level `this`).
 */
export function lowerProgram(checker: ts.TypeChecker, entry: ts.SourceFile, librarySurfaceCheck = true, format: ModuleFormat = 'module'): LowerResult {
  const ctx = new LowerContext(checker, librarySurfaceCheck);
  ctx.format = format;
  const main = newFunction(ctx, 'module', '', entry);
  ctx.withFunction(main, () => {
    try {
      declareVars(ctx, main.scope, entry);
      declareLexical(ctx, main.scope, entry.statements);
      declareBlockFunctionVars(ctx, main.scope, entry);
      if (format === 'commonjs') main.body.push(...declareModuleWrapper(ctx, main, entry));
      main.body.push(...lowerStatements(ctx, entry.statements));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  });
  ctx.finishStorage();
  return { program: { main, functions: ctx.functions, entryFile: entry.fileName, format }, diagnostics: ctx.diagnostics };
}
