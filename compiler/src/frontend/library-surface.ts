/**
 * The library-surface check (TSN9002): a program may use only the globals and builtin properties the
 * native runtime defines. The type checker accepts all of lib.esnext and @types/node; this check
 * compares each library use with `runtime-surface.json`, the manifest the runtime itself printed
 * (see compiler/tools/gen-runtime-surface.ts), and names the missing feature ("the global 'Proxy'",
 * "String.prototype.normalize", "Symbol.asyncIterator").
 *
 * Mapping a TypeScript declaration to a runtime object: a member declared in a library interface or
 * namespace belongs to the global G whose declared type is that interface (its statics: `var Math:
 * Math`, `var Array: ArrayConstructor`, `var console: Console`, `var process: NodeJS.Process`) or
 * whose `prototype` property has that interface as type (`ArrayConstructor.prototype: any[]`, so
 * `Array` describes Array.prototype), plus a few read-only and call-signature views of the same
 * prototypes (ReadonlyArray, CallableFunction, ...). Declarations that map to nothing (protocol
 * interfaces such as Iterator, classes of Node modules, type literals) are never reported: the check
 * rejects only what it can prove missing.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { isLibraryFile } from './program.ts';

/** What the runtime defines for one global whose value is an object or function. */
export interface GlobalSurface {
  /** Own property keys of the global's value (well-known symbol keys as "@@iterator"), sorted. */
  readonly statics: readonly string[];
  /** Own property keys of its `prototype` object, when it has one. */
  readonly prototype?: readonly string[];
  /** Own property keys of a freshly made instance, for globals whose instances carry own data (Error: stack). */
  readonly instance?: readonly string[];
}

/** The runtime manifest: every own property of globalThis; null for globals holding a primitive (NaN). */
export interface RuntimeSurface {
  readonly globals: Readonly<Record<string, GlobalSurface | null>>;
}

/** A library use the runtime lacks; `message` completes "tsn does not support ... yet". */
export interface LibraryFinding {
  readonly message: string;
}

/** Library interfaces that describe (a view of) a builtin prototype without being any global's declared type. */
const PROTOTYPE_VIEWS: ReadonlyMap<string, string> = new Map([
  ['ReadonlyArray', 'Array'], ['ReadonlyMap', 'Map'], ['ReadonlySet', 'Set'],
  ['CallableFunction', 'Function'], ['NewableFunction', 'Function'],
]);

const MANIFEST_URL = new URL('./runtime-surface.json', import.meta.url);
let manifest: RuntimeSurface | undefined;

/** The committed manifest, read on first use (so the generator can build its probe before one exists). */
function runtimeSurface(): RuntimeSurface {
  manifest ??= JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as RuntimeSurface;
  return manifest;
}

/** Which part of a global a library container describes. */
interface Target {
  readonly global: string;
  readonly part: 'statics' | 'prototype';
}

/**
 * Checks one use of a library name against the runtime manifest.
 *  - an identifier resolving to a global declared by a library file: the global must exist;
 *  - `o.p` / `o["p"]` / `o[Symbol.iterator]` whose property is declared in a library interface or
 *    namespace that maps to a global's statics or prototype: that object must have the property.
 * Returns undefined when the use is supported or cannot be attributed to a runtime object.
 * Reads runtime-surface.json on first use (throws if it is missing or not JSON).
 */
export function checkLibraryUse(
  node: ts.Identifier | ts.PropertyAccessExpression | ts.ElementAccessExpression,
  checker: ts.TypeChecker,
): LibraryFinding | undefined {
  if (ts.isIdentifier(node)) {
    const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node;
    const symbol = shorthand ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return decl !== undefined && isLibraryFile(decl.getSourceFile().fileName) ? checkGlobal(node.text, decl) : undefined;
  }
  const property = propertyOf(node, checker);
  if (property === undefined) return undefined;
  const key = propertyKey(property);
  for (const decl of property.declarations ?? []) {
    if (!isLibraryFile(decl.getSourceFile().fileName)) continue;
    const finding = checkMember(decl, property.name, key, checker);
    if (finding !== undefined) return finding;
  }
  return undefined;
}

/** A name declared global by a library file must be an own property of the runtime's globalThis. */
function checkGlobal(name: string, decl: ts.Declaration): LibraryFinding | undefined {
  if (!isGlobalDeclaration(decl)) return undefined;
  return Object.hasOwn(runtimeSurface().globals, name) ? undefined : { message: `the global '${name}'` };
}

/** The property symbol an access refers to: by name, by literal key, or by well-known symbol key. */
function propertyOf(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (ts.isPropertyAccessExpression(node)) return checker.getSymbolAtLocation(node.name);
  const key = node.argumentExpression;
  if (ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)) return checker.getSymbolAtLocation(key);
  const keyType = checker.getTypeAtLocation(key);
  if ((keyType.flags & ts.TypeFlags.UniqueESSymbol) === 0) return undefined;
  const escaped = (keyType as ts.UniqueESSymbolType).escapedName;
  return checker.getPropertiesOfType(checker.getTypeAtLocation(node.expression)).find((p) => p.escapedName === escaped);
}

/** Manifest key of a property: its name, or "@@name" for a well-known symbol (TypeScript names it "__@name@<id>"). */
function propertyKey(property: ts.Symbol): string {
  const wellKnown = /^__@(\w+)@\d+$/.exec(property.escapedName as string);
  return wellKnown === null ? property.name : `@@${wellKnown[1]}`;
}

