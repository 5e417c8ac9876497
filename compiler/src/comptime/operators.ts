/**
 * JavaScript's unary and binary operators (ECMA-262 13.5, 13.6-13.12, 13.15.3) on comptime values,
 * computed by the host operators of the compiler's engine (the pinned Node, the reference), so every
 * corner case (-0, NaN, ToInt32, `%` signs, `**`, mixed-type comparison and loose equality) is the
 * run-time result. Operands are primitives or data (arrays and plain objects: their ToPrimitive goes
 * through the built-in valueOf/toString/join); callers rule out functions. `in` on a primitive throws
 * a host TypeError (the program would throw); `instanceof` is not evaluated (undefined result).
 */
import type { BinaryOp, UnaryOp } from '../ir/hir.ts';

/** `a op b`, or undefined for `instanceof` (never folded). Throws what the host operator throws. */
export function binaryOperator(op: BinaryOp, a: unknown, b: unknown): { value: unknown } | undefined {
  const x = a as never;
  const y = b as never;
  switch (op) {
    case '+': return { value: (a as number) + (b as number) };
    case '-': return { value: x - y };
    case '*': return { value: x * y };
    case '/': return { value: x / y };
    case '%': return { value: x % y };
    case '**': return { value: (x as number) ** (y as number) };
    case '&': return { value: x & y };
    case '|': return { value: x | y };
    case '^': return { value: x ^ y };
    case '<<': return { value: x << y };
    case '>>': return { value: x >> y };
    case '>>>': return { value: x >>> y };
    case '==': return { value: a == b };
    case '!=': return { value: a != b };
    case '===': return { value: a === b };
    case '!==': return { value: a !== b };
    case '<': return { value: x < y };
    case '<=': return { value: x <= y };
    case '>': return { value: x > y };
    case '>=': return { value: x >= y };
    case 'in': return { value: (a as string) in (b as object) };
    case 'instanceof': return undefined;
  }
}

/** `op a` (typeof of a data value is "object"; callers handle functions). Throws what the host operator throws. */
export function unaryOperator(op: UnaryOp, a: unknown): unknown {
  switch (op) {
    case '-': return -(a as number);
    case '+': return +(a as number);
    case '!': return !a;
    case '~': return ~(a as number);
    case 'typeof': return typeof a;
    case 'void': return undefined;
  }
}
