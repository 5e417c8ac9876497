/**
 * Lowering state shared by the expression, statement, pattern, function and class lowerers: the
 * checker, the binding table (TypeScript declaration -> HIR Binding), the current function and
 * scope, temporaries, and the diagnostics collected so far.
 *
 * Storage classes are decided after lowering (`finishStorage`): a binding referenced from a function
 * other than its own lives in its scope's environment record; module-level bindings are C statics.
 */
import ts from 'typescript';
import { stripTypeScriptTypes } from 'node:module';
import type { Binding, BindingKind, FunctionNode, Scope, SourcePos } from '../../ir/hir.ts';
import { TSN_UNSUPPORTED, type Diagnostic } from '../diagnostics.ts';
import type { ModuleFormat } from '../module-format.ts';
import type { ArgumentsObject } from './arguments.ts';

/**
 * Node's own type stripper (what `node --experimental-strip-types` runs), without its one-time
 * ExperimentalWarning on stderr, which would otherwise appear in `tsn build`'s output.
 */
function stripQuietly(source: string): string {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (!text.includes('stripTypeScriptTypes')) (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return stripTypeScriptTypes(source, { mode: 'strip' });
  } catch {
    return source;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Thrown (and caught at statement level) when a construct cannot be lowered; the diagnostic is already recorded. */
export class Unsupported extends Error {}

export class LowerContext {
  readonly checker: ts.TypeChecker;
  /** Whether library uses are checked against the runtime manifest (TSN9002, library-surface.ts). */
  readonly librarySurfaceCheck: boolean;
  /** How Node runs the file being lowered (frontend/module-format.ts). */
  format: ModuleFormat = 'module';
  readonly diagnostics: Diagnostic[] = [];
  readonly functions: FunctionNode[] = [];
  /** The functions whose implicit `arguments` object the program uses (lower/arguments.ts). */
  readonly argumentsObjects = new Map<FunctionNode, ArgumentsObject>();
  /** Annex B.3.3 (lower/annex-b.ts): each block-level function declaration's var, and those vars by name per function. */
  readonly blockFunctionVars = new Map<ts.FunctionDeclaration, Binding>();
  readonly annexBNames = new Map<FunctionNode, Map<string, Binding>>();
  /** A CommonJS entry's wrapper variables and the top level's `this` (lower/commonjs.ts). */
  commonjsWrapper: { readonly bindings: ReadonlyMap<string, Binding>; readonly initialExports: Binding } | undefined;
  /** Declaration node -> binding. */
  private readonly declared = new Map<ts.Node, Binding>();
  /** For every binding, the functions that reference it. */
  private readonly referencedFrom = new Map<Binding, Set<FunctionNode>>();
  private nextBindingId = 0;
  private nextScopeId = 0;
  private nextFunctionId = 0;
  fn!: FunctionNode;
  scope!: Scope;
  /** Each source file's text after type stripping, as Node hands it to V8 (positions preserved). */
  private readonly stripped = new Map<string, string>();
  /** Labels of enclosing statements, innermost last (used to attach labels to loops). */
  pendingLabel: string | undefined;

  constructor(checker: ts.TypeChecker, librarySurfaceCheck = true) {
    this.checker = checker;
    this.librarySurfaceCheck = librarySurfaceCheck;
  }

  newFunctionId(): number {
    return this.nextFunctionId++;
  }

  newScope(kind: Scope['kind'], fn: FunctionNode, parent: Scope | undefined): Scope {
    return { id: this.nextScopeId++, kind, parent, fn, bindings: [], envSize: 0 };
  }

  /** Creates a binding in `scope`; `decl` (when given) makes it resolvable from identifiers. */
  declare(scope: Scope, name: string, kind: BindingKind, decl?: ts.Node): Binding {
    if (decl !== undefined) {
      const existing = this.declared.get(decl);
      if (existing !== undefined) return existing;
    }
    const binding: Binding = {
      id: this.nextBindingId++,
      name,
      kind,
      scope,
      storage: 'local',
      envIndex: -1,
      mutated: false,
      lexical: kind === 'let' || kind === 'const' || kind === 'class',
    };
    scope.bindings.push(binding);
    if (decl !== undefined) this.declared.set(decl, binding);
    return binding;
  }

  /** A compiler temporary in the current function's scope. */
  temp(name = 'tmp'): Binding {
    return this.declare(this.fn.scope, name, 'temp');
  }

  /** Makes `decl` (a redeclaration, e.g. a second `var x`) resolve to an existing binding. */
  alias(decl: ts.Node, binding: Binding): void {
    this.declared.set(decl, binding);
  }

  bindingOfDeclaration(decl: ts.Node): Binding | undefined {
    return this.declared.get(decl);
  }

  /** Records that the current function references `binding` (drives closure conversion). */
  noteReference(binding: Binding): void {
    let set = this.referencedFrom.get(binding);
    if (set === undefined) {
      set = new Set();
      this.referencedFrom.set(binding, set);
    }
    set.add(this.fn);
  }

  /** Runs `body` with `scope` as the current scope. */
  withScope<T>(scope: Scope, body: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return body();
    } finally {
      this.scope = saved;
    }
  }

  /** Runs `body` inside `fn` (and its top scope). */
  withFunction<T>(fn: FunctionNode, body: () => T): T {
    const savedFn = this.fn;
    const savedScope = this.scope;
    const savedLabel = this.pendingLabel;
    this.fn = fn;
    this.scope = fn.scope;
    this.pendingLabel = undefined;
    try {
      return body();
    } finally {
      this.fn = savedFn;
      this.scope = savedScope;
      this.pendingLabel = savedLabel;
    }
  }

  /**
   * The text V8 keeps for a function or class (Function.prototype.toString): from `start` to the
   * node's end in the type-stripped source. Falls back to TypeScript's text if stripping fails.
   */
  strippedSource(node: ts.Node, start: number): string {
    const sf = node.getSourceFile();
    let text = this.stripped.get(sf.fileName);
    if (text === undefined) {
      text = stripQuietly(sf.text);
      this.stripped.set(sf.fileName, text);
    }
    return text.slice(start, node.getEnd());
  }

  pos(node: ts.Node): SourcePos {
    const sf = node.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { file: sf.fileName, line: line + 1, col: character + 1 };
  }

  /** Records an unsupported-construct diagnostic at `node` and aborts lowering of the enclosing statement. */
  unsupported(node: ts.Node, what: string, code = TSN_UNSUPPORTED): never {
    return this.reject(node, code, `tsn does not support ${what} yet`, what);
  }

  /** Records the diagnostic `code: message` at `node` and aborts lowering of the enclosing statement. */
  reject(node: ts.Node, code: number, message: string, what = message): never {
    const sf = node.getSourceFile();
    const start = node.getStart(sf);
    this.diagnostics.push({ code, message, file: sf.fileName, text: sf.text, start, length: node.getEnd() - start });
    throw new Unsupported(what);
  }

  /**
   * Decides each binding's storage once the whole program is lowered: module-scope bindings are C
   * statics; bindings referenced from another function live in their scope's environment record.
   */
  finishStorage(): void {
    for (const [binding, fns] of [...this.referencedFrom].sort((a, b) => a[0].id - b[0].id)) {
      if (binding.scope.kind === 'module') continue;
      for (const fn of fns) {
        if (fn !== binding.scope.fn) {
          binding.storage = 'env';
          break;
        }
      }
    }
    const scopes = new Set<Scope>();
    for (const binding of this.referencedFrom.keys()) scopes.add(binding.scope);
    for (const fn of this.functions) scopes.add(fn.scope);
    for (const scope of scopes) {
      for (const binding of scope.bindings) {
        if (scope.kind === 'module') binding.storage = 'module';
        else if (binding.storage === 'env') binding.envIndex = scope.envSize++;
      }
    }
  }
}
