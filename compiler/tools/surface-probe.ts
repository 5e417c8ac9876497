/**
 * The runtime-surface probe: compiled by tsn and run natively, it prints on stdout, as one line of
 * JSON, what the runtime's global object defines (compiler/tools/gen-runtime-surface.ts turns it into
 * compiler/src/frontend/runtime-surface.json). Shape:
 *   { "globals": { [name]: { "statics": string[], "prototype"?: string[], "instance"?: string[] } | null } }
 * - every own property name of globalThis; null for a global holding a primitive (NaN, undefined);
 * - "statics": the value's own property keys (for a function, also those inherited from prototypes
 *   below Function.prototype); "prototype": the keys of its `prototype` property and of that
 *   object's prototypes below Object.prototype, when it is an object; "instance": the own keys of a fresh instance, for the globals whose
 *   instances carry own properties the TypeScript library declares on the interface (Error's stack,
 *   AggregateError's errors, a function's prototype).
 * Well-known-symbol keys appear as "@@name" (Symbol.iterator -> "@@iterator"); other symbol keys are
 * left out. Order is whatever the runtime enumerates: the generator sorts.
 */
interface Surface {
  statics: string[];
  prototype?: string[];
  instance?: string[];
}

/** Sample instances, made with the runtime's own constructors. */
const instances: Record<string, object> = {
  Error: new Error('message', { cause: 0 }),
  AggregateError: new AggregateError([], 'message', { cause: 0 }),
  RegExp: new RegExp(''),
  Function: function () {},
};

/** Own keys of `target`: string keys and well-known symbol keys as "@@name". */
function ownKeys(target: object): string[] {
  const keys = Object.getOwnPropertyNames(target);
  for (const symbol of Object.getOwnPropertySymbols(target)) {
    const description = symbol.description ?? '';
    if (description.startsWith('Symbol.')) keys.push('@@' + description.slice('Symbol.'.length));
  }
  return keys;
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/**
 * Keys of `target` and of its prototypes up to (not including) `stop`: the TypeScript library declares
 * inherited builtins on the inheriting interface (Uint8Array's `map` lives on %TypedArray%.prototype,
 * `Uint8Array.from` on %TypedArray%).
 */
function chainKeys(target: object, stop: object): string[] {
  const keys = new Set<string>(ownKeys(target));
  for (let o = Object.getPrototypeOf(target) as object | null; o !== null && o !== stop; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of ownKeys(o)) keys.add(key);
  }
  return [...keys];
}

function describe(name: string, value: unknown): Surface | null {
  if (!isObject(value)) return null;
  const surface: Surface = { statics: typeof value === 'function' ? chainKeys(value, Function.prototype) : ownKeys(value) };
  if (Object.hasOwn(value, 'prototype')) {
    const prototype: unknown = (value as { prototype: unknown }).prototype;
    if (isObject(prototype)) surface.prototype = chainKeys(prototype, Object.prototype);
  }
  if (Object.hasOwn(instances, name)) surface.instance = ownKeys(instances[name]!);
  return surface;
}

const global = globalThis as unknown as Record<string, unknown>;
const globals: Record<string, Surface | null> = {};
for (const name of Object.getOwnPropertyNames(globalThis)) globals[name] = describe(name, global[name]);
console.log(JSON.stringify({ globals }));
