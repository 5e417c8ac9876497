/**
 * The comptime value domain and its way back into HIR. A comptime value is what the compiler's own
 * JavaScript engine (the pinned Node, the same engine as the reference) holds while folding:
 * - a primitive: number, string, boolean, null or undefined;
 * - data: a host array or plain object created during one comptime evaluation (so fresh: nothing
 *   outside the evaluation can observe it), holding data or primitives, never functions;
 * - a closure (see env.ts), which never leaves an evaluation.
 * `showValue` prints a value as JS source text (the fold report); `valueToHir` turns a primitive or
 * data value into HIR literals that recreate it exactly (-0, NaN, lone surrogates, holes, key order),
 * or says why it cannot.
 */
import type { Arg, Expr, ObjectProp, SourcePos } from '../ir/hir.ts';
import { CtClosure } from './env.ts';

export type Primitive = number | string | boolean | null | undefined;

/** Longest string the evaluator builds (UTF-16 code units); longer means "bail", not a 1 GB string. */
export const MAX_STRING_LENGTH = 1 << 20;
/** Longest array the evaluator builds (and largest `length` it sets). */
export const MAX_ARRAY_LENGTH = 1 << 20;
/** Most values (array elements, properties, primitives) one folded result may emit as static data. */
export const MAX_EMITTED_VALUES = 1 << 16;
/** Longest string one folded result may emit (the C literal table holds it). */
export const MAX_EMITTED_STRING = 1 << 16;
/** Deepest nesting of arrays/objects one folded result may emit (compiler passes recurse over it). */
export const MAX_EMITTED_DEPTH = 64;

/** True for number, string, boolean, null and undefined. */
export function isPrimitive(v: unknown): v is Primitive {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

/** A primitive as JS source text: strings JSON-quoted (lone surrogates escaped), `-0`, `NaN`, `undefined`. */
export function showPrimitive(v: Primitive): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/**
 * A primitive or data value as JS source text that evaluates to an equal value: arrays as `[1,,-0]`
 * (holes kept), plain objects as `{"k":v}` in property order. Other objects print as `<function>`.
 */
export function showValue(v: unknown): string {
  if (isPrimitive(v)) return showPrimitive(v);
  if (Array.isArray(v)) {
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) parts.push(Object.hasOwn(v, i) ? showValue(v[i]) : '');
    // A trailing hole needs its own comma: [1,,] has length 2.
    return `[${parts.join(',')}${v.length > 0 && !Object.hasOwn(v, v.length - 1) ? ',' : ''}]`;
  }
  if (isPlainData(v)) return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${showValue((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return '<function>';
}

/** True for a plain object (prototype Object.prototype) that is not an array. */
export function isPlainData(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** A primitive as a HIR literal; numbers and strings keep `pos`. */
export function primitiveToHir(value: Primitive, pos?: SourcePos): Expr {
  switch (typeof value) {
    case 'number': return { kind: 'number', value, pos };
    case 'string': return { kind: 'string', value, pos };
    case 'boolean': return { kind: 'boolean', value };
    default: return value === null ? { kind: 'null' } : { kind: 'undefined' };
  }
}

/** Why a value cannot be emitted as static data. */
export class NotEmittable extends Error {}

/**
 * HIR that recreates `value` (a primitive, or fresh data from one evaluation) each time it is
 * evaluated: literals, and `array`/`object` literals of literals. Errors: NotEmittable when the value
 * holds a function, an array with extra properties, an object shared twice (emitting two copies would
 * break identity) or cyclic, a `__proto__` key, or exceeds MAX_EMITTED_VALUES / MAX_EMITTED_STRING /
 * MAX_EMITTED_DEPTH.
 */
export function valueToHir(value: unknown, pos?: SourcePos): Expr {
  const seen = new Set<object>();
  let budget = MAX_EMITTED_VALUES;
  const convert = (v: unknown, p?: SourcePos, depth = 0): Expr => {
    if (--budget < 0) throw new NotEmittable(`result too large (more than ${MAX_EMITTED_VALUES} values)`);
    if (depth > MAX_EMITTED_DEPTH) throw new NotEmittable(`result nested deeper than ${MAX_EMITTED_DEPTH}`);
    if (isPrimitive(v)) {
      if (typeof v === 'string' && v.length > MAX_EMITTED_STRING) throw new NotEmittable(`result string too long (${v.length} code units)`);
      return primitiveToHir(v, p);
    }
    if (seen.has(v as object)) throw new NotEmittable('result shares an object between two places');
    seen.add(v as object);
    if (Array.isArray(v)) {
      if (Object.getOwnPropertyNames(v).length !== Object.keys(v).length + 1) throw new NotEmittable('result array has non-index properties');
      const elements: (Arg | null)[] = [];
      for (let i = 0; i < v.length; i++) elements.push(Object.hasOwn(v, i) ? { spread: false, expr: convert(v[i], undefined, depth + 1) } : null);
      if (Object.keys(v).length !== elements.filter((e) => e !== null).length) throw new NotEmittable('result array has non-index properties');
      return { kind: 'array', elements };
    }
    if (isPlainData(v)) {
      const props: ObjectProp[] = Object.keys(v).map((k) => {
        if (k === '__proto__') throw new NotEmittable('result object has a __proto__ key');
        return { kind: 'init', key: { kind: 'string', value: k }, value: convert(v[k], undefined, depth + 1) };
      });
      if (Object.getOwnPropertyNames(v).length !== props.length) throw new NotEmittable('result object has non-enumerable properties');
      return { kind: 'object', props };
    }
    throw new NotEmittable(v instanceof CtClosure ? 'result holds a function' : 'result holds an object that is not an array or plain object');
  };
  return convert(value, pos);
}
