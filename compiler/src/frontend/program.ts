/**
 * Creates the TypeScript program and checker for one tsn build.
 *
 * Library declaration files (lib.esnext.*.d.ts and @types/node) are parsed once per process and
 * reused by every later build, so compiling many programs in one process (the harness) pays their
 * parse cost once. Programs are checked under `strict`, exactly as tsc would with the options below,
 * except that each own file's format (ES module or CommonJS) is the one Node gives it
 * (module-format.ts). Which errors reject the program depends on --check (diagnosticsUnder).
 */
import ts from 'typescript';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from './diagnostics.ts';
import { isStrictFile, moduleFormatOf, type ModuleFormat } from './module-format.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Compiler options every program is checked with. */
export const CHECK_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  // Node 24 ships every feature of TypeScript 5.9's esnext library (Set methods, iterator helpers,
  // Float16Array, Error.isError, Promise.try, ...); what the runtime lacks is a TSN9002, not a TS2550.
  lib: ['lib.esnext.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  types: ['node'],
  typeRoots: [path.join(projectRoot, 'node_modules/@types')],
};

/** Parsed library files, shared across builds (keyed by absolute path). */
const libraryCache = new Map<string, ts.SourceFile>();

/** True for library declaration files: TypeScript's lib.*.d.ts and @types/node (anything under node_modules). */
export function isLibraryFile(fileName: string): boolean {
  return fileName.includes('/node_modules/');
}

/** The checked program of one build. */
export interface CheckedProgram {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly entry: ts.SourceFile;
  /** TypeScript's syntactic and semantic errors of the program's own files. */
  readonly diagnostics: Diagnostic[];
  /** True when `diagnostics` are syntax errors (the parser's, or ECMAScript early errors): they reject the program under every --check mode. */
  readonly syntactic: boolean;
  /** The format Node gives each of the program's own files (absolute path -> format), see module-format.ts. */
  readonly formats: ReadonlyMap<string, ModuleFormat>;
}

/**
 * The most recently checked programs, reused while every one of their own files is unchanged on
 * disk: the harness and the fuzzer build each program under both comptime gates in one process.
 * Lowering only reads the TypeScript AST and checker, so sharing them is safe.
 */
const recent = new Map<string, CheckedProgram>();
const RECENT_LIMIT = 4;

function ownFilesUnchanged(checked: CheckedProgram): boolean {
  return checked.program.getSourceFiles().every((sf) => {
    if (isLibraryFile(sf.fileName)) return true;
    try {
      return readFileSync(sf.fileName, 'utf8') === sf.text;
    } catch {
      return false;
    }
  });
}

/** Parses and type-checks `entryPath` (absolute) and every module it imports (reusing a recent, unchanged check). */
export function createCheckedProgram(entryPath: string): CheckedProgram {
  const cached = recent.get(entryPath);
  if (cached !== undefined && ownFilesUnchanged(cached)) return cached;
  const checked = checkProgram(entryPath);
  recent.delete(entryPath);
  recent.set(entryPath, checked);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  return checked;
}

