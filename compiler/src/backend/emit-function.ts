/**
 * C emission for one HIR function. Expressions are linearised into temporaries in evaluation order
 * (C leaves argument evaluation order unspecified; JS does not), so every emitted C expression that
 * is used as an operand is side-effect free. Control flow uses labels and gotos; `try` uses the
 * runtime's setjmp handlers, and every jump out of a protected region pops the handlers it crosses
 * and runs the `finally` blocks inline.
 */
import type { Arg, Binding, ClassNode, Expr, FunctionNode, ObjectProp, Scope, Stmt } from '../ir/hir.ts';
import { cString, numberConstant, type StringTable } from './literals.ts';

/** Program-wide state shared by every function emitter: literals, inline caches, C names. */
export interface ProgramState {
  readonly strings: StringTable;
  /** Number of inline caches allocated so far (IC[i]). */
  icCount: number;
  /** Number of global-read caches allocated so far (GIC[i]). */
  globalIcCount: number;
}

const KIND_OF_FUNCTION: Record<FunctionNode['kind'], string> = {
  module: 'TSN_FN_NORMAL', function: 'TSN_FN_NORMAL', arrow: 'TSN_FN_ARROW', method: 'TSN_FN_METHOD',
  getter: 'TSN_FN_METHOD', setter: 'TSN_FN_METHOD', ctor: 'TSN_FN_CLASS', derivedCtor: 'TSN_FN_DERIVED_CLASS',
  fieldsInit: 'TSN_FN_METHOD', staticInit: 'TSN_FN_METHOD',
};

const BINARY_FN: Record<string, string> = {
  '+': 'tsn_fast_add', '-': 'tsn_fast_sub', '*': 'tsn_fast_mul', '/': 'tsn_fast_div', '%': 'tsn_fast_mod', '**': 'tsn_op_pow',
  '&': 'tsn_fast_bitand', '|': 'tsn_fast_bitor', '^': 'tsn_fast_bitxor', '<<': 'tsn_fast_shl', '>>': 'tsn_fast_sar', '>>>': 'tsn_fast_shr',
};
const COMPARE_FN: Record<string, string> = {
  '==': 'tsn_op_loose_equals', '===': 'tsn_fast_strict_equals', '<': 'tsn_fast_lt', '<=': 'tsn_fast_le', '>': 'tsn_fast_gt', '>=': 'tsn_fast_ge',
  'instanceof': 'tsn_op_instanceof', 'in': 'tsn_op_in',
};

/** The C function name of a HIR function. */
export function cFunctionName(fn: FunctionNode): string {
  return `fn_${fn.id}`;
}