/** How a key reads in a message: `.name` or `[Symbol.name]`. */
function keyText(key: string): string {
  return key.startsWith('@@') ? `[Symbol.${key.slice(2)}]` : `.${key}`;
}

/** Checks a property declared by `decl` (a library declaration) under manifest key `key`. */
function checkMember(decl: ts.Declaration, name: string, key: string, checker: ts.TypeChecker): LibraryFinding | undefined {
  const owner = ownerOf(decl);
  if (owner === undefined) return checkGlobal(name, decl); // a global reached through globalThis (`globalThis.Proxy`)
  const target = targetOf(owner, checker);
  if (target === undefined) return undefined;
  const surface = runtimeSurface().globals[target.global];
  const keys = surface === undefined || surface === null ? [] : target.part === 'statics'
    ? surface.statics
    : [...(surface.prototype ?? []), ...(surface.instance ?? [])];
  if (keys.includes(key)) return undefined;
  return { message: `${target.global}${target.part === 'prototype' ? '.prototype' : ''}${keyText(key)}` };
}

/** The statement a declaration belongs to (a variable's VariableStatement, else the declaration itself). */
function statementOf(decl: ts.Declaration): ts.Node {
  return ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
}

/** True for a statement at the top level of a script file or directly in `declare global`. */
function atGlobalTop(statement: ts.Node): boolean {
  const container = statement.parent;
  if (ts.isSourceFile(container)) return !ts.isExternalModule(container);
  return ts.isModuleBlock(container) && (container.parent.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
}

/** True for a statement in the global scope or in namespaces nested in it (NodeJS.Process), not local to a module. */
function globallyReachable(statement: ts.Node): boolean {
  for (let n = statement; !atGlobalTop(n); n = n.parent.parent) {
    if (!ts.isModuleBlock(n.parent) || !ts.isIdentifier(n.parent.parent.name)) return false;
  }
  return true;
}

/** True for a library declaration of a global value: var, function, namespace or class at the global top level. */
function isGlobalDeclaration(decl: ts.Declaration): boolean {
  const statement = statementOf(decl);
  return (ts.isVariableStatement(statement) || ts.isFunctionDeclaration(statement) || ts.isModuleDeclaration(statement) ||
    ts.isClassDeclaration(statement)) && atGlobalTop(statement);
}

/** The globally reachable interface or namespace declaring a member, or undefined for other containers. */
function ownerOf(decl: ts.Declaration): ts.InterfaceDeclaration | ts.ModuleDeclaration | undefined {
  const statement = statementOf(decl);
  const owner = ts.isInterfaceDeclaration(decl.parent) ? decl.parent : ts.isModuleBlock(statement.parent) ? statement.parent.parent : undefined;
  if (owner === undefined || (owner.flags & ts.NodeFlags.GlobalAugmentation) !== 0 || !ts.isIdentifier(owner.name)) return undefined;
  return globallyReachable(owner) ? owner : undefined;
}

/** Targets already found, per checker (library declaration nodes are shared between builds, types are not). */
const targets = new WeakMap<ts.TypeChecker, Map<ts.Node, Target | undefined>>();

/** `findTarget`, memoised per checker. */
function targetOf(owner: ts.InterfaceDeclaration | ts.ModuleDeclaration, checker: ts.TypeChecker): Target | undefined {
  let known = targets.get(checker);
  if (known === undefined) {
    known = new Map();
    targets.set(checker, known);
  }
  if (!known.has(owner)) known.set(owner, findTarget(owner, checker));
  return known.get(owner);
}

/**
 * The global whose statics or prototype a library interface or namespace describes: a global named
 * like it (as is, without "Constructor", or lower-cased: Console -> console) that is the namespace
 * itself, whose value has the interface as type (statics), or whose `prototype` property has it as
 * type (prototype); or a PROTOTYPE_VIEWS entry.
 */
function findTarget(owner: ts.InterfaceDeclaration | ts.ModuleDeclaration, checker: ts.TypeChecker): Target | undefined {
  const name = (owner.name as ts.Identifier).text;
  const view = PROTOTYPE_VIEWS.get(name);
  if (view !== undefined && atGlobalTop(owner)) return { global: view, part: 'prototype' };
  const candidates = new Set([name, name.replace(/Constructor$/, ''), name[0]!.toLowerCase() + name.slice(1)]);
  for (const global of candidates) {
    const symbol = checker.resolveName(global, undefined, ts.SymbolFlags.Value, false);
    const decl = symbol?.valueDeclaration;
    if (symbol === undefined || decl === undefined || !isLibraryFile(decl.getSourceFile().fileName) || !isGlobalDeclaration(decl)) continue;
    if (ts.isModuleDeclaration(owner)) {
      if (symbol.declarations?.includes(owner)) return { global, part: 'statics' };
      continue;
    }
    const type = checker.getTypeOfSymbol(symbol);
    if (declares(type, owner)) return { global, part: 'statics' };
    const prototype = checker.getPropertyOfType(type, 'prototype');
    if (prototype !== undefined && declares(checker.getTypeOfSymbol(prototype), owner)) return { global, part: 'prototype' };
  }
  return undefined;
}

/** True when `owner` is one of the declarations of `type`'s interface. */
function declares(type: ts.Type, owner: ts.InterfaceDeclaration): boolean {
  return type.symbol?.declarations?.includes(owner) ?? false;
}
