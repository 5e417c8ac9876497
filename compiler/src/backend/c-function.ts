/**
 * The C printer of one MIR function: declarations from the locals (C type from the representation,
 * `volatile` and frame residency as the liveness pass decided), then each block as a label followed
 * by its instructions and terminator. No semantic decision is made here: each MIR node has exactly
 * one C spelling.
 */
import type { BinaryOp, FunctionNode } from '../ir/hir.ts';
import type { Args, Block, Cond, Instr, Local, MirFunction, MirUnaryOp, Operand, Repr, Terminator } from '../mir/mir.ts';
import { cFunctionName } from '../mir/build/index.ts';
import { cString, numberConstant, type StringTable } from './literals.ts';
import { RUNTIME_CALLS } from './runtime-calls.ts';

/** Program-wide state shared by every function printer: literals and inline caches. */
export interface ProgramState {
  readonly strings: StringTable;
  /** Number of inline caches allocated so far (IC[i]). */
  icCount: number;
  /** Number of global-read caches allocated so far (GIC[i]). */
  globalIcCount: number;
}

export const SIGNATURE = '(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)';

const KIND_OF_FUNCTION: Record<FunctionNode['kind'], string> = {
  module: 'TSN_FN_NORMAL', function: 'TSN_FN_NORMAL', arrow: 'TSN_FN_ARROW', method: 'TSN_FN_METHOD',
  getter: 'TSN_FN_METHOD', setter: 'TSN_FN_METHOD', ctor: 'TSN_FN_CLASS', derivedCtor: 'TSN_FN_DERIVED_CLASS',
  fieldsInit: 'TSN_FN_METHOD', staticInit: 'TSN_FN_METHOD',
};

const BINARY_FN: Partial<Record<BinaryOp, string>> = {
  '+': 'tsn_fast_add', '-': 'tsn_fast_sub', '*': 'tsn_fast_mul', '/': 'tsn_fast_div', '%': 'tsn_fast_mod', '**': 'tsn_op_pow',
  '&': 'tsn_fast_bitand', '|': 'tsn_fast_bitor', '^': 'tsn_fast_bitxor', '<<': 'tsn_fast_shl', '>>': 'tsn_fast_sar', '>>>': 'tsn_fast_shr',
};
const COMPARE_FN: Partial<Record<BinaryOp, string>> = {
  '==': 'tsn_op_loose_equals', '===': 'tsn_fast_strict_equals', '<': 'tsn_fast_lt', '<=': 'tsn_fast_le', '>': 'tsn_fast_gt', '>=': 'tsn_fast_ge',
  'instanceof': 'tsn_op_instanceof', 'in': 'tsn_op_in',
};
const UNARY_FN: Record<MirUnaryOp, (v: string) => string> = {
  '-': (v) => `tsn_fast_neg(${v})`, '+': (v) => `tsn_fast_plus(${v})`, '!': (v) => `tsn_from_bool(!TSN_TRUTHY(${v}))`,
  '~': (v) => `tsn_op_bitnot(${v})`, 'typeof': (v) => `tsn_op_typeof(${v})`, 'toNumeric': (v) => `tsn_fast_to_numeric(${v})`,
  'toPropertyKey': (v) => `tsn_to_property_key(${v})`, 'toString': (v) => `tsn_to_string(${v})`,
};
const C_TYPE: Record<Repr, string> = { boxed: 'tsn_value', int: 'int', iter: 'tsn_iter', handler: 'tsn_handler', object: 'tsn_object *', env: 'tsn_env *' };
const C_INIT: Record<Repr, string> = { boxed: ' = TSN_UNDEFINED', int: ' = 0', iter: '', handler: '', object: ' = NULL', env: ' = NULL' };

