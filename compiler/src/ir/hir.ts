/**
 * HIR: tsn's high-level IR. A tree close to JavaScript, produced by lowering the TypeScript AST:
 * every identifier is resolved to a Binding (or a global name), types are erased, and sugar is gone
 * (destructuring, compound assignment, optional chaining, template literals and classes are
 * expressed with the smaller set of nodes below). Passes (comptime folding) rewrite it; the MIR
 * builder (compiler/src/mir/build) consumes it.
 *
 * Node kinds are closed unions switched over exhaustively: adding a kind makes `tsc` name every
 * place that must handle it.
 */

/** A source position for diagnostics and fold reports: 1-based line and column. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** Where a binding's value lives at run time. */
export type Storage =
  | 'local' // a C local of its function
  | 'module' // a module-level binding: a C static (no environment needed)
  | 'env'; // captured by an inner function: a slot of its scope's environment record

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'catch' | 'temp' | 'this' | 'home' | 'newtarget';

/** A variable: a declared name, a compiler temporary, or a function's implicit `this`/home object. */
export interface Binding {
  readonly id: number;
  readonly name: string;
  readonly kind: BindingKind;
  /** The scope that declares it. */
  readonly scope: Scope;
  storage: Storage;
  /** Index in the scope's environment record when storage is 'env'. */
  envIndex: number;
  /** Assigned anywhere after its declaration (comptime const propagation needs unmutated bindings). */
  mutated: boolean;
  /** let/const/class: reads that may run before initialisation must check for TDZ. */
  readonly lexical: boolean;
}

/** A lexical scope: a function body, a block, a loop head, a catch clause, a class body. */
export interface Scope {
  readonly id: number;
  readonly kind: 'module' | 'function' | 'block' | 'loop' | 'catch' | 'class' | 'switch';
  readonly parent: Scope | undefined;
  /** The function this scope belongs to. */
  readonly fn: FunctionNode;
  readonly bindings: Binding[];
  /** Number of bindings stored in this scope's environment record (0: no record is allocated). */
  envSize: number;
}

export type UnaryOp = '-' | '+' | '!' | '~' | 'typeof' | 'void';
export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '**'
  | '&' | '|' | '^' | '<<' | '>>' | '>>>'
  | '==' | '!=' | '===' | '!=='
  | '<' | '<=' | '>' | '>='
  | 'instanceof' | 'in';
export type LogicalOp = '&&' | '||' | '??';

/** An argument list element: a value, or `...iterable` spread. */
export interface Arg {
  readonly spread: boolean;
  readonly expr: Expr;
  /** Spread only: the operand as V8 names it in "x is not iterable". */
  readonly text?: string;
}