function checkProgram(entryPath: string): CheckedProgram {
  const host = ts.createCompilerHost(CHECK_OPTIONS, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const formats = new Map<string, ModuleFormat>();
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isLibraryFile(fileName)) {
      // TypeScript decides a file's format from package.json and its extension only; Node also
      // detects ES module syntax in a file whose package.json has no "type": check it as Node runs it.
      const sf = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (sf === undefined) return sf;
      const format = moduleFormatOf(sf);
      formats.set(path.resolve(fileName), format);
      const implied = format === 'module' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS;
      if (sf.impliedNodeFormat === implied || typeof languageVersion !== 'object') return sf;
      return getSourceFile(fileName, { ...languageVersion, impliedNodeFormat: implied }, onError, shouldCreate);
    }
    let sf = libraryCache.get(fileName);
    if (sf === undefined) {
      sf = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (sf !== undefined) libraryCache.set(fileName, sf);
    }
    return sf;
  };
  const program = ts.createProgram({ rootNames: [entryPath], options: CHECK_OPTIONS, host });
  const entry = program.getSourceFile(entryPath);
  const own = program.getSourceFiles().filter((sf) => !isLibraryFile(sf.fileName));
  // As tsc reports them: syntax errors alone when there are any (a broken parse makes the checker's
  // errors noise), otherwise the options', global and semantic diagnostics.
  let found: readonly ts.Diagnostic[] = own.flatMap((sf) => program.getSyntacticDiagnostics(sf));
  const syntactic = found.length > 0 || entry === undefined;
  if (found.length === 0) {
    found = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...own.flatMap((sf) => program.getSemanticDiagnostics(sf))];
  }
  const diagnostics: Diagnostic[] = found.map(fromTs);
  if (entry === undefined) {
    diagnostics.push({ code: 6053, message: `File '${entryPath}' not found.`, file: undefined, text: '', start: 0, length: 0 });
  }
  return { program, checker: program.getTypeChecker(), entry: entry as ts.SourceFile, diagnostics, syntactic, formats };
}

/**
 * Checker diagnostics that are ECMAScript early errors (Node rejects the program with a SyntaxError
 * too), so they reject a program under every --check mode: `await` outside async functions (1308)
 * and a redeclared block-scoped name (2451).
 */
export const EARLY_ERROR_CODES: ReadonlySet<number> = new Set([1308, 2451]);

/**
 * Early errors of strict code only: invalid use of `arguments`/`eval` (1100), `with` (1101), `delete`
 * of an identifier (1102), reserved words (1212-1215). TypeScript reports them in every file (it
 * treats each as a strict module); Node only in strict code, so they count in strict files only.
 */
export const STRICT_EARLY_ERROR_CODES: ReadonlySet<number> = new Set([1100, 1101, 1102, 1212, 1213, 1214, 1215]);

function isEarlyError(checked: CheckedProgram, d: Diagnostic): boolean {
  if (EARLY_ERROR_CODES.has(d.code)) return true;
  if (!STRICT_EARLY_ERROR_CODES.has(d.code) || d.file === undefined) return false;
  const sf = checked.program.getSourceFile(d.file);
  return sf === undefined || isStrictFile(sf, checked.formats.get(path.resolve(d.file)) ?? 'module');
}

/**
 * Splits a checked program's diagnostics by `--check` mode: `errors` reject the program, `warnings`
 * are printed and the build goes on. Syntax errors and early errors are always errors; type errors
 * are errors under `error`, warnings under `warn`, dropped under `off`.
 */
export function diagnosticsUnder(checked: CheckedProgram, check: 'error' | 'warn' | 'off'): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  if (checked.syntactic || check === 'error') return { errors: checked.diagnostics, warnings: [] };
  const errors = checked.diagnostics.filter((d) => d.file === undefined || isEarlyError(checked, d));
  const types = checked.diagnostics.filter((d) => !errors.includes(d));
  return { errors, warnings: check === 'warn' ? types.map((d) => ({ ...d, severity: 'warning' as const })) : [] };
}

function fromTs(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (d.file === undefined) return { code: d.code, message, file: undefined, text: '', start: 0, length: 0 };
  return { code: d.code, message, file: d.file.fileName, text: d.file.text, start: d.start ?? 0, length: d.length ?? 1 };
}

/** True for declarations that come from library .d.ts files or `declare` statements (globals such as Math, console). */
export function isLibraryDeclaration(node: ts.Node): boolean {
  const sf = node.getSourceFile();
  return sf.isDeclarationFile || isLibraryFile(sf.fileName) || isAmbient(node);
}

/** True for a declaration under `declare` (it has no run-time binding: the name is a global). */
export function isAmbient(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    if (ts.canHaveModifiers(n) && ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}
