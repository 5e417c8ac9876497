/**
 * MIR: tsn's mid-level IR. One control-flow graph per C function: basic blocks of instructions in JS
 * evaluation order, explicit locals with a representation, and terminators. Built from the HIR
 * (mir/build), rewritten by re-runnable passes (mir/passes), printed as C by backend/c-function.ts
 * and as text by mir/print.ts. Every semantic decision is made before or in the builder and the
 * passes; the C printer only spells out what a node says.
 *
 * Node kinds are closed unions switched over exhaustively, as in the HIR.
 */
import type { BinaryOp, Binding, FunctionNode, Scope, SourcePos } from '../ir/hir.ts';

/**
 * How a local is represented in C:
 * - boxed: a `tsn_value` (every JS value in this version);
 * - int: a C `int` (finally continuation codes, for-in indices);
 * - iter: a `tsn_iter` (an open iterator of for-of);
 * - handler: a `tsn_handler` (a setjmp exception handler of try);
 * - object: a `tsn_object *` (a class's prototype while its members are defined);
 * - env: a `tsn_env *` (the environment record of one scope, see the bindings pass).
 */
export type Repr = 'boxed' | 'int' | 'iter' | 'handler' | 'object' | 'env';

/** A MIR local: a temporary or the storage of a HIR binding whose storage is 'local'. */
export interface Local {
  readonly id: number;
  /** For readable dumps and C names: the binding's name or a temporary's role. */
  readonly name: string;
  readonly repr: Repr;
  /** Set by the liveness pass: assigned while a setjmp handler is active and read after a longjmp. */
  volatile: boolean;
  /** Set by the frame-layout pass of resumable functions: lives across a suspend point, so it is a
   * field of the heap frame instead of a C local. */
  inFrame: boolean;
}

/** An operand: a local or a constant. */
export type Operand =
  | { readonly k: 'local'; readonly local: Local }
  | { readonly k: 'number'; readonly value: number }
  | { readonly k: 'string'; readonly value: string }
  | { readonly k: 'bool'; readonly value: boolean }
  | { readonly k: 'undefined' }
  | { readonly k: 'null' }
  /** The TDZ marker (an uninitialised lexical binding; an array hole in literals). */
  | { readonly k: 'empty' }
  /** The function object being executed. */
  | { readonly k: 'callee' }
  /** The caller's argument `index` (undefined when absent), and the array of arguments from `index` on (rest). */
  | { readonly k: 'arg'; readonly index: number }
  | { readonly k: 'restArgs'; readonly index: number }
  /** Resumable functions: the value the function was last resumed with (next's argument, the
   * exception of throw, the value of return). */
  | { readonly k: 'resumeValue' }
  /** The `this` value the caller passed (read once, in the entry block). */
  | { readonly k: 'thisArg' }
  /** new.target as the caller passed it. */
  | { readonly k: 'newTarget' }
  /** A C string literal for V8 message texts (NULL when undefined). */
  | { readonly k: 'cstring'; readonly value: string | undefined }
  /** A C integer constant. */
  | { readonly k: 'int'; readonly value: number }
  /** A compiled function's C code pointer. */
  | { readonly k: 'code'; readonly fn: FunctionNode }
  /** The innermost environment record enclosing `scope` (inclusive) at this point; resolved by the
   * bindings pass into a local or an `outerEnv`. */
  | { readonly k: 'env'; readonly scope: Scope }
  /** The closure's captured environment, `hops` parent links up (NULL when the function has none). */
  | { readonly k: 'outerEnv'; readonly hops: number }
  | { readonly k: 'nullEnv' }
  /** `&local` for an iter/handler/object local passed to the runtime by reference. */
  | { readonly k: 'addr'; readonly local: Local }
  /** tsn_as_object(operand): the object pointer of a value known to be an object. */
  | { readonly k: 'asObject'; readonly of: Operand }
  /** The array's length (as int) / element pointer, for calls with spread arguments. */
  | { readonly k: 'arrayLength'; readonly of: Operand }
  | { readonly k: 'arrayElements'; readonly of: Operand };

/** Arguments of a call: a list evaluated into a C array, or one array built by spreading. */
export type Args = { readonly k: 'list'; readonly items: readonly Operand[] } | { readonly k: 'spread'; readonly array: Operand };

export type MirUnaryOp = '-' | '+' | '!' | '~' | 'typeof' | 'toNumeric' | 'toPropertyKey' | 'toString';

/**
 * Runtime helpers called by name (see backend/runtime-calls.ts for their C spelling and argument order). Each takes
 * operands and returns a value, a C bool (converted to a boolean value), or nothing.
 */
