/**
 * The comptime fuzzer's model of a generated program: expression trees over numbers, strings,
 * booleans, null and undefined, built by `generate.ts`, printed as TypeScript by `render.ts`.
 * A tree says what is computed; `typing.ts` decides the casts and repairs that make the printed
 * text type-check under `strict`.
 */

/** Static type class of an expression, as the TypeScript checker sees it. `mixed`: a union of classes; `any`: typed any. */
export type Tag = 'number' | 'string' | 'boolean' | 'null' | 'undefined' | 'mixed' | 'any';

/** A parameter type of a generated helper function. */
export type ParamTag = 'number' | 'string' | 'boolean';

export const ARITHMETIC_OPS = ['-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>'] as const;
export const RELATIONAL_OPS = ['<', '<=', '>', '>='] as const;
export const EQUALITY_OPS = ['==', '!=', '===', '!=='] as const;
export type ArithmeticOp = (typeof ARITHMETIC_OPS)[number];
export type BinaryOp = ArithmeticOp | '+' | (typeof RELATIONAL_OPS)[number] | (typeof EQUALITY_OPS)[number];
export type UnaryOp = '-' | '+' | '~' | '!' | 'typeof' | 'void';
export type LogicalOp = '&&' | '||' | '??';

/** `Math.<name>` functions the generator calls, by arity (`min`/`max`/`hypot` take 0-3 arguments). */
export const MATH_UNARY = [
  'abs', 'ceil', 'floor', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'fround', 'clz32', 'exp', 'expm1', 'log', 'log1p',
  'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
] as const;
export const MATH_BINARY = ['atan2', 'pow', 'imul'] as const;
export const MATH_VARIADIC = ['min', 'max', 'hypot'] as const;
export type MathName = (typeof MATH_UNARY)[number] | (typeof MATH_BINARY)[number] | (typeof MATH_VARIADIC)[number];

/** Global conversion functions: `String(x)`, `Number(x)`, `Boolean(x)`; parseInt/parseFloat take a string. */
export type ConvertName = 'String' | 'Number' | 'Boolean' | 'parseInt' | 'parseFloat';

/**
 * String methods on a string receiver. `arg` kinds: `int` a small integer literal, possibly negative
 * (an index or a pad length), `count` a small non-negative one (`repeat` throws on a negative count),
 * `str` a string expression.
 */
export const STRING_METHODS = {
  charAt: ['int'], charCodeAt: ['int'], codePointAt: ['int'], at: ['int'], slice: ['int', 'int'], substring: ['int', 'int'],
  indexOf: ['str'], lastIndexOf: ['str'], includes: ['str'], startsWith: ['str'], endsWith: ['str'],
  toUpperCase: [], toLowerCase: [], trim: [], trimStart: [], trimEnd: [],
  padStart: ['int', 'str'], padEnd: ['int', 'str'], repeat: ['count'], concat: ['str'], replace: ['str', 'str'],
} as const satisfies Record<string, readonly ('int' | 'count' | 'str')[]>;
export type StringMethod = keyof typeof STRING_METHODS;

/** Number methods with a literal argument in a range where they never throw. */
export const NUMBER_METHODS = { toString: [2, 36], toFixed: [0, 20], toPrecision: [1, 21], toExponential: [0, 20] } as const;
export type NumberMethod = keyof typeof NUMBER_METHODS;

/** A generated expression tree. Leaves carry their literal source text so unusual spellings are fuzzed too. */
export type GenExpr =
  | { readonly kind: 'num'; readonly value: number; readonly text: string }
  | { readonly kind: 'str'; readonly value: string; readonly text: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'undefined' }
  /** A reference to a hoisted `const` holding `init`, declared `any` or with its own (inferred) type. */
  | { readonly kind: 'const'; readonly init: GenExpr; readonly declaredAny: boolean }
  /** A parameter of the enclosing generated helper (only inside helper bodies). */
  | { readonly kind: 'param'; readonly index: number; readonly tag: ParamTag }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly operand: GenExpr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: GenExpr; readonly right: GenExpr }
  | { readonly kind: 'logical'; readonly op: LogicalOp; readonly left: GenExpr; readonly right: GenExpr }
  | { readonly kind: 'cond'; readonly test: GenExpr; readonly then: GenExpr; readonly else: GenExpr }
  /** A template literal: `quasis.length === spans.length + 1`. */
  | { readonly kind: 'template'; readonly quasis: readonly string[]; readonly spans: readonly GenExpr[] }
  | { readonly kind: 'math'; readonly name: MathName; readonly args: readonly GenExpr[] }
  | { readonly kind: 'convert'; readonly name: ConvertName; readonly arg: GenExpr }
  | { readonly kind: 'length'; readonly receiver: GenExpr }
  | { readonly kind: 'strMethod'; readonly name: StringMethod; readonly receiver: GenExpr; readonly args: readonly GenExpr[] }
  | { readonly kind: 'numMethod'; readonly name: NumberMethod; readonly receiver: GenExpr; readonly arg: number | undefined }
  /** A call of a generated pure helper `function hN(a0: T0, ...) { return body; }` hoisted to the prelude. */
  | { readonly kind: 'call'; readonly params: readonly ParamTag[]; readonly body: GenExpr; readonly args: readonly GenExpr[] }
  /** A call of a fixed pure helper of `library.ts` (loops, recursion, string building). */
  | { readonly kind: 'lib'; readonly name: string; readonly args: readonly GenExpr[] };

/** One generated program: the expressions printed in order, one per line. */
export interface FuzzProgram {
  readonly exprs: readonly GenExpr[];
}
