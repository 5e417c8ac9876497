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

/**
 * Global functions of one argument: the argument's parameter type (`any`: every class is accepted)
 * and the class of the result.
 */
export const GLOBAL_FUNCTIONS = {
  String: ['any', 'string'], Number: ['any', 'number'], Boolean: ['any', 'boolean'], parseInt: ['string', 'number'],
  parseFloat: ['string', 'number'], isNaN: ['number', 'boolean'], isFinite: ['number', 'boolean'], 'Number.isInteger': ['any', 'boolean'],
  'Number.isSafeInteger': ['any', 'boolean'], 'Number.isNaN': ['any', 'boolean'], 'String.fromCharCode': ['number', 'string'],
} as const satisfies Record<string, readonly ['any' | 'number' | 'string', 'number' | 'string' | 'boolean']>;
export type ConvertName = keyof typeof GLOBAL_FUNCTIONS;

/**
 * String methods on a string receiver: argument kinds and result class. `int` is a small integer
 * literal, possibly negative (an index or a pad length), `count` a small non-negative one (`repeat`
 * throws on a negative count), `str` a string expression. `mixed`: string or undefined (`at`), number
 * or undefined (`codePointAt`).
 */
export const STRING_METHODS = {
  charAt: [['int'], 'string'], charCodeAt: [['int'], 'number'], codePointAt: [['int'], 'mixed'], at: [['int'], 'mixed'],
  slice: [['int', 'int'], 'string'], substring: [['int', 'int'], 'string'], indexOf: [['str'], 'number'], lastIndexOf: [['str'], 'number'],
  includes: [['str'], 'boolean'], startsWith: [['str'], 'boolean'], endsWith: [['str'], 'boolean'], toUpperCase: [[], 'string'],
  toLowerCase: [[], 'string'], trim: [[], 'string'], trimStart: [[], 'string'], trimEnd: [[], 'string'], padStart: [['int', 'str'], 'string'],
  padEnd: [['int', 'str'], 'string'], repeat: [['count'], 'string'], concat: [['str'], 'string'], replace: [['str', 'str'], 'string'],
} as const satisfies Record<string, readonly [readonly ('int' | 'count' | 'str')[], 'number' | 'string' | 'boolean' | 'mixed']>;
export type StringMethod = keyof typeof STRING_METHODS;

/**
 * Methods (and `length`) of an array literal of generated elements: argument kind and result class.
 * `any`: an expression of any class, cast to any (the literal's element type may not admit it); `int`
 * a small integer literal (`at` accepts negative indices); `at` yields an element or undefined.
 */
export const ARRAY_METHODS = {
  length: [[], 'number'], join: [['str'], 'string'], indexOf: [['any'], 'number'], lastIndexOf: [['any'], 'number'],
  includes: [['any'], 'boolean'], at: [['int'], 'mixed'],
} as const satisfies Record<string, readonly [readonly ('any' | 'int' | 'str')[], 'number' | 'string' | 'boolean' | 'mixed']>;
export type ArrayMethod = keyof typeof ARRAY_METHODS;

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
  /** `[e0, e1, ...].name(args)`, or `[...].length`: the folder folds methods of constant array literals. */
  | { readonly kind: 'arrayMethod'; readonly name: ArrayMethod; readonly elements: readonly GenExpr[]; readonly args: readonly GenExpr[] }
  /**
   * A call of a generated pure helper hoisted to the prelude: `function hN(a0: T0, ...) { return body; }`,
   * or with `loop`, `{ let aN: T = body; for (let aM = 0; aM < count; aM++) { aN = step; } return aN; }`
   * where `step` sees the accumulator aN (parameter index n) and the counter aM (index n + 1).
   */
  | { readonly kind: 'call'; readonly params: readonly ParamTag[]; readonly body: GenExpr; readonly loop: HelperLoop | undefined; readonly args: readonly GenExpr[] }
  /** A call of a fixed pure helper of `library.ts` (loops, recursion, string building). */
  | { readonly kind: 'lib'; readonly name: string; readonly args: readonly GenExpr[] };

/** The loop of a generated helper: how often `step` replaces the accumulator. */
export interface HelperLoop {
  readonly count: number;
  readonly step: GenExpr;
}

/** One generated program: the expressions printed in order, one per line. */
export interface FuzzProgram {
  readonly exprs: readonly GenExpr[];
}
