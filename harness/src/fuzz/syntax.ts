/**
 * Whether TypeScript's parser accepts an expression as the fuzzer prints it. TypeScript reads some
 * chains of `<`/`<<` and `>`/`>>` operators as type arguments where JavaScript sees operators
 * (microsoft/TypeScript#37760): `0 << (0 << (0 >> (-1)))` parses as a call `0<...>(-1)`, so tsc, and
 * tsn, which parses with TypeScript, reject a file that Node's type stripping runs (corpus program
 * 1117 pins that rejection). Such an expression is not part of a TypeScript program; the generator
 * drops it instead of reporting the rejection as a discrepancy.
 */
import ts from 'typescript';
import type { GenExpr } from './model.ts';
import { renderProgram } from './render.ts';

/** The prelude every rendered program starts with (print helper), rendered once. */
let fixedPrelude: string | undefined;

/** TypeScript's syntax errors of `text` (a SourceFile's parse diagnostics, which the public API keeps internal). */
function syntaxErrors(text: string): readonly unknown[] {
  const file = ts.createSourceFile('expression.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics?: readonly unknown[] };
  if (file.parseDiagnostics === undefined) throw new Error('typescript no longer records parseDiagnostics on a SourceFile');
  return file.parseDiagnostics;
}

/**
 * True when the program printing only `e` (its hoisted constants and helper functions, then its
 * `p(...)` line) has no TypeScript syntax error. Costs one render and one parse of ~0.3 KB (~10 µs).
 */
export function parsesAsTypeScript(e: GenExpr): boolean {
  fixedPrelude ??= renderProgram({ exprs: [] }).prelude;
  const source = renderProgram({ exprs: [e] }).source;
  if (!source.startsWith(fixedPrelude)) throw new Error('a rendered program does not start with the fixed prelude');
  return syntaxErrors(source.slice(fixedPrelude.length)).length === 0;
}