export type RuntimeFn =
  | 'newObject' | 'newArray0' | 'arrayPush' | 'arrayAppendIterable' | 'arrayAppendHole' | 'defineOwn' | 'objectSpread'
  | 'defineMethod' | 'defineField' | 'setFunctionName' | 'setHome' | 'setSource'
  | 'deleteProperty' | 'deletePropertySloppy' | 'superGet' | 'privateNameNew' | 'privateGet' | 'privateSet' | 'privateIn'
  | 'forInKeys' | 'iterOpen' | 'iterClose'
  | 'destructureIterable' | 'objectRest' | 'requireObjectCoercible' | 'regExpCreate' | 'sloppyThis' | 'globalSet' | 'globalDelete'
  | 'argumentsNew' | 'mappedParamGet' | 'mappedParamSet'
  | 'throwConstAssign' | 'throwThisTdz' | 'throwSuperTwice' | 'throwDerivedReturn'
  | 'callFieldsInit' | 'callStaticInit' | 'functionHome' | 'strConcat' | 'isObject'
  | 'caughtException' | 'iterResultValue' | 'iterResultDone' | 'getIterator'
  | 'iteratorMethod' | 'callIterMethod' | 'throwYieldStarNoThrow' | 'getAsyncIterator' | 'iterResultCheck';

export type Instr =
  | { readonly k: 'move'; readonly dest: Local; readonly src: Operand }
  /** Read a HIR binding (its storage is decided by the storage pass); `tdz` checks for TSN_EMPTY. */
  | { readonly k: 'load'; readonly dest: Local; readonly binding: Binding; readonly tdz: boolean }
  | { readonly k: 'store'; readonly binding: Binding; readonly src: Operand }
  /** Entering a scope: replaced by the bindings pass with the allocation of its environment record
   * (when the storage pass gave it one) and TDZ markers in its lexical local bindings. */
  | { readonly k: 'enterScope'; readonly scope: Scope }
  /** CreatePerIterationEnvironment: replaced by the bindings pass with envCopy when the scope has a record. */
  | { readonly k: 'copyScope'; readonly scope: Scope }
  /** After the bindings pass: a new environment record of `size` slots (all TDZ) whose parent is `parent`. */
  | { readonly k: 'envNew'; readonly dest: Local; readonly parent: Operand; readonly size: number }
  | { readonly k: 'envCopy'; readonly env: Local }
  /** After the bindings pass: an environment slot (`name` for the TDZ message) and a module static. */
  | { readonly k: 'loadSlot'; readonly dest: Local; readonly env: Operand; readonly index: number }
  | { readonly k: 'storeSlot'; readonly env: Operand; readonly index: number; readonly src: Operand }
  | { readonly k: 'loadStatic'; readonly dest: Local; readonly binding: Binding }
  | { readonly k: 'storeStatic'; readonly binding: Binding; readonly src: Operand }
  | { readonly k: 'unary'; readonly dest: Local; readonly op: MirUnaryOp; readonly src: Operand }
  | { readonly k: 'binary'; readonly dest: Local; readonly op: BinaryOp; readonly left: Operand; readonly right: Operand }
  | { readonly k: 'getGlobal'; readonly dest: Local; readonly name: string }
  | { readonly k: 'typeofGlobal'; readonly dest: Local; readonly name: string }
  | { readonly k: 'getProp'; readonly dest: Local; readonly object: Operand; readonly name: string }
  /** PutValue (ECMA-262 6.2.5.6): a failed [[Set]] throws in strict code and is ignored in sloppy code. */
  | { readonly k: 'setProp'; readonly object: Operand; readonly name: string; readonly value: Operand; readonly strict: boolean }
  | { readonly k: 'getIndex'; readonly dest: Local; readonly object: Operand; readonly key: Operand }
  | { readonly k: 'setIndex'; readonly object: Operand; readonly key: Operand; readonly value: Operand; readonly strict: boolean }
  | { readonly k: 'call'; readonly dest: Local; readonly callee: Operand; readonly thisArg: Operand; readonly args: Args; readonly text: string }
  | { readonly k: 'callMethod'; readonly dest: Local; readonly object: Operand; readonly name: string; readonly args: Args; readonly text: string }
  | { readonly k: 'construct'; readonly dest: Local; readonly callee: Operand; readonly args: Args; readonly text: string }
  | { readonly k: 'superConstruct'; readonly dest: Local; readonly args: Args }
  /** A function object of `fn` capturing the environment `env` (an `env` operand until the bindings pass). */
  | { readonly k: 'closure'; readonly dest: Local; readonly fn: FunctionNode; readonly env: Operand }
  | { readonly k: 'newArray'; readonly dest: Local; readonly items: readonly Operand[] }
  | { readonly k: 'classCreate'; readonly dest: Local; readonly proto: Local; readonly parent: Operand; readonly ctor: FunctionNode; readonly name: string; readonly env: Operand }
  /** Throws V8's ReferenceError when `src` is the TDZ marker: "Cannot access 'name' before
   * initialization", or for a derived constructor's `this` (`isThis`) "Must call super constructor...". */
  | { readonly k: 'checkTdz'; readonly src: Operand; readonly name: string; readonly isThis: boolean }
  | { readonly k: 'runtime'; readonly dest: Local | undefined; readonly fn: RuntimeFn; readonly args: readonly Operand[] }
  /** Removes a try's handler from the runtime's handler stack (leaving its protected region). */
  | { readonly k: 'tryPop'; readonly handler: Local };