export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly pos?: SourcePos }
  | { readonly kind: 'string'; readonly value: string; readonly pos?: SourcePos }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'undefined' }
  /** `pos` (source identifiers only): where the read appears, for const-propagation fold sites. */
  | { readonly kind: 'read'; readonly binding: Binding; readonly tdzCheck: boolean; readonly pos?: SourcePos }
  | { readonly kind: 'global'; readonly name: string; readonly pos: SourcePos }
  /** typeof of an identifier that may be undeclared: never throws ReferenceError. */
  | { readonly kind: 'typeofGlobal'; readonly name: string }
  | { readonly kind: 'assign'; readonly target: Binding; readonly value: Expr }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: Expr; readonly pos: SourcePos }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly pos: SourcePos; readonly numeric: boolean }
  | { readonly kind: 'logical'; readonly op: LogicalOp; readonly left: Expr; readonly right: Expr; readonly pos?: SourcePos }
  | { readonly kind: 'cond'; readonly test: Expr; readonly then: Expr; readonly else: Expr; readonly pos?: SourcePos }
  | { readonly kind: 'seq'; readonly exprs: readonly Expr[] }
  /** ++/-- as ToNumeric(x) + 1: the result of the numeric conversion is returned via `old` temp by lowering. */
  | { readonly kind: 'toNumeric'; readonly operand: Expr }
  | { readonly kind: 'member'; readonly object: Expr; readonly name: string; readonly text: string; readonly pos?: SourcePos }
  | { readonly kind: 'index'; readonly object: Expr; readonly key: Expr; readonly text: string }
  | { readonly kind: 'setMember'; readonly object: Expr; readonly name: string; readonly value: Expr }
  | { readonly kind: 'setIndex'; readonly object: Expr; readonly key: Expr; readonly value: Expr }
  | { readonly kind: 'deleteMember'; readonly object: Expr; readonly key: Expr }
  /** super.name (property lookup starts at the home object's prototype, receiver `this`). */
  | { readonly kind: 'superMember'; readonly home: Expr; readonly thisValue: Expr; readonly key: Expr }
  | { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Arg[]; readonly text: string; readonly pos?: SourcePos }
  /** obj.name(args) / obj[key](args): `this` is obj. */
  | { readonly kind: 'callMethod'; readonly object: Expr; readonly key: Expr; readonly staticName: string | undefined; readonly args: readonly Arg[]; readonly text: string; readonly pos?: SourcePos }
  /** f.call-like: call `callee` with an explicit this value (used by optional chains and super calls). */
  | { readonly kind: 'callWithThis'; readonly callee: Expr; readonly thisValue: Expr; readonly args: readonly Arg[]; readonly text: string }
  | { readonly kind: 'new'; readonly callee: Expr; readonly args: readonly Arg[]; readonly text: string }
  /** super(...args) in a derived constructor: constructs the parent with new.target, binds `this`. */
  | { readonly kind: 'superCall'; readonly args: readonly Arg[] }
  | { readonly kind: 'function'; readonly fn: FunctionNode }
  /** Class field / private method definition on `object` (CreateDataPropertyOrThrow, or an accessor half). */
  | { readonly kind: 'defineField'; readonly object: Expr; readonly key: Expr; readonly value: Expr; readonly accessor: 'getter' | 'setter' | undefined }
  /** The function object currently executing (a named function expression's own name). */
  | { readonly kind: 'callee' }
  | { readonly kind: 'class'; readonly cls: ClassNode }
  | { readonly kind: 'object'; readonly props: readonly ObjectProp[] }
  | { readonly kind: 'array'; readonly elements: readonly (Arg | null)[] }
  /** Template literal: each part is ToString'd (not ToPrimitive-default like +). */
  | { readonly kind: 'template'; readonly parts: readonly Expr[]; readonly pos?: SourcePos }
  | { readonly kind: 'toPropertyKey'; readonly operand: Expr }
  /** A fresh private name (a class's #x), created once per class evaluation. */
  | { readonly kind: 'privateName'; readonly description: string }
  /** `brand`: the class name when the private name is a method or accessor (V8's "Receiver must be an instance of class X"). */
  | { readonly kind: 'privateGet'; readonly object: Expr; readonly key: Expr; readonly brand: string | undefined }
  | { readonly kind: 'privateSet'; readonly object: Expr; readonly key: Expr; readonly brand: string | undefined; readonly value: Expr }
  | { readonly kind: 'privateIn'; readonly object: Expr; readonly key: Expr }
  /** `yield value` in a generator (ECMA-262 15.5.5): suspends; evaluates to the value next() sends. */
  | { readonly kind: 'yield'; readonly value: Expr | undefined }
  /** `await value` in an async function (ECMA-262 27.7.5.3 Await): suspends until the promise
   * PromiseResolve(%Promise%, value) settles; evaluates to its value or throws its reason. */
  | { readonly kind: 'await'; readonly value: Expr }
  /** `yield* iterable`: delegates to the iterable's iterator; `text` names it in "x is not iterable". */
  | { readonly kind: 'yieldStar'; readonly value: Expr; readonly text: string }
  /** A runtime helper with no JS-visible name (see Intrinsic). */
  | { readonly kind: 'intrinsic'; readonly name: Intrinsic; readonly args: readonly Expr[] };

