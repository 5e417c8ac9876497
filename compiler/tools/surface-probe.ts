/**
 * Surface probe: compiled by tsn and run natively, it prints (one line of JSON on stdout) what the
 * runtime's global object defines, so the compiler can reject library features the runtime lacks.
 *
 * Output shape: { "globals": { [name]: { "statics": string[], "prototype"?: string[] } | null } }
 * — every own property name of globalThis; for a global whose value is an object or function, its own
 * property names ("statics") and, when it has an object-valued own `prototype`, that object's own
 * property names. Symbol-keyed properties appear as "@@name" for the well-known symbols
 * (Symbol.iterator -> "@@iterator"); other symbol keys are omitted. Globals holding primitives map
 * to null. Lists are sorted (code-unit order) so the output is deterministic.
 */
type Surface = { statics: string[]; prototype?: string[] };

/** Own keys of `target`: string keys, then well-known symbol keys as "@@name", sorted. */
function ownKeys(target: object): string[] {
  const keys = Object.getOwnPropertyNames(target);
  for (const symbol of Object.getOwnPropertySymbols(target)) {
    const description = symbol.description ?? '';
    if (description.startsWith('Symbol.')) keys.push('@@' + description.slice('Symbol.'.length));
  }
  return keys.sort();
}

function describe(value: unknown): Surface | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  const surface: Surface = { statics: ownKeys(value) };
  if (typeof value === 'function' && Object.getOwnPropertyNames(value).includes('prototype')) {
    const prototype: unknown = (value as { prototype: unknown }).prototype;
    if ((typeof prototype === 'object' || typeof prototype === 'function') && prototype !== null) surface.prototype = ownKeys(prototype);
  }
  return surface;
}

const globals: Record<string, Surface | null> = {};
const global = globalThis as unknown as Record<string, unknown>;
for (const name of Object.getOwnPropertyNames(globalThis).sort()) globals[name] = describe(global[name]);
console.log(JSON.stringify({ globals }));
