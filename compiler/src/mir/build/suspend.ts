/**
 * Suspend points of resumable functions: `yield` (ECMA-262 27.5.3.7 GeneratorYield, resumed by
 * 27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt) and `yield*` (15.5.5, delegation of
 * next/throw/return to an inner iterator). A resumed `throw` throws at the suspend point inside the
 * handlers re-established there; a resumed `return` unwinds the cleanup stack (running finally
 * blocks, closing iterators) and completes the generator.
 */
import type { Block, Operand } from '../mir.ts';
import type { FunctionBuilder } from './function-builder.ts';

/** Completes the generator with `value` as a return would, after every pending cleanup. */
export function buildGeneratorReturn(b: FunctionBuilder, value: Operand): void {
  b.unwindTo(0);
  b.terminate({ k: 'return', value });
}

/** Dispatches on the mode the function was resumed with: returns the block for `next`. */
function dispatchResume(b: FunctionBuilder, onThrow: Block, onReturn: Block, note: string): Block {
  const notThrow = b.newBlock(`${note}.notThrow`);
  const onNext = b.newBlock(`${note}.next`);
  b.terminate({ k: 'branch', cond: { k: 'resumeMode', mode: 'throw' }, then: onThrow, else: notThrow }, notThrow);
  b.terminate({ k: 'branch', cond: { k: 'resumeMode', mode: 'return' }, then: onReturn, else: onNext }, onNext);
  return onNext;
}

/**
 * `yield value`: the expression's value is what the next `next(v)` sends. In an async generator the
 * value is awaited first (15.5.5), and a `return(v)` resumption awaits v before it returns
 * (27.6.3.8 AsyncGeneratorUnwrapYieldResumption).
 */
export function buildYield(b: FunctionBuilder, value: Operand): Operand {
  requireResumable(b);
  const asyncGenerator = b.fn.async;
  b.suspend(asyncGenerator ? buildAwait(b, value) : value, 'yield');
  const sent = b.into((dest) => ({ k: 'move', dest, src: { k: 'resumeValue' } }));
  const onThrow = b.newBlock('yield.throw');
  const onReturn = b.newBlock('yield.return');
  const onNext = dispatchResume(b, onThrow, onReturn, 'yield');
  b.switchTo(onThrow);
  b.terminate({ k: 'throw', value: sent }, onReturn);
  buildGeneratorReturn(b, asyncGenerator ? buildAwait(b, sent) : sent);
  b.switchTo(onNext);
  return sent;
}

/** `yield* iterable`: the expression's value is the inner iterator's completion value. */
export function buildYieldStar(b: FunctionBuilder, iterable: Operand, text: string): Operand {
  requireResumable(b);
  const next = b.temp();
  const iterator = b.into((dest) => ({ k: 'runtime', dest, fn: 'getIterator', args: [iterable, { k: 'cstring', value: text }, { k: 'addr', local: next }] }));
  const received = b.temp();
  const result = b.temp();
  const innerResult = b.temp();
  b.emit({ k: 'move', dest: received, src: { k: 'undefined' } });
  const callNext = b.newBlock('yieldStar.next');
  const check = b.newBlock('yieldStar.check');
  const done = b.newBlock('yieldStar.done');
  const onThrow = b.newBlock('yieldStar.throw');
  const onReturn = b.newBlock('yieldStar.return');
  const receivedValue: Operand = { k: 'local', local: received };
  const innerValue: Operand = { k: 'local', local: innerResult };
  b.goto(callNext);
  b.emit({ k: 'runtime', dest: innerResult, fn: 'callIterMethod', args: [{ k: 'local', local: next }, iterator, receivedValue] });
  b.goto(check);
  const isDone = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultDone', args: [innerValue] }));
  const suspendBlock = b.newBlock('yieldStar.yield');
  b.terminate({ k: 'branch', cond: { k: 'truthy', value: isDone }, then: done, else: suspendBlock }, suspendBlock);
  const yielded = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultValue', args: [innerValue] }));
  b.suspend(yielded, 'yieldStar');
  b.emit({ k: 'move', dest: received, src: { k: 'resumeValue' } });
  const onNext = dispatchResume(b, onThrow, onReturn, 'yieldStar');
  b.switchTo(onNext);
  b.goto(callNext);

  // throw(v): delegate to the inner iterator's throw, or close it and throw a TypeError.
  b.switchTo(onThrow);
  const throwMethod = b.into((dest) => ({ k: 'runtime', dest, fn: 'iteratorMethod', args: [iterator, { k: 'string', value: 'throw' }] }));
  const hasThrow = b.newBlock('yieldStar.hasThrow');
  const noThrow = b.newBlock('yieldStar.noThrow');
  b.terminate({ k: 'branch', cond: { k: 'isUndefined', value: throwMethod }, then: noThrow, else: hasThrow }, hasThrow);
  b.emit({ k: 'runtime', dest: innerResult, fn: 'callIterMethod', args: [throwMethod, iterator, receivedValue] });
  b.terminate({ k: 'goto', target: check }, noThrow);
  b.emit({ k: 'runtime', dest: undefined, fn: 'throwYieldStarNoThrow', args: [iterator] });
  b.terminate({ k: 'unreachable' }, onReturn);

  // return(v): delegate to the inner iterator's return; complete the generator when it is done.
  const returnMethod = b.into((dest) => ({ k: 'runtime', dest, fn: 'iteratorMethod', args: [iterator, { k: 'string', value: 'return' }] }));
  const hasReturn = b.newBlock('yieldStar.hasReturn');
  const noReturn = b.newBlock('yieldStar.noReturn');
  b.terminate({ k: 'branch', cond: { k: 'isUndefined', value: returnMethod }, then: noReturn, else: hasReturn }, noReturn);
  buildGeneratorReturn(b, receivedValue);
  b.switchTo(hasReturn);
  b.emit({ k: 'runtime', dest: innerResult, fn: 'callIterMethod', args: [returnMethod, iterator, receivedValue] });
  const returnDone = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultDone', args: [innerValue] }));
  const finish = b.newBlock('yieldStar.returnDone');
  b.terminate({ k: 'branch', cond: { k: 'truthy', value: returnDone }, then: finish, else: suspendBlock }, finish);
  buildGeneratorReturn(b, b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultValue', args: [innerValue] })));

  b.switchTo(done);
  b.emit({ k: 'runtime', dest: result, fn: 'iterResultValue', args: [innerValue] });
  return { k: 'local', local: result };
}

/**
 * `await value` (27.7.5.3 Await): suspends with the value; the async-function driver resumes with
 * the fulfilment value (next) or throws the rejection reason at this point (throw).
 */
export function buildAwait(b: FunctionBuilder, value: Operand): Operand {
  requireResumable(b);
  b.suspend(value, 'await', true);
  const settled = b.into((dest) => ({ k: 'move', dest, src: { k: 'resumeValue' } }));
  const onThrow = b.newBlock('await.throw');
  const onValue = b.newBlock('await.value');
  b.terminate({ k: 'branch', cond: { k: 'resumeMode', mode: 'throw' }, then: onThrow, else: onValue }, onThrow);
  b.terminate({ k: 'throw', value: settled }, onValue);
  return settled;
}

function requireResumable(b: FunctionBuilder): void {
  if (b.kind !== 'resumable') throw new Error('internal: a suspend point outside a resumable function');
}