/** The C static of a module-level binding. */
export function cModuleName(b: Binding): string {
  return `g${b.id}_${b.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

interface JumpTarget {
  readonly label: string | undefined;
  readonly breakLabel: string;
  readonly continueLabel: string | undefined;
  /** Depth of `protections` when the target was entered. */
  readonly depth: number;
  /** Cleanup to run when jumping out (closing a for-of iterator). */
  readonly onExit: string | undefined;
}

interface Protection {
  readonly handler: string;
  readonly finallyBody: Stmt | undefined;
  /** Env stack at the try statement (finally bodies run there). */
  readonly envDepth: number;
}

export class FunctionEmitter {
  private readonly lines: string[] = [];
  private readonly decls = new Set<string>();
  private tempCount = 0;
  private labelCount = 0;
  private indent = 1;
  /** Active environment record pointers, innermost last. */
  private readonly envStack: { scope: Scope | undefined; c: string }[] = [];
  private readonly jumps: JumpTarget[] = [];
  private readonly protections: Protection[] = [];

  private readonly fn: FunctionNode;
  private readonly state: ProgramState;

  constructor(fn: FunctionNode, state: ProgramState) {
    this.fn = fn;
    this.state = state;
  }

  private get vol(): string {
    return this.fn.hasTry ? 'volatile ' : '';
  }

  private emit(line: string): void {
    this.lines.push('  '.repeat(this.indent) + line);
  }

  private temp(): string {
    const name = `t${this.tempCount++}`;
    this.decls.add(`tsn_value ${this.vol}${name} = TSN_UNDEFINED;`);
    return name;
  }

  private label(prefix: string): string {
    return `${prefix}_${this.labelCount++}`;
  }

  private str(s: string): string {
    return this.state.strings.ref(s);
  }

  private ic(): string {
    return `&IC[${this.state.icCount++}]`;
  }

  // ---- bindings -----------------------------------------------------------------------------

  private localName(b: Binding): string {
    return b.id < 0 ? `v_${b.name}` : `v${b.id}_${b.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  }

  /** The environment pointer expression that holds `scope`'s record at this point. */
  private envOf(scope: Scope): string {
    for (let i = this.envStack.length - 1; i >= 0; i--) {
      if (this.envStack[i]!.scope === scope) return this.envStack[i]!.c;
    }
    // An enclosing function's scope: walk the closure's environment chain.
    let hops = 0;
    let s = firstEnvScope(this.fn.scope.parent);
    while (s !== undefined && s !== scope) {
      hops++;
      s = firstEnvScope(s.parent);
    }
    if (s === undefined) throw new Error(`internal: no environment for scope ${scope.id} in function ${this.fn.id}`);
    return 'fenv' + '->parent'.repeat(hops);
  }

  /** C lvalue of a binding. */
  private lvalue(b: Binding): string {
    switch (b.storage) {
      case 'module': return cModuleName(b);
      case 'env': return `${this.envOf(b.scope)}->vars[${b.envIndex}]`;
      case 'local':
        this.decls.add(`tsn_value ${this.vol}${this.localName(b)} = TSN_UNDEFINED;`);
        return this.localName(b);
    }
  }

  /** The innermost active environment pointer (parent of new records and closures' captured env). */
  private currentEnv(): string {
    return this.envStack.length > 0 ? this.envStack[this.envStack.length - 1]!.c : 'NULL';
  }

  /** Enters a scope: allocates its environment record if it has one, and puts lexical locals in TDZ. */
  private enterScope(scope: Scope): void {
    if (scope.envSize > 0) {
      const c = `env_${scope.id}`;
      this.decls.add(`tsn_env *${this.vol}${c} = NULL;`);
      this.emit(`${c} = tsn_env_new(${this.currentEnv()}, ${scope.envSize});`);
      this.envStack.push({ scope, c });
    }
    for (const b of scope.bindings) {
      if (b.storage === 'local' && b.lexical) this.emit(`${this.lvalue(b)} = TSN_EMPTY;`);
    }
  }

  private exitScope(scope: Scope): void {
    if (scope.envSize > 0) this.envStack.pop();
  }

  // ---- functions ----------------------------------------------------------------------------

  /**
   * The C body for some of the module's top-level statements. Module bindings are C statics and no
   * C local outlives a top-level statement, so the module body can be split into several C functions
   * at statement boundaries (which keeps the C compiler's time linear in the program's size);
   * `first` marks the chunk that initialises the module's `var` bindings.
   */
  emitModuleChunk(body: readonly Stmt[], first: boolean): string {
    if (first) {
      for (const b of this.fn.scope.bindings) if (b.kind === 'var') this.emit(`${this.lvalue(b)} = TSN_UNDEFINED;`);
    }
    for (const s of body) this.emitStmt(s);
    return [...[...this.decls].sort(declOrder).map((d) => '  ' + d), ...this.lines].join('\n');
  }

  /** Emits the whole C function body of a non-module function. */
  emitFunction(): string {
    const fn = this.fn;
    this.envStack.push({ scope: undefined, c: 'fenv' });
    this.emit('TSN_ENTER();');
    this.enterScope(fn.scope);
    fn.params.forEach((p, i) => {
      const value = p.rest ? `tsn_array_from(argv + ${i}, argc > ${i} ? (uint32_t)(argc - ${i}) : 0)` : `(argc > ${i} ? argv[${i}] : TSN_UNDEFINED)`;
      this.emit(`${this.lvalue(p.binding)} = ${value};`);
    });
    for (const b of fn.scope.bindings) {
      if (b.kind === 'var') this.emit(`${this.lvalue(b)} = TSN_UNDEFINED;`);
    }
    if (fn.homeBinding !== undefined) this.emit(`${this.lvalue(fn.homeBinding)} = tsn_function_home(callee);`);
    if (fn.newTargetBinding !== undefined) this.emit(`${this.lvalue(fn.newTargetBinding)} = new_target;`);
    if (fn.kind === 'ctor') {
      const self = this.thisLvalue();
      this.emit(`${self} = this_value;`); // [[Construct]] created it from new_target.prototype
      this.emitFieldsInit(self);
    } else if (fn.kind === 'derivedCtor') {
      this.emit(`${this.thisLvalue()} = TSN_EMPTY;`);
    } else if (fn.thisBinding !== undefined) {
      this.emit(`${this.lvalue(fn.thisBinding)} = ${fn.strict ? 'this_value' : 'tsn_sloppy_this(this_value)'};`);
    }
    for (const s of fn.prologue) this.emitStmt(s);
    for (const s of fn.body) this.emitStmt(s);
    this.emitReturn(undefined);
    this.exitScope(fn.scope);
    const header = [...this.decls].sort(declOrder).map((d) => '  ' + d);
    header.unshift(`  tsn_env *fenv = ((tsn_function *)callee->internal)->env; (void)fenv;`);
    return [...header, ...this.lines].join('\n');
  }

  private thisLvalue(): string {
    if (this.fn.thisBinding === undefined) {
      const b = { id: -1, name: 'this', kind: 'this', scope: this.fn.scope, storage: 'local', envIndex: -1, mutated: false, lexical: false } as Binding;
      this.fn.thisBinding = b;
    }
    return this.lvalue(this.fn.thisBinding);
  }

  private emitFieldsInit(self: string): void {
    const init = this.fn.fieldsInit;
    if (init !== undefined) this.emit(`${cFunctionName(init)}(callee, ${self}, 0, NULL, TSN_UNDEFINED);`);
  }

  /** Return from the function: pops every handler, runs finally blocks, applies constructor rules. */
  private emitReturn(value: string | undefined): void {
    const fn = this.fn;
    let result = value ?? 'TSN_UNDEFINED';
    if (this.protections.length > 0 && value !== undefined) {
      const t = this.temp();
      this.emit(`${t} = ${value};`);
      result = t;
    }
    this.unwindTo(0);
    for (let k = this.jumps.length - 1; k >= 0; k--) {
      const exit = this.jumps[k]!.onExit;
      if (exit !== undefined) this.emit(exit);
    }
    if (fn.kind === 'ctor') {
      const self = this.thisLvalue();
      result = value === undefined ? self : `(tsn_is_object(${result}) ? ${result} : ${self})`;
    } else if (fn.kind === 'derivedCtor') {
      const self = this.thisLvalue();
      if (value !== undefined) {
        this.emit(`if (tsn_is_object(${result})) { TSN_LEAVE(); return ${result}; }`);
        this.emit(`if (!tsn_is_undefined(${result})) tsn_throw_type_error("Derived constructors may only return object or undefined");`);
      }
      this.emit(`if (${self} == TSN_EMPTY) tsn_throw_this_tdz();`);
      result = self;
    }
    this.emit(`TSN_LEAVE(); return ${result};`);
  }

  /** Pops handlers and runs finally bodies down to protection depth `depth`. */
  private unwindTo(depth: number): void {
    for (let i = this.protections.length - 1; i >= depth; i--) {
      const p = this.protections[i]!;
      this.emit(`TSN_TRY_POP(${p.handler});`);
      if (p.finallyBody !== undefined) {
        const saved = this.protections.splice(i);
        const savedEnv = this.envStack.splice(p.envDepth);
        this.emitStmt(p.finallyBody);
        this.envStack.push(...savedEnv);
        this.protections.push(...saved);
      }
    }
  }

  // ---- statements ---------------------------------------------------------------------------

  emitStmt(s: Stmt): void {
    switch (s.kind) {
      case 'expr': this.emitEffect(s.expr); return;
      case 'init': {
        const v = this.emitExpr(s.value);
        this.emit(`${this.lvalue(s.binding)} = ${v};`);
        return;
      }
      case 'block':
        this.enterScope(s.scope);
        for (const b of s.body) this.emitStmt(b);
        this.exitScope(s.scope);
        return;
      case 'if': {
        const test = this.emitExpr(s.test);
        this.emit(`if (TSN_TRUTHY(${test})) {`);
        this.nested(() => this.emitStmt(s.then));
        if (s.else !== undefined) {
          this.emit('} else {');
          this.nested(() => this.emitStmt(s.else!));
        }
        this.emit('}');
        return;
      }
      case 'loop': this.emitLoop(s); return;
      case 'forOf': this.emitForOf(s); return;
      case 'forIn': this.emitForIn(s); return;
      case 'labeled': {
        const end = this.label('lbl');
        this.jumps.push({ label: s.label, breakLabel: end, continueLabel: undefined, depth: this.protections.length, onExit: undefined });
        this.emitStmt(s.body);
        this.jumps.pop();
        this.emit(`${end}: ;`);
        return;
      }
      case 'break':
      case 'continue': this.emitJump(s.kind, s.label); return;
      case 'return': this.emitReturn(s.value === undefined ? undefined : this.emitExpr(s.value)); return;
      case 'throw': this.emit(`tsn_throw(${this.emitExpr(s.value)});`); return;
      case 'try': this.emitTry(s); return;
      case 'switch': this.emitSwitch(s); return;
      case 'empty': return;
    }
  }

  private nested(body: () => void): void {
    this.indent++;
    body();
    this.indent--;
  }

  private emitJump(kind: 'break' | 'continue', label: string | undefined): void {
    for (let i = this.jumps.length - 1; i >= 0; i--) {
      const j = this.jumps[i]!;
      if (kind === 'continue' && j.continueLabel === undefined) continue;
      if (label !== undefined && j.label !== label) continue;
      if (label === undefined && kind === 'break' && j.continueLabel === undefined && !j.breakLabel.startsWith('sw')) continue;
      this.unwindTo(j.depth);
      for (let k = this.jumps.length - 1; k >= i; k--) {
        const exit = this.jumps[k]!.onExit;
        if (exit !== undefined && (k > i || kind === 'break')) this.emit(exit);
      }
      this.emit(`goto ${kind === 'break' ? j.breakLabel : j.continueLabel};`);
      return;
    }
    throw new Error(`internal: no target for ${kind} ${label ?? ''}`);
  }

  private emitLoop(s: Extract<Stmt, { kind: 'loop' }>): void {
    const brk = this.label('brk');
    const cont = this.label('cont');
    if (s.scope !== undefined) this.enterScope(s.scope);
    for (const i of s.init) this.emitStmt(i);
    const copyEnv = s.perIteration && s.scope !== undefined && s.scope.envSize > 0;
    const envName = copyEnv ? `env_${s.scope!.id}` : '';
    this.emit('for (;;) {');
    this.indent++;
    if (copyEnv) this.emit(`${envName} = tsn_env_copy(${envName});`);
    if (s.test !== undefined && !s.postTest) {
      const t = this.emitExpr(s.test);
      this.emit(`if (!TSN_TRUTHY(${t})) goto ${brk};`);
    }
    this.jumps.push({ label: s.label, breakLabel: brk, continueLabel: cont, depth: this.protections.length, onExit: undefined });
    this.emitStmt(s.body);
    this.jumps.pop();
    this.emit(`${cont}: ;`);
    if (s.test !== undefined && s.postTest) {
      const t = this.emitExpr(s.test);
      this.emit(`if (!TSN_TRUTHY(${t})) goto ${brk};`);
    }
    if (s.update !== undefined) {
      if (copyEnv) this.emit(`${envName} = tsn_env_copy(${envName});`);
      this.emitEffect(s.update);
    }
    this.indent--;
    this.emit('}');
    this.emit(`${brk}: ;`);
    if (s.scope !== undefined) this.exitScope(s.scope);
  }

  private emitForOf(s: Extract<Stmt, { kind: 'forOf' }>): void {
    const iterable = this.emitExpr(s.iterable);
    const it = `it${this.labelCount++}`;
    this.decls.add(`tsn_iter ${this.vol}${it};`);
    this.emit(`tsn_iter_open((tsn_iter *)&${it}, ${iterable}, ${iterableText(s.iterableText)});`);
    this.emitIteration(s, 'for (;;) {', `tsn_iter_step((tsn_iter *)&${it}, (tsn_value *)&${this.lvalue(s.valueTemp)})`, `tsn_iter_close((tsn_iter *)&${it});`);
  }

  private emitForIn(s: Extract<Stmt, { kind: 'forIn' }>): void {
    const object = this.emitExpr(s.object);
    const keys = this.temp();
    const index = `ix${this.labelCount++}`;
    this.decls.add(`uint32_t ${this.vol}${index} = 0;`);
    this.emit(`${keys} = tsn_for_in_keys(${object});`);
    this.emitIteration(s, `for (${index} = 0;; ${index}++) {`, `tsn_for_in_next(${keys}, ${object}, ${index}, (tsn_value *)&${this.lvalue(s.valueTemp)})`, undefined);
  }

  /**
   * The loop shared by for-of and for-in: `step` (a C condition) stores the next value in the loop's
   * value temporary; the head's bindings get a fresh scope per iteration; `onExit` runs when a jump
   * leaves the loop early (closing an iterator).
   */
  private emitIteration(s: Extract<Stmt, { kind: 'forOf' | 'forIn' }>, head: string, step: string, onExit: string | undefined): void {
    const brk = this.label('brk');
    const cont = this.label('cont');
    this.emit(head);
    this.indent++;
    this.emit(`if (!${step}) goto ${brk};`);
    this.enterScope(s.scope);
    for (const b of s.bindStmts) this.emitStmt(b);
    this.jumps.push({ label: s.label, breakLabel: brk, continueLabel: cont, depth: this.protections.length, onExit });
    this.emitStmt(s.body);
    this.jumps.pop();
    this.exitScope(s.scope);
    this.emit(`${cont}: ;`);
    this.indent--;
    this.emit('}');
    this.emit(`${brk}: ;`);
  }

  private emitTry(s: Extract<Stmt, { kind: 'try' }>): void {
    if (s.finallyBody !== undefined) {
      const h = `h${this.labelCount++}`;
      this.decls.add(`tsn_handler ${h};`);
      const ex = this.temp();
      this.emit(`TSN_TRY_PUSH(${h});`);
      this.emit(`if (setjmp(${h}.jb) == 0) {`);
      this.nested(() => {
        this.protections.push({ handler: h, finallyBody: s.finallyBody, envDepth: this.envStack.length });
        this.emitTryCatch(s);
        this.protections.pop();
        this.emit(`TSN_TRY_POP(${h});`);
      });
      this.emit('} else {');
      this.nested(() => {
        this.emit(`TSN_TRY_POP(${h});`);
        this.emit(`${ex} = tsn_exception;`);
        this.emitStmt(s.finallyBody!);
        this.emit(`tsn_throw(${ex});`);
      });
      this.emit('}');
      this.emitStmt(s.finallyBody);
      return;
    }
    this.emitTryCatch(s);
  }

  private emitTryCatch(s: Extract<Stmt, { kind: 'try' }>): void {
    if (s.catchBody === undefined) {
      this.emitStmt(s.block);
      return;
    }
    const h = `h${this.labelCount++}`;
    this.decls.add(`tsn_handler ${h};`);
    this.emit(`TSN_TRY_PUSH(${h});`);
    this.emit(`if (setjmp(${h}.jb) == 0) {`);
    this.nested(() => {
      this.protections.push({ handler: h, finallyBody: undefined, envDepth: this.envStack.length });
      this.emitStmt(s.block);
      this.protections.pop();
      this.emit(`TSN_TRY_POP(${h});`);
    });
    this.emit('} else {');
    this.nested(() => {
      this.emit(`TSN_TRY_POP(${h});`);
      const scope = s.catchScope!;
      this.enterScope(scope);
      if (s.catchBinding !== undefined) this.emit(`${this.lvalue(s.catchBinding)} = tsn_exception;`);
      const body = s.catchBody as Extract<Stmt, { kind: 'block' }>;
      for (const b of body.body) this.emitStmt(b);
      this.exitScope(scope);
    });
    this.emit('}');
  }

  private emitSwitch(s: Extract<Stmt, { kind: 'switch' }>): void {
    const d = this.emitExpr(s.discriminant);
    const brk = this.label('sw');
    const caseLabels = s.cases.map(() => this.label('case'));
    this.enterScope(s.scope);
    s.cases.forEach((c, i) => {
      if (c.test === undefined) return;
      const t = this.emitExpr(c.test);
      this.emit(`if (tsn_fast_strict_equals(${d}, ${t})) goto ${caseLabels[i]};`);
    });
    const dflt = s.cases.findIndex((c) => c.test === undefined);
    this.emit(`goto ${dflt >= 0 ? caseLabels[dflt] : brk};`);
    this.jumps.push({ label: s.label, breakLabel: brk, continueLabel: undefined, depth: this.protections.length, onExit: undefined });
    s.cases.forEach((c, i) => {
      this.emit(`${caseLabels[i]}: ;`);
      for (const b of c.body) this.emitStmt(b);
    });
    this.jumps.pop();
    this.exitScope(s.scope);
    this.emit(`${brk}: ;`);
  }

  // ---- expressions --------------------------------------------------------------------------

  /** Evaluates for side effects only. */
  private emitEffect(e: Expr): void {
    const v = this.emitExpr(e);
    if (/^t\d+$/.test(v) || v.startsWith('S[') || v.startsWith('((tsn_value)') || v.startsWith('TSN_')) return;
    this.emit(`(void)(${v});`);
  }

  /** Evaluates `e` and returns a side-effect-free C expression for its value. */
  emitExpr(e: Expr): string {
    switch (e.kind) {
      case 'number': return numberConstant(e.value);
      case 'string': return this.str(e.value);
      case 'boolean': return e.value ? 'TSN_TRUE' : 'TSN_FALSE';
      case 'null': return 'TSN_NULL';
      case 'undefined': return 'TSN_UNDEFINED';
      case 'read': {
        const lv = this.lvalue(e.binding);
        if (e.tdzCheck) {
          if (e.binding.kind === 'this') this.emit(`if (${lv} == TSN_EMPTY) tsn_throw_this_tdz();`);
          else this.emit(`if (${lv} == TSN_EMPTY) tsn_throw_tdz(${cString(e.binding.name)});`);
        }
        return this.assignTemp(lv);
      }
      case 'global': return this.assignTemp(`tsn_global_get_ic(${this.str(e.name)}, &GIC[${this.state.globalIcCount++}])`);
      case 'typeofGlobal': return this.assignTemp(`tsn_global_typeof(${this.str(e.name)})`);
      case 'callee': return 'tsn_from_cell(callee)';
      case 'assign': {
        const v = this.emitExpr(e.value);
        this.emit(`${this.lvalue(e.target)} = ${v};`);
        return v;
      }
      case 'unary': return this.emitUnary(e.op, this.emitExpr(e.operand));
      case 'binary': {
        const l = this.emitExpr(e.left);
        const r = this.emitExpr(e.right);
        const f = BINARY_FN[e.op];
        if (f !== undefined) return this.assignTemp(`${f}(${l}, ${r})`);
        switch (e.op) {
          case '!=': return this.assignTemp(`tsn_from_bool(!tsn_op_loose_equals(${l}, ${r}))`);
          case '!==': return this.assignTemp(`tsn_from_bool(!tsn_fast_strict_equals(${l}, ${r}))`);
          case 'in': return this.assignTemp(`tsn_from_bool(tsn_op_in(${l}, ${r}))`);
          default: return this.assignTemp(`tsn_from_bool(${COMPARE_FN[e.op]}(${l}, ${r}))`);
        }
      }
      case 'logical': {
        const result = this.temp();
        const l = this.emitExpr(e.left);
        this.emit(`${result} = ${l};`);
        const test = e.op === '&&' ? `TSN_TRUTHY(${result})` : e.op === '||' ? `!TSN_TRUTHY(${result})` : `tsn_is_nullish(${result})`;
        this.emit(`if (${test}) {`);
        this.nested(() => this.emit(`${result} = ${this.emitExpr(e.right)};`));
        this.emit('}');
        return result;
      }
      case 'cond': {
        const result = this.temp();
        const t = this.emitExpr(e.test);
        this.emit(`if (TSN_TRUTHY(${t})) {`);
        this.nested(() => this.emit(`${result} = ${this.emitExpr(e.then)};`));
        this.emit('} else {');
        this.nested(() => this.emit(`${result} = ${this.emitExpr(e.else)};`));
        this.emit('}');
        return result;
      }
      case 'seq': {
        let last = 'TSN_UNDEFINED';
        e.exprs.forEach((x, i) => {
          if (i < e.exprs.length - 1) this.emitEffect(x);
          else last = this.emitExpr(x);
        });
        return last;
      }
      case 'toNumeric': return this.assignTemp(`tsn_fast_to_numeric(${this.emitExpr(e.operand)})`);
      case 'member': {
        const o = this.emitExpr(e.object);
        return this.assignTemp(`tsn_get_ic_inline(${o}, ${this.str(e.name)}, ${this.ic()})`);
      }
      case 'index': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        return this.assignTemp(`tsn_get_index_inline(${o}, ${k})`);
      }
      case 'setMember': {
        const o = this.emitExpr(e.object);
        const v = this.emitExpr(e.value);
        this.emit(`tsn_set_ic_inline(${o}, ${this.str(e.name)}, ${v}, ${this.ic()});`);
        return v;
      }
      case 'setIndex': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        const v = this.emitExpr(e.value);
        this.emit(`tsn_set_index_inline(${o}, ${k}, ${v});`);
        return v;
      }
      case 'deleteMember': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        return this.assignTemp(`tsn_from_bool(tsn_delete_property(${o}, tsn_to_property_key(${k})))`);
      }
      case 'superMember': {
        const h = this.emitExpr(e.home);
        const t = this.emitExpr(e.thisValue);
        const k = this.emitExpr(e.key);
        return this.assignTemp(`tsn_super_get(${h}, ${t}, tsn_to_property_key(${k}))`);
      }
      case 'call': {
        const f = this.emitExpr(e.callee);
        return this.emitCall(e.args, (argc, argv) => `tsn_call_inline(${f}, TSN_UNDEFINED, ${argc}, ${argv}, ${cString(e.text)})`);
      }
      case 'callMethod': {
        const o = this.emitExpr(e.object);
        if (e.staticName !== undefined) {
          const key = this.str(e.staticName);
          const ic = this.ic();
          return this.emitCall(e.args, (argc, argv) => `tsn_call_method_inline(${o}, ${key}, ${ic}, ${argc}, ${argv}, ${cString(e.text)})`);
        }
        const k = this.emitExpr(e.key);
        const f = this.assignTemp(`tsn_get_index_inline(${o}, ${k})`);
        return this.emitCall(e.args, (argc, argv) => `tsn_call_inline(${f}, ${o}, ${argc}, ${argv}, ${cString(e.text)})`);
      }
      case 'callWithThis': {
        const f = this.emitExpr(e.callee);
        const t = this.emitExpr(e.thisValue);
        return this.emitCall(e.args, (argc, argv) => `tsn_call_inline(${f}, ${t}, ${argc}, ${argv}, ${cString(e.text)})`);
      }
      case 'new': {
        const f = this.emitExpr(e.callee);
        return this.emitCall(e.args, (argc, argv) => `tsn_construct(${f}, ${argc}, ${argv}, ${f}, ${cString(e.text)})`);
      }
      case 'superCall': {
        const self = this.thisLvalue();
        const result = this.emitCall(e.args, (argc, argv) => `tsn_super_construct(callee, new_target, ${argc}, ${argv})`);
        this.emit(`if (${self} != TSN_EMPTY) tsn_throw_reference_error("Super constructor may only be called once");`);
        this.emit(`${self} = ${result};`);
        this.emitFieldsInit(self);
        return result;
      }
      case 'function': return this.emitClosure(e.fn, undefined);
      case 'class': return this.emitClass(e.cls);
      case 'defineField': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        const v = e.value.kind === 'function' ? this.emitClosure(e.value.fn, `tsn_as_object(${o})`) : this.emitExpr(e.value);
        const kind = e.accessor === 'getter' ? 1 : e.accessor === 'setter' ? 2 : -1;
        if (kind < 0) this.emit(`tsn_define_field(${o}, ${k}, ${v});`);
        else this.emit(`tsn_define_method(tsn_as_object(${o}), ${k}, ${v}, ${kind}, false);`);
        return 'TSN_UNDEFINED';
      }
      case 'object': return this.emitObject(e.props);
      case 'array': return this.emitArray(e.elements);
      case 'template': {
        let acc = this.str('');
        for (const part of e.parts) {
          const v = this.emitExpr(part);
          const s = part.kind === 'string' ? v : this.assignTemp(`tsn_to_string(${v})`);
          acc = acc === this.str('') ? s : this.assignTemp(`tsn_str_concat(${acc}, ${s})`);
        }
        return acc;
      }
      case 'toPropertyKey': return this.assignTemp(`tsn_to_property_key(${this.emitExpr(e.operand)})`);
      case 'privateName': return this.assignTemp(`tsn_private_name_new(${this.str(e.description)})`);
      case 'privateGet': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        return this.assignTemp(`tsn_private_get(${o}, ${k}, ${e.brand === undefined ? 'NULL' : cString(e.brand)})`);
      }
      case 'privateSet': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        const v = this.emitExpr(e.value);
        this.emit(`tsn_private_set(${o}, ${k}, ${v}, ${e.brand === undefined ? 'NULL' : cString(e.brand)});`);
        return v;
      }
      case 'privateIn': {
        const o = this.emitExpr(e.object);
        const k = this.emitExpr(e.key);
        return this.assignTemp(`tsn_from_bool(tsn_private_in(${o}, ${k}))`);
      }
      case 'intrinsic': {
        const args = e.args.map((a) => this.emitExpr(a));
        switch (e.name) {
          case 'destructureIterable': return this.assignTemp(`tsn_destructure_iterable(${args[0]}, ${args[1]}, ${args[2]}, ${args[3]})`);
          case 'objectRest': return this.assignTemp(`tsn_object_rest(${args[0]}, ${args[1]})`);
          case 'requireObjectCoercible': return this.assignTemp(`tsn_require_object_coercible(${args[0]}, ${args[1]}, ${args[2]})`);
          case 'regExpCreate': return this.assignTemp(`tsn_regexp_create(${args[0]}, ${args[1]})`);
          case 'constAssign':
            this.emit('tsn_throw_type_error("Assignment to constant variable.");');
            return 'TSN_UNDEFINED';
        }
      }
    }
  }

  private assignTemp(cexpr: string): string {
    const t = this.temp();
    this.emit(`${t} = ${cexpr};`);
    return t;
  }

  private emitUnary(op: string, v: string): string {
    switch (op) {
      case '-': return this.assignTemp(`tsn_fast_neg(${v})`);
      case '+': return this.assignTemp(`tsn_fast_plus(${v})`);
      case '!': return this.assignTemp(`tsn_from_bool(!TSN_TRUTHY(${v}))`);
      case '~': return this.assignTemp(`tsn_op_bitnot(${v})`);
      case 'typeof': return this.assignTemp(`tsn_op_typeof(${v})`);
      default: return 'TSN_UNDEFINED'; // void
    }
  }

  /** Emits argument evaluation and the call; `make` builds the call from (argc, argv) C expressions. */
  private emitCall(args: readonly Arg[], make: (argc: string, argv: string) => string): string {
    if (args.some((a) => a.spread)) {
      const arr = this.emitSpreadArray(args.map((a) => a));
      return this.assignTemp(make(`(int)tsn_as_object(${arr})->length`, `tsn_as_object(${arr})->elements`));
    }
    const values = args.map((a) => this.emitExpr(a.expr));
    if (values.length === 0) return this.assignTemp(make('0', 'NULL'));
    const result = this.temp();
    this.emit(`{ const tsn_value argv_[${values.length}] = {${values.join(', ')}}; ${result} = ${make(String(values.length), 'argv_')}; }`);
    return result;
  }

  private emitSpreadArray(elements: readonly (Arg | null)[]): string {
    const arr = this.assignTemp('tsn_new_array(0)');
    for (const el of elements) {
      if (el === null) {
        this.emit(`tsn_array_set_length(${arr}, tsn_as_object(${arr})->length + 1);`);
        continue;
      }
      const v = this.emitExpr(el.expr);
      this.emit(el.spread ? `tsn_array_append_iterable(${arr}, ${v}, ${iterableText(el.text)});` : `tsn_array_push(${arr}, ${v});`);
    }
    return arr;
  }

  private emitArray(elements: readonly (Arg | null)[]): string {
    if (elements.some((e) => e !== null && e.spread)) return this.emitSpreadArray(elements);
    const values = elements.map((e) => (e === null ? 'TSN_EMPTY' : this.emitExpr(e.expr)));
    if (values.length === 0) return this.assignTemp('tsn_new_array(0)');
    const result = this.temp();
    this.emit(`{ const tsn_value items_[${values.length}] = {${values.join(', ')}}; ${result} = tsn_array_from(items_, ${values.length}); }`);
    return result;
  }

  private emitObject(props: readonly ObjectProp[]): string {
    const obj = this.assignTemp('tsn_new_object()');
    for (const p of props) {
      switch (p.kind) {
        case 'init': {
          const k = this.emitExpr(p.key);
          const v = this.emitExpr(p.value);
          if (isAnonymousDefinition(p.value) && p.key.kind !== 'string') this.emit(`tsn_set_function_name(${v}, ${k}, "");`);
          this.emit(`tsn_define_own(tsn_as_object(${obj}), ${k}, ${v}, TSN_ATTR_DEFAULT);`);
          break;
        }
        case 'spread': this.emit(`tsn_object_spread(${obj}, ${this.emitExpr(p.value)});`); break;
        case 'method':
        case 'getter':
        case 'setter': {
          const k = this.emitExpr(p.key);
          const f = this.emitClosure(p.fn, `tsn_as_object(${obj})`);
          const kind = p.kind === 'method' ? 0 : p.kind === 'getter' ? 1 : 2;
          if (p.fn.name === '' || p.kind !== 'method') this.emit(`tsn_set_function_name(${f}, ${k}, "${NAME_PREFIX[kind]}");`);
          this.emit(`tsn_define_method(tsn_as_object(${obj}), ${k}, ${f}, ${kind}, true);`);
          break;
        }
      }
    }
    return obj;
  }

  /** Creates a closure over the current environment; `home` sets the method's home object. */
  private emitClosure(fn: FunctionNode, home: string | undefined): string {
    const name = this.str(fn.name);
    const f = this.assignTemp(`tsn_function_new(${cFunctionName(fn)}, ${this.currentEnv()}, ${name}, ${fn.length}, ${KIND_OF_FUNCTION[fn.kind]})`);
    if (home !== undefined) this.emit(`tsn_as_function(${f})->home_object = ${home};`);
    if (fn.source !== undefined) this.emit(`tsn_as_function(${f})->source = ${this.str(fn.source)};`);
    return f;
  }

  private emitClass(cls: ClassNode): string {
    const parent = cls.heritage === undefined ? 'TSN_EMPTY' : this.emitExpr(cls.heritage);
    const classScope = cls.ctor.scope.parent!;
    this.enterScope(classScope);
    for (const b of cls.privateNames) this.emit(`${this.lvalue(b)} = tsn_private_name_new(${this.str(b.name)});`);
    for (const k of cls.fieldKeys) this.emit(`${this.lvalue(k.binding)} = tsn_to_property_key(${this.emitExpr(k.key)});`);
    const proto = `proto${this.labelCount++}`;
    this.decls.add(`tsn_object *${this.vol}${proto} = NULL;`);
    const ctor = this.assignTemp(
      `tsn_class_create(${parent}, ${cFunctionName(cls.ctor)}, ${this.currentEnv()}, ${this.str(cls.name)}, ${cls.ctor.length}, (tsn_object **)&${proto})`,
    );
    if (cls.ctor.source !== undefined) this.emit(`tsn_as_function(${ctor})->source = ${this.str(cls.ctor.source)};`);
    for (const m of cls.members) {
      const target = m.isStatic ? `tsn_as_object(${ctor})` : proto;
      const k = this.emitExpr(m.key);
      const f = this.emitClosure(m.fn, target);
      if (m.fn.name === '' || m.kind !== 'method') this.emit(`tsn_set_function_name(${f}, ${k}, "${NAME_PREFIX[m.kind === 'method' ? 0 : m.kind === 'getter' ? 1 : 2]}");`);
      this.emit(`tsn_define_method(${target}, ${k}, ${f}, ${m.kind === 'method' ? 0 : m.kind === 'getter' ? 1 : 2}, false);`);
    }
    for (const m of cls.privateMethods) {
      const f = this.emitClosure(m.fn, m.isStatic ? `tsn_as_object(${ctor})` : proto);
      this.emit(`${this.lvalue(m.binding)} = ${f};`);
    }
    if (cls.innerBinding !== undefined) this.emit(`${this.lvalue(cls.innerBinding)} = ${ctor};`);
    if (cls.staticInit !== undefined) this.emit(`${cFunctionName(cls.staticInit)}(tsn_as_object(${ctor}), ${ctor}, 0, NULL, TSN_UNDEFINED);`);
    this.exitScope(classScope);
    return ctor;
  }
}

const NAME_PREFIX = ['', 'get ', 'set '] as const;

/** An anonymous function or class definition: named by the property it initialises (NamedEvaluation). */
function isAnonymousDefinition(e: Expr): boolean {
  return (e.kind === 'function' && e.fn.name === '' ) || (e.kind === 'class' && e.cls.name === '');
}

/** The C argument naming an iterable in V8's "x is not iterable": a string literal when V8's
 * CallPrinter can render the operand, NULL (the generic message) otherwise. */
function iterableText(text: string | undefined): string {
  return text === undefined || text === '(intermediate value)' ? 'NULL' : cString(text);
}

/** The nearest scope at or above `scope` that has an environment record. */
function firstEnvScope(scope: Scope | undefined): Scope | undefined {
  while (scope !== undefined && scope.envSize === 0) scope = scope.parent;
  return scope;
}

/** Declarations sort: deterministic order (they are a set). */
function declOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
