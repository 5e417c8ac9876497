/**
 * The built-ins comptime evaluation may call: pure global functions (`String`, `Number`, `parseInt`,
 * ...), `Math.*` (not `random`), pure statics of `Number`/`String`/`Object`/`Array`/`JSON`, their
 * constant properties (`Math.PI`, `Number.EPSILON`), and pure methods of string, number and boolean
 * receivers. Each runs on the compiler's own engine (the pinned Node, the reference), so its result
 * is exactly the run-time one as long as the program does not modify built-ins (purity.ts checks
 * that). Arguments are primitives or fresh data (values.ts), never functions. Anything not listed
 * here, locale-dependent methods, and a call that throws end the evaluation with a Bail.
 */
import { bail, Bail } from './bail.ts';
import { isPlainData, isPrimitive, MAX_ARRAY_LENGTH, MAX_STRING_LENGTH, type Primitive } from './values.ts';

type HostFunction = (...args: unknown[]) => unknown;

/** Globals that are I/O, time or randomness: the reason a use of them bails. */
const IMPURE_GLOBALS: Readonly<Record<string, string>> = {
  console: 'I/O (console)', process: 'I/O (process)', Date: 'reads the clock (Date)', performance: 'reads the clock (performance)',
  setTimeout: 'schedules work (setTimeout)', setInterval: 'schedules work (setInterval)', queueMicrotask: 'schedules work (queueMicrotask)',
  globalThis: 'uses globalThis', fetch: 'I/O (fetch)',
};

/** Why using the global `name` (other than as listed below) bails. */
export function globalBailReason(name: string): string {
  return IMPURE_GLOBALS[name] ?? `uses global '${name}'`;
}



const MATH_FUNCTIONS = [
  'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp', 'expm1',
  'floor', 'fround', 'hypot', 'imul', 'log', 'log10', 'log1p', 'log2', 'max', 'min', 'pow', 'round', 'sign', 'sin', 'sinh',
  'sqrt', 'tan', 'tanh', 'trunc',
] as const;

function methodsOf(host: object, names: readonly string[]): ReadonlyMap<string, HostFunction> {
  return new Map(names.map((n) => [n, (host as Record<string, HostFunction>)[n]!]));
}

/** The global objects whose pure statics may be called, by name. */
const STATIC_HOSTS: ReadonlyMap<string, object> = new Map<string, object>([
  ['Math', Math], ['Number', Number], ['String', String], ['Object', Object], ['Array', Array], ['JSON', JSON],
]);

/** Pure global functions, by name. */
const GLOBAL_FUNCTIONS: ReadonlyMap<string, HostFunction> = methodsOf(globalThis, ['String', 'Number', 'Boolean', 'parseInt', 'parseFloat', 'isNaN', 'isFinite']);

/** Static methods by global object name (`Math.max`, `Number.isInteger`, `JSON.stringify`, ...). */
const STATIC_METHODS: ReadonlyMap<string, ReadonlyMap<string, HostFunction>> = new Map([
  ['Math', methodsOf(Math, MATH_FUNCTIONS)],
  ['Number', methodsOf(Number, ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt'])],
  ['String', methodsOf(String, ['fromCharCode', 'fromCodePoint'])],
  ['Object', methodsOf(Object, ['keys', 'values', 'entries', 'fromEntries', 'is'])],
  ['Array', methodsOf(Array, ['isArray', 'of'])],
  ['JSON', methodsOf(JSON, ['stringify', 'parse'])],
]);

/** Constant properties of global objects (`Math.PI`, `Number.MAX_SAFE_INTEGER`, ...). */
const STATIC_VALUES: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['Math', new Map(['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'].map((n) => [n, (Math as unknown as Record<string, number>)[n]!]))],
  ['Number', new Map(['EPSILON', 'MAX_SAFE_INTEGER', 'MAX_VALUE', 'MIN_SAFE_INTEGER', 'MIN_VALUE', 'NaN', 'NEGATIVE_INFINITY', 'POSITIVE_INFINITY']
    .map((n) => [n, (Number as unknown as Record<string, number>)[n]!]))],
]);

const STRING_METHODS = methodsOf(String.prototype, [
  'at', 'charAt', 'charCodeAt', 'codePointAt', 'concat', 'endsWith', 'includes', 'indexOf', 'isWellFormed', 'lastIndexOf',
  'normalize', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll', 'slice', 'split', 'startsWith', 'substr', 'substring',
  'toLowerCase', 'toString', 'toUpperCase', 'toWellFormed', 'trim', 'trimEnd', 'trimStart', 'valueOf',
]);
const NUMBER_METHODS = methodsOf(Number.prototype, ['toExponential', 'toFixed', 'toPrecision', 'toString', 'valueOf']);
const BOOLEAN_METHODS = methodsOf(Boolean.prototype, ['toString', 'valueOf']);

/** Bails unless every argument is a primitive or data (a function would run program code). */
function requireData(what: string, args: readonly unknown[]): void {
  for (const a of args) if (!isPrimitive(a) && !Array.isArray(a) && !isPlainData(a)) bail(`passes a function to ${what}`);
}

