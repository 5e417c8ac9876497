/**
 * HIR program -> MIR program: one MIR function per HIR function (a generator's is its resumable
 * state machine) and the module body in chunks, then the pass pipeline.
 */
import type { FunctionNode, Program } from '../../ir/hir.ts';
import type { MirFunction, MirProgram, Operand } from '../mir.ts';
import { FunctionBuilder } from './function-builder.ts';
import { buildReturn, buildStmt } from './statements.ts';

/** Top-level statements per module chunk (each a C function; keeps the C compiler's time linear). */
export const MODULE_CHUNK = 64;

/** The C function name of a HIR function (the entry point for generators). */
export function cFunctionName(fn: FunctionNode): string {
  return `fn_${fn.id}`;
}

export function buildProgram(program: Program): MirProgram {
  const functions = program.functions.filter((f) => f.kind !== 'module').map(buildFunction);
  const main = program.main;
  if (main.async) return { functions, moduleChunks: [buildAsyncModule(main)], moduleBindings: main.scope.bindings, format: program.format };
  const moduleChunks: MirFunction[] = [];
  for (let i = 0; i === 0 || i < main.body.length; i += MODULE_CHUNK) {
    const b = new FunctionBuilder(`module_part_${moduleChunks.length}`, 'moduleChunk', main);
    if (i === 0) for (const v of main.scope.bindings) if (v.kind === 'var') b.emit({ k: 'store', binding: v, src: { k: 'undefined' } });
    for (const s of main.body.slice(i, i + MODULE_CHUNK)) buildStmt(b, s);
    b.terminate({ k: 'return', value: { k: 'undefined' } });
    moduleChunks.push(b.finish());
  }
  return { functions, moduleChunks, moduleBindings: main.scope.bindings, format: program.format };
}

/**
 * A module with top-level await: its whole body as one resumable function, evaluated as an async
 * function body (ECMA-262 16.2.1.5.3.2 ExecuteAsyncModule); its bindings stay module statics.
 */
function buildAsyncModule(main: FunctionNode): MirFunction {
  const b = new FunctionBuilder('module_body', 'resumable', main);
  for (const v of main.scope.bindings) if (v.kind === 'var') b.emit({ k: 'store', binding: v, src: { k: 'undefined' } });
  for (const s of main.body) buildStmt(b, s);
  b.terminate({ k: 'return', value: { k: 'undefined' } });
  return b.finish();
}

/**
 * A JS function's body with FunctionDeclarationInstantiation (ECMA-262 10.2.11) first: its record,
 * parameters, vars, the implicit bindings, then the prologue. A generator then suspends once
 * (the call returns the generator object) before its body runs on the first next().
 */
function buildFunction(fn: FunctionNode): MirFunction {
  const b = new FunctionBuilder(cFunctionName(fn), fn.generator || fn.async ? 'resumable' : 'function', fn);
  b.emit({ k: 'enterScope', scope: fn.scope });
  fn.params.forEach((p, i) => b.emit({ k: 'store', binding: p.binding, src: p.rest ? { k: 'restArgs', index: i } : { k: 'arg', index: i } }));
  for (const v of fn.scope.bindings) if (v.kind === 'var') b.emit({ k: 'store', binding: v, src: { k: 'undefined' } });
  if (fn.homeBinding !== undefined) b.emit({ k: 'store', binding: fn.homeBinding, src: b.into((dest) => ({ k: 'runtime', dest, fn: 'functionHome', args: [] })) });
  if (fn.newTargetBinding !== undefined) b.emit({ k: 'store', binding: fn.newTargetBinding, src: { k: 'newTarget' } });
  const self = fn.thisBinding;
  if (fn.kind === 'derivedCtor') {
    b.emit({ k: 'store', binding: self!, src: { k: 'empty' } });
  } else if (self !== undefined) {
    // OrdinaryCallBindThis (10.2.1.2): non-strict functions see the global object or a boxed primitive.
    const thisValue: Operand = fn.strict || fn.kind === 'ctor' ? { k: 'thisArg' } : b.into((dest) => ({ k: 'runtime', dest, fn: 'sloppyThis', args: [{ k: 'thisArg' }] }));
    b.emit({ k: 'store', binding: self, src: thisValue });
    if (fn.kind === 'ctor' && fn.fieldsInit !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'callFieldsInit', args: [{ k: 'code', fn: fn.fieldsInit }, { k: 'thisArg' }] });
  }
  for (const s of fn.prologue) buildStmt(b, s);
  if (fn.generator) b.suspend({ k: 'undefined' }, 'start');
  for (const s of fn.body) buildStmt(b, s);
  buildReturn(b, undefined);
  return b.finish();
}