/**
 * Runtime helpers that lowering targets directly:
 * - destructureIterable(value, n, rest, text): array of the first n values of the iterable (iterator
 *   closed afterwards), plus, when rest is true, an array of the remaining values at index n; `text`
 *   (string or undefined) names the value in V8's "x is not iterable".
 * - objectRest(value, keys): a new object with value's own enumerable properties except `keys` (an array).
 * - constAssign(): TypeError "Assignment to constant variable." (after the value was computed).
 * - requireObjectCoercible(value, firstKey, text): value, or V8's TypeError "Cannot destructure
 *   property 'firstKey' of 'text' as it is null." when it is undefined/null.
 * - regExpCreate(pattern, flags): a new RegExp from %RegExp% (both string literals): a regex literal's
 *   evaluation (ECMA-262 13.2.7.3).
 * - globalSet(name, value): assignment to a name no declaration binds (a property of globalThis; in
 *   strict code a ReferenceError when there is none); evaluates to value.
 * - globalDelete(name): `delete name` of such a name (sloppy code only).
 * - argumentsObject(formals): the running function's arguments object (ECMA-262 10.4.4), mapped to its
 *   first `formals` parameters, or unmapped when formals (a number literal) is -1.
 * - mappedParamGet(args, index) / mappedParamSet(args, index, value): formal parameter `index` (a number
 *   literal) of a function whose mapped arguments object is `args`; the set evaluates to value.
 */
export type Intrinsic =
  | 'destructureIterable' | 'objectRest' | 'requireObjectCoercible' | 'constAssign' | 'regExpCreate' | 'globalSet' | 'globalDelete'
  | 'argumentsObject' | 'mappedParamGet' | 'mappedParamSet';

export type ObjectProp =
  | { readonly kind: 'init'; readonly key: Expr; readonly value: Expr }
  | { readonly kind: 'spread'; readonly value: Expr }
  | { readonly kind: 'getter' | 'setter'; readonly key: Expr; readonly fn: FunctionNode }
  | { readonly kind: 'method'; readonly key: Expr; readonly fn: FunctionNode };

/** A class definition; evaluating it yields the constructor. */
export interface ClassNode {
  readonly name: string;
  readonly heritage: Expr | undefined;
  /** The constructor (synthesised when the source has none). */
  readonly ctor: FunctionNode;
  readonly members: readonly ClassMember[];
  /** Instance fields initialiser (runs on `this` after super() / at construction); undefined if none. */
  readonly fieldsInit: FunctionNode | undefined;
  /** Static fields and static blocks, in order, run with `this` = the constructor. */
  readonly staticInit: FunctionNode | undefined;
  /** Bindings for the class's private names, initialised before members are defined. */
  readonly privateNames: readonly Binding[];
  /** Private methods and accessors: one function per class evaluation, shared by every instance (or
   * the constructor, when static), stored in `binding` and installed by the fields/static initialiser. */
  readonly privateMethods: readonly { readonly binding: Binding; readonly fn: FunctionNode; readonly isStatic: boolean }[];
  /** Computed instance-field keys, evaluated once at class definition (ToPropertyKey) into `binding`. */
  readonly fieldKeys: readonly { readonly binding: Binding; readonly key: Expr }[];
  /** Binding the class's own name refers to inside its body. */
  readonly innerBinding: Binding | undefined;
  readonly pos: SourcePos;
}

export interface ClassMember {
  readonly kind: 'method' | 'getter' | 'setter';
  readonly isStatic: boolean;
  readonly key: Expr;
  readonly fn: FunctionNode;
}

export type ForInit = { readonly kind: 'none' } | { readonly kind: 'expr'; readonly expr: Expr } | { readonly kind: 'decl'; readonly body: readonly Stmt[] };

