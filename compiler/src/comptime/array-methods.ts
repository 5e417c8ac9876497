/**
 * Array methods comptime evaluation may call on arrays it created (so every receiver is fresh data),
 * and `Array.from`. They run as the host's own Array.prototype methods (the pinned Node, the
 * reference; purity.ts makes sure the program does not modify built-ins), with interpreted closures
 * passed as callbacks through `wrap`. Arguments other than callbacks are primitives or data; a
 * `thisArg`, an iterator-returning method, or a result over the size limits bails.
 */
import { bail } from './bail.ts';
import { applyHost, checkSize } from './builtins.ts';
import { CtClosure } from './env.ts';
import { isPlainData, MAX_ARRAY_LENGTH } from './values.ts';

type HostFunction = (...args: unknown[]) => unknown;

/** How a method takes callbacks: the callback's argument index and whether a further argument is a thisArg. */
interface MethodShape {
  readonly callback: number | undefined;
  /** The callback may be omitted (sort's comparator). */
  readonly optional: boolean;
  /** The argument after the callback is a thisArg (bails when given). */
  readonly thisArg: boolean;
}

const PLAIN: MethodShape = { callback: undefined, optional: false, thisArg: false };
const ITERATING: MethodShape = { callback: 0, optional: false, thisArg: true };
const REDUCING: MethodShape = { callback: 0, optional: false, thisArg: false };
const COMPARING: MethodShape = { callback: 0, optional: true, thisArg: false };

const SHAPES: ReadonlyMap<string, MethodShape> = new Map([
  ...['at', 'concat', 'copyWithin', 'fill', 'flat', 'includes', 'indexOf', 'join', 'lastIndexOf', 'pop', 'push', 'reverse',
    'shift', 'slice', 'splice', 'toReversed', 'toSpliced', 'toString', 'unshift', 'with'].map((n) => [n, PLAIN] as const),
  ...['every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach', 'map', 'some'].map((n) => [n, ITERATING] as const),
  ...['reduce', 'reduceRight'].map((n) => [n, REDUCING] as const),
  ...['sort', 'toSorted'].map((n) => [n, COMPARING] as const),
]);

/** Turns an interpreted closure into a host function (the evaluator's call, with its fuel). */
export type WrapClosure = (c: CtClosure) => HostFunction;

/** Checks the arguments against the method's shape and wraps its callback. */
function prepareArgs(what: string, shape: MethodShape, args: readonly unknown[], wrap: WrapClosure): unknown[] {
  return args.map((a, i) => {
    if (i === shape.callback) {
      if (a instanceof CtClosure) return wrap(a);
      if (a === undefined && shape.optional) return a;
      return bail(`${what} with a callback that is not a function of the program (throws TypeError)`);
    }
    if (shape.thisArg && shape.callback !== undefined && i === shape.callback + 1 && a !== undefined) bail(`${what} with a thisArg`);
    if (a instanceof CtClosure) bail(`passes a function to ${what}`);
    return a;
  });
}

/** Array methods whose cost does not grow with the receiver's length (the evaluator charges the others by it). */
const CONSTANT_TIME = new Set(['at', 'pop', 'push']);

/** True when `receiver.name(...)` costs O(1) in the receiver's length. */
export function isConstantTimeArrayMethod(name: string): boolean {
  return CONSTANT_TIME.has(name);
}

/** `receiver.name(args)` on an array created by the evaluation. Bails for other methods. */
export function callArrayMethod(receiver: unknown[], name: string, args: readonly unknown[], wrap: WrapClosure): unknown {
  const shape = SHAPES.get(name);
  if (shape === undefined) return bail(`calls array.${name}`);
  const what = `.${name}`;
  const fn = (Array.prototype as unknown as Record<string, HostFunction>)[name]!;
  const result = applyHost(what, fn, receiver, prepareArgs(what, shape, args, wrap));
  checkSize(receiver);
  return result;
}

/** `Array.from(items, mapFn)` over data or a string; a plain object's `length` is checked against the limits first. */
export function arrayFrom(args: readonly unknown[], wrap: WrapClosure): unknown {
  const items = args[0];
  if (isPlainData(items) && !(Number(items.length ?? 0) <= MAX_ARRAY_LENGTH)) bail(`builds an array longer than ${MAX_ARRAY_LENGTH}`);
  return applyHost('Array.from', Array.from as HostFunction, Array, prepareArgs('Array.from', { callback: 1, optional: true, thisArg: true }, args, wrap));
}