/** Bails when a result is larger than the evaluator's limits. */
export function checkSize(v: unknown): unknown {
  if (typeof v === 'string' && v.length > MAX_STRING_LENGTH) bail(`builds a string longer than ${MAX_STRING_LENGTH}`);
  if (Array.isArray(v) && v.length > MAX_ARRAY_LENGTH) bail(`builds an array longer than ${MAX_ARRAY_LENGTH}`);
  return v;
}

/**
 * Calls a host built-in; a Bail from a callback passes through, any other exception (the program
 * would throw at run time) bails with its error name.
 */
export function applyHost(what: string, fn: HostFunction, thisArg: unknown, args: readonly unknown[]): unknown {
  try {
    return checkSize(Reflect.apply(fn, thisArg, args));
  } catch (e) {
    if (e instanceof Bail) throw e;
    return bail(`${what} throws ${e instanceof Error ? e.name : 'a value'}`);
  }
}

/** True when `name(...)` is a pure global function this module can call. */
export function isGlobalFunction(name: string): boolean {
  return GLOBAL_FUNCTIONS.has(name);
}

/** `name(args)` for a pure global function (String, Number, parseInt, ...); undefined when `name` is not one. */
export function callGlobalFunction(name: string, args: readonly unknown[]): { value: unknown } | undefined {
  const fn = GLOBAL_FUNCTIONS.get(name);
  if (fn === undefined) return undefined;
  requireData(name, args);
  return { value: applyHost(name, fn, undefined, args) };
}

/** True when `object.name(...)` is a pure static method this module can call. */
export function isStaticMethod(object: string, name: string): boolean {
  return STATIC_METHODS.get(object)?.has(name) === true;
}

/** `object.name(args)` for a pure static method; Bail when it is not one (with the reason). */
export function callStaticMethod(object: string, name: string, args: readonly unknown[]): unknown {
  const fn = STATIC_METHODS.get(object)?.get(name);
  if (fn === undefined) return bail(object === 'Math' && name === 'random' ? 'Math.random' : object in IMPURE_GLOBALS ? globalBailReason(object) : `calls ${object}.${name}`);
  const what = `${object}.${name}`;
  requireData(what, args);
  if (object === 'JSON' && args.length > 1 && args[1] !== undefined && args[1] !== null) bail(`${what} with a replacer or reviver`);
  // JSON.parse makes "__proto__" an own property, which every later [[Set]] of it would misread.
  if (what === 'JSON.parse' && String(args[0]).includes('__proto__')) bail('JSON.parse of a __proto__ key');
  return applyHost(what, fn, STATIC_HOSTS.get(object), args);
}

/** `object.name` for a constant property of a global object (Math.PI); undefined when it is not one. */
export function staticValue(object: string, name: string): { value: number } | undefined {
  const v = STATIC_VALUES.get(object)?.get(name);
  return v === undefined ? undefined : { value: v };
}

/** Bails when `receiver.name(args)` would build a string over the limit before building it. */
function checkStringGrowth(receiver: string, name: string, args: readonly unknown[]): void {
  const n = (i: number) => Number(args[i]);
  if (name === 'repeat' && receiver.length * n(0) > MAX_STRING_LENGTH) bail(`builds a string longer than ${MAX_STRING_LENGTH}`);
  if ((name === 'padStart' || name === 'padEnd') && n(0) > MAX_STRING_LENGTH) bail(`builds a string longer than ${MAX_STRING_LENGTH}`);
}

/** The method table of a primitive receiver's type. */
function methodsFor(receiver: Primitive): ReadonlyMap<string, HostFunction> | undefined {
  switch (typeof receiver) {
    case 'string': return STRING_METHODS;
    case 'number': return NUMBER_METHODS;
    case 'boolean': return BOOLEAN_METHODS;
    default: return undefined;
  }
}

/** String methods whose cost does not grow with the receiver's length (the evaluator charges the others by it). */
const CONSTANT_TIME_STRING_METHODS = new Set(['at', 'charAt', 'charCodeAt', 'codePointAt']);

/** True when `receiver.name(...)` costs O(1) in the receiver's size. */
export function isConstantTimeMethod(receiver: Primitive, name: string): boolean {
  return typeof receiver !== 'string' || CONSTANT_TIME_STRING_METHODS.has(name);
}

/** `receiver.name(args)` on a primitive receiver (`"ab".padStart(4)`, `(255).toString(16)`); Bail when not pure or it throws. */
export function callPrimitiveMethod(receiver: Primitive, name: string, args: readonly unknown[]): unknown {
  if (receiver === null || receiver === undefined) return bail(`reads .${name} of ${receiver} (throws TypeError)`);
  const fn = methodsFor(receiver)?.get(name);
  if (fn === undefined) return bail(`calls ${typeof receiver}.${name}`);
  requireData(`.${name}`, args);
  if (typeof receiver === 'string') checkStringGrowth(receiver, name, args);
  return applyHost(`.${name}`, fn, receiver, args);
}