/** The C name of a module-level binding's static. */
export function cModuleName(b: { readonly id: number; readonly name: string }): string {
  return `g${b.id}_${b.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The C struct of a resumable function's heap frame. */
export function frameType(f: MirFunction): string {
  return `struct frame_${f.source.id}`;
}

export class FunctionPrinter {
  private readonly lines: string[] = [];
  private readonly f: MirFunction;
  private readonly state: ProgramState;

  constructor(f: MirFunction, state: ProgramState) {
    this.f = f;
    this.state = state;
  }

  /** The whole C text of the function (for resumables: frame struct, resume function and entry). */
  print(): string {
    for (const b of this.f.blocks) this.printBlock(b);
    const f = this.f;
    const decls = f.locals.filter((l) => !l.inFrame).map((l) => `  ${C_TYPE[l.repr]}${l.volatile ? ' volatile' : ''} ${this.localName(l)}${C_INIT[l.repr]};`);
    const body = this.lines.join('\n');
    switch (f.kind) {
      case 'moduleChunk':
        return `static void ${f.name}(void) {\n${[...decls, body].join('\n')}\n}\n`;
      case 'function':
        return [
          `static tsn_value ${f.name}${SIGNATURE} {`,
          '  (void)this_value; (void)argc; (void)argv; (void)new_target;',
          '  tsn_env *fenv = ((tsn_function *)callee->internal)->env; (void)fenv;',
          ...decls, '  TSN_ENTER();', body, '}', '',
        ].join('\n');
      case 'resumable': return this.printResumable(decls, body);
    }
  }

  /**
   * A generator or async function: its frame (the locals live across a suspend, plus the call's
   * callee, this and arguments for the part before the first suspend), the resume function
   * dispatching on the frame's state, and the entry function: a generator's runs
   * FunctionDeclarationInstantiation up to the start suspend and returns the generator object, an
   * async function's starts the body and returns its promise. A module with top-level await has
   * only the frame and the resume function (tsn_program_main starts it).
   */
  private printResumable(decls: readonly string[], body: string): string {
    const f = this.f;
    const frame = frameType(f);
    const fields = f.locals.filter((l) => l.inFrame).map((l) => `  ${C_TYPE[l.repr]} ${this.localField(l)};`);
    const states = [...f.resumePoints].sort((a, b) => a[0] - b[0]).map(([n, b]) => `    case ${n}: goto bb${b.id};`);
    // The module body (top-level await) has no call: no callee, arguments or closure record.
    const isModule = f.source.kind === 'module';
    const callFields = isModule ? [] : ['  tsn_object *callee;', '  tsn_value this_value;', '  int argc;', '  const tsn_value *argv;'];
    const call = isModule
      ? ['  tsn_object *callee = NULL; tsn_value this_value = TSN_UNDEFINED; int argc = 0; const tsn_value *argv = NULL;', '  tsn_env *fenv = NULL;']
      : ['  tsn_object *callee = F->callee; tsn_value this_value = F->this_value; int argc = F->argc; const tsn_value *argv = F->argv;',
        '  tsn_env *fenv = ((tsn_function *)callee->internal)->env;'];
    const resume = [
      `${frame} {`, '  int state;', ...callFields, ...fields, '};',
      `static tsn_value ${f.name}_resume(void *frame_, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {`,
      `  ${frame} *F = frame_;`,
      ...call,
      '  tsn_value new_target = TSN_UNDEFINED;',
      '  (void)mode; (void)value; (void)callee; (void)this_value; (void)argc; (void)argv; (void)new_target; (void)fenv;',
      ...decls,
      '  TSN_ENTER();',
      '  switch (F->state) {',
      `    case 0: goto bb${f.entry.id};`,
      ...states,
      '  }',
      body,
      '}',
    ];
    if (isModule) return [...resume, ''].join('\n');
    return [
      ...resume,
      `static tsn_value ${f.name}${SIGNATURE} {`,
      '  (void)new_target;',
      `  ${frame} *F = tsn_alloc(sizeof *F);`,
      '  F->callee = callee; F->this_value = this_value; F->argc = argc; F->argv = argv;',
      ...(f.source.generator
        ? ['  tsn_body_exit how;', `  ${f.name}_resume(F, TSN_RESUME_NEXT, TSN_UNDEFINED, &how);`, '  F->argv = NULL; F->argc = 0;',
          `  return ${f.source.async ? 'tsn_async_generator_create' : 'tsn_generator_create'}(callee, ${f.name}_resume, F);`]
        : [`  tsn_value promise = tsn_async_function_start(${f.name}_resume, F);`, '  F->argv = NULL; F->argc = 0;', '  return promise;']),
      '}',
      '',
    ].join('\n');
  }

  private emit(line: string): void {
    this.lines.push('  ' + line);
  }

  private localField(l: Local): string {
    return `l${l.id}_${l.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  }

  private localName(l: Local): string {
    return l.inFrame ? `F->${this.localField(l)}` : this.localField(l);
  }

  private str(s: string): string {
    return this.state.strings.ref(s);
  }

  private ic(): string {
    return `&IC[${this.state.icCount++}]`;
  }

  private op(o: Operand): string {
    switch (o.k) {
      case 'local': return this.localName(o.local);
      case 'number': return numberConstant(o.value);
      case 'string': return this.str(o.value);
      case 'bool': return o.value ? 'TSN_TRUE' : 'TSN_FALSE';
      case 'undefined': return 'TSN_UNDEFINED';
      case 'null': return 'TSN_NULL';
      case 'empty': return 'TSN_EMPTY';
      case 'callee': return 'tsn_from_cell(callee)';
      case 'arg': return `(argc > ${o.index} ? argv[${o.index}] : TSN_UNDEFINED)`;
      case 'restArgs': return `tsn_array_from(argv + ${o.index}, argc > ${o.index} ? (uint32_t)(argc - ${o.index}) : 0)`;
      case 'resumeValue': return 'value';
      case 'thisArg': return 'this_value';
      case 'newTarget': return 'new_target';
      case 'cstring': return o.value === undefined ? 'NULL' : cString(o.value);
      case 'int': return String(o.value);
      case 'code': return cFunctionName(o.fn);
      case 'env': throw new Error(`internal: unresolved environment operand in ${this.f.name}`);
      case 'outerEnv': return 'fenv' + '->parent'.repeat(o.hops);
      case 'nullEnv': return 'NULL';
      case 'addr': return `(${C_TYPE[o.local.repr]} *)&${this.localName(o.local)}`;
      case 'asObject': return `tsn_as_object(${this.op(o.of)})`;
      case 'arrayLength': return `(int)tsn_as_object(${this.op(o.of)})->length`;
      case 'arrayElements': return `tsn_as_object(${this.op(o.of)})->elements`;
    }
  }

  private printBlock(b: Block): void {
    this.lines.push(`bb${b.id}: ; /* ${b.note} */`);
    for (const i of b.instrs) this.printInstr(i);
    this.printTerm(b.term!);
  }

  private assign(dest: Local, value: string): void {
    this.emit(`${this.localName(dest)} = ${value};`);
  }

  private printCall(dest: Local, args: Args, make: (argc: string, argv: string) => string): void {
    if (args.k === 'spread') {
      const arr = this.op(args.array);
      this.assign(dest, make(`(int)tsn_as_object(${arr})->length`, `tsn_as_object(${arr})->elements`));
      return;
    }
    if (args.items.length === 0) {
      this.assign(dest, make('0', 'NULL'));
      return;
    }
    const values = args.items.map((a) => this.op(a));
    this.emit(`{ const tsn_value argv_[${values.length}] = {${values.join(', ')}}; ${this.localName(dest)} = ${make(String(values.length), 'argv_')}; }`);
  }

  private printInstr(i: Instr): void {
    switch (i.k) {
      case 'move': this.assign(i.dest, this.op(i.src)); return;
      case 'load': case 'store': case 'enterScope': case 'copyScope':
        throw new Error(`internal: ${i.k} reached the C printer in ${this.f.name}`);
      case 'envNew': this.assign(i.dest, `tsn_env_new(${this.op(i.parent)}, ${i.size})`); return;
      case 'envCopy': this.emit(`${this.localName(i.env)} = tsn_env_copy(${this.localName(i.env)});`); return;
      case 'loadSlot': this.assign(i.dest, `${this.op(i.env)}->vars[${i.index}]`); return;
      case 'storeSlot': this.emit(`${this.op(i.env)}->vars[${i.index}] = ${this.op(i.src)};`); return;
      case 'loadStatic': this.assign(i.dest, cModuleName(i.binding)); return;
      case 'storeStatic': this.emit(`${cModuleName(i.binding)} = ${this.op(i.src)};`); return;
      case 'checkTdz':
        this.emit(`if (${this.op(i.src)} == TSN_EMPTY) ${i.isThis ? 'tsn_throw_this_tdz()' : `tsn_throw_tdz(${cString(i.name)})`};`);
        return;
      case 'unary': this.assign(i.dest, UNARY_FN[i.op](this.op(i.src))); return;
      case 'binary': {
        const l = this.op(i.left);
        const r = this.op(i.right);
        const f = BINARY_FN[i.op];
        if (f !== undefined) this.assign(i.dest, `${f}(${l}, ${r})`);
        else if (i.op === '!=') this.assign(i.dest, `tsn_from_bool(!tsn_op_loose_equals(${l}, ${r}))`);
        else if (i.op === '!==') this.assign(i.dest, `tsn_from_bool(!tsn_fast_strict_equals(${l}, ${r}))`);
        else this.assign(i.dest, `tsn_from_bool(${COMPARE_FN[i.op]}(${l}, ${r}))`);
        return;
      }
      case 'getGlobal': this.assign(i.dest, `tsn_global_get_ic(${this.str(i.name)}, &GIC[${this.state.globalIcCount++}])`); return;
      case 'typeofGlobal': this.assign(i.dest, `tsn_global_typeof(${this.str(i.name)})`); return;
      case 'getProp': this.assign(i.dest, `tsn_get_ic_inline(${this.op(i.object)}, ${this.str(i.name)}, ${this.ic()})`); return;
      case 'setProp': this.emit(`tsn_put_ic_inline(${this.op(i.object)}, ${this.str(i.name)}, ${this.op(i.value)}, ${this.ic()}, ${i.strict});`); return;
      case 'getIndex': this.assign(i.dest, `tsn_get_index_inline(${this.op(i.object)}, ${this.op(i.key)})`); return;
      case 'setIndex': this.emit(`tsn_put_index_inline(${this.op(i.object)}, ${this.op(i.key)}, ${this.op(i.value)}, ${i.strict});`); return;
      case 'call': {
        const f = this.op(i.callee);
        const t = this.op(i.thisArg);
        this.printCall(i.dest, i.args, (argc, argv) => `tsn_call_inline(${f}, ${t}, ${argc}, ${argv}, ${cString(i.text)})`);
        return;
      }
      case 'callMethod': {
        const o = this.op(i.object);
        const key = this.str(i.name);
        const ic = this.ic();
        this.printCall(i.dest, i.args, (argc, argv) => `tsn_call_method_inline(${o}, ${key}, ${ic}, ${argc}, ${argv}, ${cString(i.text)})`);
        return;
      }
      case 'construct': {
        const f = this.op(i.callee);
        this.printCall(i.dest, i.args, (argc, argv) => `tsn_construct(${f}, ${argc}, ${argv}, ${f}, ${cString(i.text)})`);
        return;
      }
      case 'superConstruct':
        this.printCall(i.dest, i.args, (argc, argv) => `tsn_super_construct(callee, new_target, ${argc}, ${argv})`);
        return;
      case 'closure': {
        const fn = i.fn;
        const kind = fn.generator ? (fn.async ? 'TSN_FN_ASYNC_GENERATOR' : 'TSN_FN_GENERATOR') : fn.async ? 'TSN_FN_ASYNC' : KIND_OF_FUNCTION[fn.kind];
        this.assign(i.dest, `tsn_function_new(${cFunctionName(fn)}, ${this.op(i.env)}, ${this.str(fn.name)}, ${fn.length}, ${kind})`);
        return;
      }
      case 'newArray': {
        if (i.items.length === 0) {
          this.assign(i.dest, 'tsn_new_array(0)');
          return;
        }
        const values = i.items.map((o) => this.op(o));
        this.emit(`{ const tsn_value items_[${values.length}] = {${values.join(', ')}}; ${this.localName(i.dest)} = tsn_array_from(items_, ${values.length}); }`);
        return;
      }
      case 'classCreate':
        this.assign(i.dest, `tsn_class_create(${this.op(i.parent)}, ${cFunctionName(i.ctor)}, ${this.op(i.env)}, ${this.str(i.name)}, ${i.ctor.length}, (tsn_object **)&${this.localName(i.proto)})`);
        return;
      case 'runtime': {
        const rc = RUNTIME_CALLS[i.fn];
        const text = rc.c(i.args.map((a) => this.op(a)));
        if (i.dest === undefined) this.emit(`${text};`);
        else this.assign(i.dest, rc.result === 'bool' ? `tsn_from_bool(${text})` : text);
        return;
      }
      case 'tryPop': this.emit(`TSN_TRY_POP(${this.localName(i.handler)});`); return;
    }
  }

  private cond(c: Cond): string {
    switch (c.k) {
      case 'truthy': return `TSN_TRUTHY(${this.op(c.value)})`;
      case 'nullish': return `tsn_is_nullish(${this.op(c.value)})`;
      case 'strictEquals': return `tsn_fast_strict_equals(${this.op(c.left)}, ${this.op(c.right)})`;
      case 'isEmpty': return `${this.op(c.value)} == TSN_EMPTY`;
      case 'isUndefined': return `tsn_is_undefined(${this.op(c.value)})`;
      case 'iterStep': return `tsn_iter_step((tsn_iter *)&${this.localName(c.iter)}, (tsn_value *)&${this.localName(c.out)})`;
      case 'forInNext': return `tsn_for_in_next(${this.op(c.keys)}, ${this.op(c.object)}, (uint32_t)${this.localName(c.index)}++, (tsn_value *)&${this.localName(c.out)})`;
      case 'resumeMode': return `mode == ${c.mode === 'next' ? 'TSN_RESUME_NEXT' : c.mode === 'throw' ? 'TSN_RESUME_THROW' : 'TSN_RESUME_RETURN'}`;
    }
  }

  private printTerm(t: Terminator): void {
    switch (t.k) {
      case 'goto': this.emit(`goto bb${t.target.id};`); return;
      case 'branch': this.emit(`if (${this.cond(t.cond)}) goto bb${t.then.id}; else goto bb${t.else.id};`); return;
      case 'switch':
        this.emit(`switch (${this.localName(t.value)}) {`);
        for (const c of t.cases) this.emit(`  case ${c.value}: goto bb${c.target.id};`);
        this.emit(`  default: goto bb${t.otherwise.id};`);
        this.emit('}');
        return;
      case 'return':
        if (this.f.kind === 'moduleChunk') this.emit('return;');
        else if (this.f.kind === 'resumable') this.emit(`TSN_LEAVE(); *how = TSN_BODY_RETURN; return ${this.op(t.value)};`);
        else this.emit(`TSN_LEAVE(); return ${this.op(t.value)};`);
        return;
      case 'throw': this.emit(`tsn_throw(${this.op(t.value)});`); return;
      case 'tryEnter': {
        const h = this.localName(t.handler);
        this.emit(`TSN_TRY_PUSH(${h}); if (setjmp(${h}.jb) != 0) goto bb${t.landing.id}; goto bb${t.body.id};`);
        return;
      }
      case 'suspend':
        this.emit(`F->state = ${t.state}; TSN_LEAVE(); *how = ${t.awaits ? 'TSN_BODY_AWAIT' : 'TSN_BODY_YIELD'}; return ${this.op(t.value)};`);
        return;
      case 'unreachable': this.emit('/* unreachable */'); return;
    }
  }
}