/** A branch condition. */
export type Cond =
  | { readonly k: 'truthy'; readonly value: Operand }
  | { readonly k: 'nullish'; readonly value: Operand }
  | { readonly k: 'strictEquals'; readonly left: Operand; readonly right: Operand }
  | { readonly k: 'isEmpty'; readonly value: Operand }
  | { readonly k: 'isUndefined'; readonly value: Operand }
  /** IteratorStep: true and the value in `out` while the iterator has values. */
  | { readonly k: 'iterStep'; readonly iter: Local; readonly out: Local }
  /** The next for-in key in `out` (index `index`, incremented by the caller). */
  | { readonly k: 'forInNext'; readonly keys: Operand; readonly object: Operand; readonly index: Local; readonly out: Local }
  /** The resume mode a resumable function was entered with. */
  | { readonly k: 'resumeMode'; readonly mode: 'next' | 'throw' | 'return' };

export type Terminator =
  | { readonly k: 'goto'; readonly target: Block }
  | { readonly k: 'branch'; readonly cond: Cond; readonly then: Block; readonly else: Block }
  /** Dispatch on a C int local: finally continuations, the resume state of a generator. */
  | { readonly k: 'switch'; readonly value: Local; readonly cases: readonly { readonly value: number; readonly target: Block }[]; readonly otherwise: Block }
  | { readonly k: 'return'; readonly value: Operand }
  | { readonly k: 'throw'; readonly value: Operand }
  /** Push `handler` and setjmp: continue in `body`; a throw while it is pushed lands in `landing`
   * (with the handler already unlinked by the runtime's longjmp target, see tryPop in the landing). */
  | { readonly k: 'tryEnter'; readonly handler: Local; readonly body: Block; readonly landing: Block }
  /** Suspend a resumable function: yield `value` (or, for the start suspend of a generator, give
   * control back to the call that created it) and continue at `resume` when resumed. `state` is the
   * resume point's number in the dispatch switch. `awaits`: an await, whose value the async driver
   * awaits before resuming, rather than a yield. */
  | { readonly k: 'suspend'; readonly value: Operand; readonly state: number; readonly resume: Block; readonly awaits: boolean }
  | { readonly k: 'unreachable' };

export interface Block {
  readonly id: number;
  readonly instrs: Instr[];
  /** Undefined only while the builder fills the block. */
  term: Terminator | undefined;
  /** Why the block exists, for dumps (e.g. "loop.head"). */
  readonly note: string;
}

/** What the C function built from a MIR function is. */
export type MirKind =
  /** A JS function's [[Call]]/[[Construct]] body (the tsn_code signature). */
  | 'function'
  /** A part of the module's top-level statements (module bindings are C statics). */
  | 'moduleChunk'
  /** The state machine of a generator or async function: resumed with a mode and a value. */
  | 'resumable';

export interface MirFunction {
  /** The C function's name. */
  readonly name: string;
  readonly kind: MirKind;
  /** The HIR function this was built from (the module function for chunks). */
  readonly source: FunctionNode;
  readonly locals: Local[];
  readonly blocks: Block[];
  readonly entry: Block;
  /** Resumable functions: resume points by state number (state 0 is `entry`). */
  readonly resumePoints: Map<number, Block>;
  /** Set by the bindings pass: the local holding each promoted binding, and each scope's record. */
  readonly bindingLocals: Map<Binding, Local>;
  readonly envLocals: Map<Scope, Local>;
  readonly pos: SourcePos;
}

/** The MIR of a whole program. */
export interface MirProgram {
  /** Every JS function (non-module), in HIR creation order; a generator's is its resumable state
   * machine (the C printer adds the entry function that creates the generator object). */
  readonly functions: MirFunction[];
  /** The module body, in chunks run in order; a module with top-level await is one resumable function. */
  readonly moduleChunks: MirFunction[];
  /** The module's top-level bindings (C statics). */
  readonly moduleBindings: readonly Binding[];
  /** How Node runs the entry: as an ES module or as CommonJS (the first drains of the job queues differ). */
  readonly format: 'module' | 'commonjs';
}
