/**
 * `for await (x of iterable)` (ECMA-262 14.7.5.6 ForIn/OfBodyEvaluation with iteratorKind async):
 * each step awaits next()'s result; leaving the body early closes the iterator with
 * AsyncIteratorClose (7.4.13), which awaits return()'s result. The close is one finally region on
 * the cleanup stack, entered from every exit with a completion code: on a throw it swallows what the
 * close throws and rethrows the original exception; on break, continue to an outer loop or return,
 * an error of the close propagates and a non-object result is a TypeError.
 */
import type { Stmt } from '../../ir/hir.ts';
import type { Block, Local, Operand } from '../mir.ts';
import { buildExpr, iterableText } from './expressions.ts';
import type { FinallyRegion, FunctionBuilder } from './function-builder.ts';
import { buildAwait } from './suspend.ts';

type ForOf = Extract<Stmt, { kind: 'forOf' }>;
/** Builds the head's bindings, the body and the back edge to `head` (shared with for-of). */
type IterationBody = (b: FunctionBuilder, s: ForOf, head: Block, exit: Block, breakDepth: number) => void;

export function buildForAwait(b: FunctionBuilder, s: ForOf, iterationBody: IterationBody): void {
  const iterable = buildExpr(b, s.iterable);
  const next = b.temp();
  const iterator = b.into((dest) => ({ k: 'runtime', dest, fn: 'getAsyncIterator', args: [iterable, iterableText(s.iterableText), { k: 'addr', local: next }] }));
  // 1 while the body runs: only then does leaving the loop close the iterator.
  const inBody = b.local('inBody', 'int');
  b.emit({ k: 'move', dest: inBody, src: { k: 'int', value: 0 } });
  const region: FinallyRegion = { entry: b.newBlock('forAwait.close'), completion: b.local('completion', 'int'), exception: b.local('exception'), continuations: [] };
  const handler = b.local('handler', 'handler');
  const head = b.newBlock('forAwait.head');
  const landing = b.newBlock('forAwait.landing');
  const after = b.newBlock('forAwait.end');
  const depth = b.cleanups.length;
  b.terminate({ k: 'tryEnter', handler, body: head, landing }, head);
  b.cleanups.push({ k: 'finally', handler, landing, region });

  b.emit({ k: 'move', dest: inBody, src: { k: 'int', value: 0 } });
  const promise = b.into((dest) => ({ k: 'call', dest, callee: { k: 'local', local: next }, thisArg: iterator, args: { k: 'list', items: [] }, text: 'next' }));
  const result = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultCheck', args: [buildAwait(b, promise)] }));
  const done = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultDone', args: [result] }));
  const body = b.newBlock('forAwait.body');
  const finished = b.newBlock('forAwait.done');
  b.terminate({ k: 'branch', cond: { k: 'truthy', value: done }, then: finished, else: body }, body);
  const value = b.into((dest) => ({ k: 'runtime', dest, fn: 'iterResultValue', args: [result] }));
  b.emit({ k: 'move', dest: inBody, src: { k: 'int', value: 1 } });
  b.emit({ k: 'store', binding: s.valueTemp, src: value });
  iterationBody(b, s, head, after, depth);

  b.cleanups.pop();
  b.switchTo(finished);
  b.emit({ k: 'tryPop', handler });
  b.terminate({ k: 'goto', target: after }, landing);
  b.emit({ k: 'tryPop', handler });
  b.emit({ k: 'runtime', dest: region.exception, fn: 'caughtException', args: [] });
  b.emit({ k: 'move', dest: region.completion, src: { k: 'int', value: 0 } });
  b.goto(region.entry);
  buildClose(b, region, inBody, iterator);
  b.switchTo(after);
}

/** The region: AsyncIteratorClose when the body was running, then on to the exit's continuation. */
function buildClose(b: FunctionBuilder, region: FinallyRegion, inBody: Local, iterator: Operand): void {
  const dispatch = b.newBlock('forAwait.dispatch');
  const close = b.newBlock('forAwait.closing');
  b.terminate({ k: 'switch', value: inBody, cases: [{ value: 0, target: dispatch }], otherwise: close }, close);
  b.emit({ k: 'move', dest: inBody, src: { k: 'int', value: 0 } });
  const onThrow = b.newBlock('forAwait.closeOnThrow');
  const onNormal = b.newBlock('forAwait.closeNormally');
  b.terminate({ k: 'switch', value: region.completion, cases: [{ value: 0, target: onThrow }], otherwise: onNormal }, onNormal);

  // Normal completion: return()'s awaited result must be an object; its errors propagate.
  const closed = callReturn(b, iterator, dispatch);
  b.emit({ k: 'runtime', dest: undefined, fn: 'iterResultCheck', args: [closed] });
  b.goto(dispatch);

  // Throw completion: whatever the close does, the original exception is rethrown.
  b.switchTo(onThrow);
  const handler = b.local('handler', 'handler');
  const attempt = b.newBlock('forAwait.closeAttempt');
  const ignored = b.newBlock('forAwait.closeFailed');
  b.terminate({ k: 'tryEnter', handler, body: attempt, landing: ignored }, attempt);
  b.cleanups.push({ k: 'handler', handler, landing: ignored });
  callReturn(b, iterator, ignored);
  b.cleanups.pop();
  b.goto(ignored);
  b.emit({ k: 'tryPop', handler });
  b.goto(dispatch);

  const rethrow = b.newBlock('forAwait.rethrow');
  const after = b.newBlock('forAwait.closed');
  b.terminate({
    k: 'switch', value: region.completion,
    cases: [{ value: 0, target: rethrow }, { value: 1, target: after }, ...region.continuations.map((c) => ({ value: c.code, target: c.target }))],
    otherwise: after,
  }, rethrow);
  b.terminate({ k: 'throw', value: { k: 'local', local: region.exception } }, after);
}

/** GetMethod(iterator, "return"); when there is one, awaits its call and returns the result; else
 * jumps to `absent`. */
function callReturn(b: FunctionBuilder, iterator: Operand, absent: Block): Operand {
  const method = b.into((dest) => ({ k: 'runtime', dest, fn: 'iteratorMethod', args: [iterator, { k: 'string', value: 'return' }] }));
  const present = b.newBlock('forAwait.hasReturn');
  b.terminate({ k: 'branch', cond: { k: 'isUndefined', value: method }, then: absent, else: present }, present);
  const promise = b.into((dest) => ({ k: 'call', dest, callee: method, thisArg: iterator, args: { k: 'list', items: [] }, text: 'return' }));
  return buildAwait(b, promise);
}