export type Stmt =
  | { readonly kind: 'expr'; readonly expr: Expr }
  | { readonly kind: 'block'; readonly scope: Scope; readonly body: readonly Stmt[] }
  | { readonly kind: 'if'; readonly test: Expr; readonly then: Stmt; readonly else: Stmt | undefined }
  /** Every loop: `test` undefined means forever; `update` runs before each re-test. When `perIteration`
   * is non-empty, those env-stored bindings get a fresh environment copy each iteration (CreatePerIterationEnvironment). */
  | { readonly kind: 'loop'; readonly label: string | undefined; readonly scope: Scope | undefined; readonly init: readonly Stmt[]; readonly test: Expr | undefined; readonly update: Expr | undefined; readonly body: Stmt; readonly postTest: boolean; readonly perIteration: boolean }
  /** for-of: each value goes to `valueTemp`, then `bindStmts` bind the loop's declarations (in `scope`, fresh each iteration). */
  /** `for (x of it)`, or with `await` (ECMA-262 14.7.5.6 ForIn/OfBodyEvaluation with iteratorKind async). */
  | { readonly kind: 'forOf'; readonly label: string | undefined; readonly scope: Scope; readonly iterable: Expr; readonly iterableText: string; readonly bindStmts: readonly Stmt[]; readonly valueTemp: Binding; readonly body: Stmt; readonly await: boolean }
  | { readonly kind: 'forIn'; readonly label: string | undefined; readonly scope: Scope; readonly object: Expr; readonly valueTemp: Binding; readonly bindStmts: readonly Stmt[]; readonly body: Stmt }
  | { readonly kind: 'labeled'; readonly label: string; readonly body: Stmt }
  | { readonly kind: 'break'; readonly label: string | undefined }
  | { readonly kind: 'continue'; readonly label: string | undefined }
  | { readonly kind: 'return'; readonly value: Expr | undefined }
  | { readonly kind: 'throw'; readonly value: Expr }
  | { readonly kind: 'try'; readonly block: Stmt; readonly catchBinding: Binding | undefined; readonly catchScope: Scope | undefined; readonly catchBody: Stmt | undefined; readonly finallyBody: Stmt | undefined }
  | { readonly kind: 'switch'; readonly label: string | undefined; readonly scope: Scope; readonly discriminant: Expr; readonly cases: readonly SwitchCase[] }
  /** Initialise a binding (declaration with initialiser, hoisted function, parameter). */
  | { readonly kind: 'init'; readonly binding: Binding; readonly value: Expr }
  | { readonly kind: 'empty' };

export interface SwitchCase {
  readonly test: Expr | undefined; // undefined: default
  readonly body: readonly Stmt[];
}

/** A parameter: bound from argv[index] (or the rest of argv), then destructured by `bind` statements. */
export interface Param {
  readonly binding: Binding;
  readonly rest: boolean;
}

/** A function of any kind; the module's top level is one too (kind 'module'). */
export interface FunctionNode {
  readonly id: number;
  readonly kind: 'module' | 'function' | 'arrow' | 'method' | 'getter' | 'setter' | 'ctor' | 'derivedCtor' | 'fieldsInit' | 'staticInit';
  readonly name: string;
  /** The value of the function's "length" property. */
  length: number;
  readonly params: Param[];
  /** Statements run on entry before the body: defaults, destructuring of params, hoisted functions. */
  readonly prologue: Stmt[];
  readonly body: Stmt[];
  /** The function's own top scope. */
  readonly scope: Scope;
  readonly parent: FunctionNode | undefined;
  /** Implicit bindings: `this`, the home object (for super), new.target. */
  thisBinding: Binding | undefined;
  homeBinding: Binding | undefined;
  newTargetBinding: Binding | undefined;
  /** Constructors: the class's instance-fields initialiser, run on the new `this`. */
  fieldsInit: FunctionNode | undefined;
  /** Function.prototype.toString's text: the function's source after type stripping (what V8 sees). */
  source: string | undefined;
  /** A generator function (`function*`, `*method()`): compiled as a resumable function. */
  readonly generator: boolean;
  /** An async function, arrow or method: compiled as a resumable function driven by its promise. For
   * the module, set by lowering when its body has a top-level await (ECMA-262 16.2.1.5.3: the module
   * is then evaluated asynchronously). */
  async: boolean;
  /**
   * Strict mode code (ECMA-262 11.2.2). A non-strict function's `this` is OrdinaryCallBindThis's
   * (10.2.1.2): undefined and null become the global object, primitives are boxed.
   */
  readonly strict: boolean;
  readonly pos: SourcePos;
}

/** A whole program after lowering: its module function plus every nested function. */
export interface Program {
  readonly main: FunctionNode;
  readonly functions: FunctionNode[];
  readonly entryFile: string;
  /** How Node runs the entry file: an ES module or CommonJS (frontend/module-format.ts). */
  readonly format: 'module' | 'commonjs';
}
