/**
 * fast-check arbitraries for comptime fuzz programs: `fc.letrec` expression trees per type class
 * (numbers, strings, booleans, and `any`, which mixes every class, null and undefined included) over
 * the nasty leaves of `values.ts`; operators with mixed-type operands (`"10" < 9`, `null == 0`,
 * `true + 1`) go through `as any` casts, which are erased, so the folder still sees constants. Trees
 * also call `Math.*`, conversions, string and number methods, methods of array literals, fixed pure
 * helpers (`library.ts`) and generated pure helper functions with constant arguments, so the comptime
 * evaluator is fuzzed too.
 */
import fc from 'fast-check';
import { LIBRARY, LIBRARY_NAMES } from './library.ts';
import { ListArbitrary } from './list-arbitrary.ts';
import {
  ARITHMETIC_OPS, ARRAY_METHODS, EQUALITY_OPS, GLOBAL_FUNCTIONS, MATH_BINARY, MATH_UNARY, MATH_VARIADIC, NUMBER_METHODS, RELATIONAL_OPS, STRING_METHODS,
  type ArrayMethod, type ConvertName, type FuzzProgram, type GenExpr, type NumberMethod, type ParamTag, type StringMethod,
} from './model.ts';
import { parsesAsTypeScript } from './syntax.ts';
import { numberLeaf, smallIntLeaf, stringLeaf, templateChunk } from './values.ts';

/** Shape limits of generated programs. */
export interface GenerateOptions {
  /** Maximum depth of an expression tree (a leaf has depth 0). */
  readonly maxDepth: number;
  /** Mean number of expressions per program: lengths are uniform in 0..2K-1. */
  readonly exprsPerProgram: number;
}

/** The four mutually recursive expression arbitraries. */
interface ExprArbitraries {
  readonly number: fc.Arbitrary<GenExpr>;
  readonly string: fc.Arbitrary<GenExpr>;
  readonly boolean: fc.Arbitrary<GenExpr>;
  readonly any: fc.Arbitrary<GenExpr>;
}

type Letrec = { number: GenExpr; string: GenExpr; boolean: GenExpr; any: GenExpr };

const PARAM_TAGS: readonly ParamTag[] = ['number', 'string', 'boolean'];

function unary(op: Extract<GenExpr, { kind: 'unary' }>['op'], operand: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return operand.map((o): GenExpr => ({ kind: 'unary', op, operand: o }));
}

function binary(ops: readonly Extract<GenExpr, { kind: 'binary' }>['op'][], left: fc.Arbitrary<GenExpr>, right: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return fc.tuple(fc.constantFrom(...ops), left, right).map(([op, l, r]): GenExpr => ({ kind: 'binary', op, left: l, right: r }));
}

function logical(ops: readonly ('&&' | '||' | '??')[], left: fc.Arbitrary<GenExpr>, right: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return fc.tuple(fc.constantFrom(...ops), left, right).map(([op, l, r]): GenExpr => ({ kind: 'logical', op, left: l, right: r }));
}

function cond(test: fc.Arbitrary<GenExpr>, branch: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return fc.tuple(test, branch, branch).map(([t, a, b]): GenExpr => ({ kind: 'cond', test: t, then: a, else: b }));
}

/** `x ?? y` where x is sometimes null/undefined (`b ? null : v`, after repair) and y is of the same class. */
function nullish(test: fc.Arbitrary<GenExpr>, value: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  const absent = fc.constantFrom<GenExpr>({ kind: 'null' }, { kind: 'undefined' });
  return fc.tuple(test, absent, value, value, fc.boolean()).map(([t, n, v, y, swap]): GenExpr => ({
    kind: 'logical', op: '??', left: { kind: 'cond', test: t, then: swap ? v : n, else: swap ? n : v }, right: y,
  }));
}

/** A template literal with 1-3 substitutions. */
function template(span: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return fc.tuple(templateChunk(), fc.array(fc.tuple(span, templateChunk()), { minLength: 1, maxLength: 3 }))
    .map(([head, rest]): GenExpr => ({ kind: 'template', quasis: [head, ...rest.map(([, q]) => q)], spans: rest.map(([e]) => e) }));
}

function constRef(init: fc.Arbitrary<GenExpr>): fc.Arbitrary<GenExpr> {
  return fc.tuple(init, fc.boolean()).map(([i, declaredAny]): GenExpr => ({ kind: 'const', init: i, declaredAny }));
}

function libCalls(result: 'number' | 'string', arbs: ExprArbitraries): fc.Arbitrary<GenExpr>[] {
  return LIBRARY_NAMES.filter((n) => LIBRARY[n]!.result === result).map((name) =>
    fc.tuple(...LIBRARY[name]!.params.map((p) => arbs[p])).map((args): GenExpr => ({ kind: 'lib', name, args })));
}

/** A string method call whose result is of class `result`. */
function stringMethod(result: 'number' | 'string' | 'boolean' | 'mixed', arbs: ExprArbitraries): fc.Arbitrary<GenExpr> {
  const names = (Object.keys(STRING_METHODS) as StringMethod[]).filter((n) => STRING_METHODS[n][1] === result);
  return fc.constantFrom(...names).chain((name) =>
    fc.tuple(arbs.string, fc.tuple(...STRING_METHODS[name][0].map((k) => (k === 'int' ? smallIntLeaf(-3, 12) : k === 'count' ? smallIntLeaf(0, 4) : arbs.string))))
      .map(([receiver, args]): GenExpr => ({ kind: 'strMethod', name, receiver, args })));
}

/**
 * A method (or `length`) of an array literal of 0-4 elements of any class, with a result of class
 * `result`. A method taking an element (`indexOf`...) gets at least one: `[]` is a `never[]`, whose
 * methods accept no argument, not even one cast to any.
 */
function arrayMethod(result: 'number' | 'string' | 'boolean' | 'mixed', arbs: ExprArbitraries): fc.Arbitrary<GenExpr> {
  const names = (Object.keys(ARRAY_METHODS) as ArrayMethod[]).filter((n) => ARRAY_METHODS[n][1] === result);
  return fc.constantFrom(...names).chain((name) => {
    const kinds: readonly ('any' | 'int' | 'str')[] = ARRAY_METHODS[name][0];
    const elements = fc.array(arbs.any, { minLength: kinds.includes('any') ? 1 : 0, maxLength: 4 });
    return fc.tuple(elements, fc.tuple(...kinds.map((k) => (k === 'int' ? smallIntLeaf(-5, 5) : k === 'str' ? arbs.string : arbs.any))))
      .map(([items, args]): GenExpr => ({ kind: 'arrayMethod', name, elements: items, args }));
  });
}

function numberMethod(arbs: ExprArbitraries): fc.Arbitrary<GenExpr> {
  const names = Object.keys(NUMBER_METHODS) as NumberMethod[];
  return fc.constantFrom(...names).chain((name) => {
    const [min, max] = NUMBER_METHODS[name];
    const arg = name === 'toString' ? fc.option(fc.integer({ min, max }), { nil: undefined }) : fc.integer({ min, max });
    return fc.tuple(arbs.number, arg).map(([receiver, a]): GenExpr => ({ kind: 'numMethod', name, receiver, arg: a }));
  });
}

/** A call of a global function of `GLOBAL_FUNCTIONS` whose result is of class `result`. */
function globalCall(result: 'number' | 'string' | 'boolean', arbs: ExprArbitraries): fc.Arbitrary<GenExpr> {
  const names = (Object.keys(GLOBAL_FUNCTIONS) as ConvertName[]).filter((n) => GLOBAL_FUNCTIONS[n][1] === result);
  return fc.constantFrom(...names).chain((name) => {
    const param = GLOBAL_FUNCTIONS[name][0];
    const arg = param === 'any' ? arbs.any : fc.oneof({ arbitrary: arbs[param], weight: 3 }, { arbitrary: arbs.any, weight: 1 });
    return arg.map((a): GenExpr => ({ kind: 'convert', name, arg: a }));
  });
}

function mathCall(arbs: ExprArbitraries): fc.Arbitrary<GenExpr> {
  const arg = fc.oneof({ arbitrary: arbs.number, weight: 4 }, { arbitrary: arbs.any, weight: 1 });
  return fc.oneof(
    fc.tuple(fc.constantFrom(...MATH_UNARY), arg).map(([name, a]): GenExpr => ({ kind: 'math', name, args: [a] })),
    fc.tuple(fc.constantFrom(...MATH_BINARY), arg, arg).map(([name, a, b]): GenExpr => ({ kind: 'math', name, args: [a, b] })),
    fc.tuple(fc.constantFrom(...MATH_VARIADIC), fc.array(arg, { maxLength: 3 })).map(([name, args]): GenExpr => ({ kind: 'math', name, args })),
  );
}

const bodyCache = new Map<string, ExprArbitraries>();

/** Arbitraries for the body of a generated helper with parameters `params` (no calls inside: bounded size). */
function bodyArbitraries(params: readonly ParamTag[], maxDepth: number): ExprArbitraries {
  const key = `${params.join(',')}/${maxDepth}`;
  let arbs = bodyCache.get(key);
  if (arbs === undefined) {
    arbs = exprArbitraries(params, Math.min(maxDepth, 3), false);
    bodyCache.set(key, arbs);
  }
  return arbs;
}

/** A call of a fresh generated helper whose result is of class `result`, with a loop half of the time. */
function helperCall(result: ParamTag, outer: ExprArbitraries, maxDepth: number): fc.Arbitrary<GenExpr> {
  return fc.array(fc.constantFrom(...PARAM_TAGS), { maxLength: 3 }).chain((params) => {
    const step = bodyArbitraries([...params, result, 'number'], maxDepth)[result];
    const loop = fc.option(fc.record({ count: fc.integer({ min: 0, max: 6 }), step }), { nil: undefined });
    return fc.tuple(bodyArbitraries(params, maxDepth)[result], loop, fc.tuple(...params.map((p) => outer[p])))
      .map(([body, l, args]): GenExpr => ({ kind: 'call', params, body, loop: l, args }));
  });
}

/**
 * The expression arbitraries. `params`: parameter classes visible as leaves (a helper body);
 * `calls`: whether helper calls may appear (not inside helper bodies).
 */
function exprArbitraries(params: readonly ParamTag[], maxDepth: number, calls: boolean): ExprArbitraries {
  const paramLeaves = (tag: ParamTag): fc.Arbitrary<GenExpr>[] =>
    params.flatMap((p, index) => (p === tag ? [fc.constant<GenExpr>({ kind: 'param', index, tag })] : []));
  const depth = { maxDepth, depthSize: 'small' as const, withCrossShrink: true, depthIdentifier: fc.createDepthIdentifier() };
  const boolLeaf = fc.boolean().map((value): GenExpr => ({ kind: 'bool', value }));
  const nullishLeaf = fc.constantFrom<GenExpr>({ kind: 'null' }, { kind: 'undefined' });
  const built = fc.letrec<Letrec>((tie) => {
    const arbs: ExprArbitraries = { number: tie('number'), string: tie('string'), boolean: tie('boolean'), any: tie('any') };
    const { number, string, boolean, any } = arbs;
    const w = (arbitrary: fc.Arbitrary<GenExpr>, weight: number) => ({ arbitrary, weight });
    const helper = (result: ParamTag) => (calls ? [w(helperCall(result, arbs, maxDepth), 1)] : []);
    return {
      number: fc.oneof(depth,
        w(numberLeaf(), 6), ...paramLeaves('number').map((a) => w(a, 3)), w(constRef(numberLeaf()), 1),
        w(binary([...ARITHMETIC_OPS, '+'], number, number), 12), w(binary(ARITHMETIC_OPS, any, any), 3),
        w(fc.tuple(fc.constantFrom('-', '+', '~') as fc.Arbitrary<'-' | '+' | '~'>, fc.oneof(number, any)).map(([op, o]): GenExpr => ({ kind: 'unary', op, operand: o })), 3),
        w(cond(boolean, number), 2), w(logical(['&&', '||'], number, number), 1), w(nullish(boolean, number), 1),
        w(mathCall(arbs), 3), w(globalCall('number', arbs), 2),
        w(string.map((receiver): GenExpr => ({ kind: 'length', receiver })), 1), w(stringMethod('number', arbs), 1), w(arrayMethod('number', arbs), 1),
        ...(calls ? libCalls('number', arbs).map((a) => w(a, 1)) : []), ...helper('number'),
      ),
      string: fc.oneof(depth,
        w(stringLeaf(), 6), ...paramLeaves('string').map((a) => w(a, 3)), w(constRef(stringLeaf()), 1),
        w(binary(['+'], string, fc.oneof(string, any)), 6), w(binary(['+'], any, string), 3),
        w(template(any), 4),
        w(unary('typeof', any), 2), w(cond(boolean, string), 2), w(logical(['&&', '||'], string, string), 1), w(nullish(boolean, string), 1),
        w(globalCall('string', arbs), 2),
        w(stringMethod('string', arbs), 3), w(numberMethod(arbs), 2), w(arrayMethod('string', arbs), 1),
        ...(calls ? libCalls('string', arbs).map((a) => w(a, 1)) : []), ...helper('string'),
      ),
      boolean: fc.oneof(depth,
        w(boolLeaf, 3), ...paramLeaves('boolean').map((a) => w(a, 3)), w(constRef(boolLeaf), 1),
        w(binary(RELATIONAL_OPS, number, number), 4), w(binary(RELATIONAL_OPS, string, string), 2), w(binary(RELATIONAL_OPS, any, any), 4),
        w(binary(EQUALITY_OPS, any, any), 6), w(binary(EQUALITY_OPS, number, number), 2),
        w(unary('!', any), 3), w(cond(boolean, boolean), 1), w(logical(['&&', '||'], boolean, boolean), 2),
        w(globalCall('boolean', arbs), 2), w(stringMethod('boolean', arbs), 1), w(arrayMethod('boolean', arbs), 1), ...helper('boolean'),
      ),
      any: fc.oneof(depth,
        w(nullishLeaf, 2), w(numberLeaf(), 2), w(stringLeaf(), 2), w(boolLeaf, 1), w(constRef(fc.oneof(numberLeaf(), stringLeaf(), boolLeaf, nullishLeaf)), 2),
        w(number, 4), w(string, 3), w(boolean, 2), w(binary(['+'], any, any), 3), w(unary('void', any), 1), w(unary('+', any), 1),
        w(cond(boolean, any), 1), w(logical(['&&', '||'], any, any), 2), w(nullish(boolean, any), 1), w(stringMethod('mixed', arbs), 1), w(arrayMethod('mixed', arbs), 1),
      ),
    };
  });
  return built;
}

/**
 * Arbitrary of whole programs: `~exprsPerProgram` expressions of any class, each printed on its own
 * line; expressions TypeScript's parser misreads (syntax.ts) are never generated.
 */
export function programArbitrary(options: GenerateOptions): fc.Arbitrary<FuzzProgram> {
  const arbs = exprArbitraries([], options.maxDepth, true);
  const top = fc.oneof({ arbitrary: arbs.any, weight: 3 }, { arbitrary: arbs.number, weight: 3 }, { arbitrary: arbs.string, weight: 2 }, { arbitrary: arbs.boolean, weight: 2 })
    .filter(parsesAsTypeScript);
  return new ListArbitrary(top, Math.max(1, 2 * options.exprsPerProgram - 1))
    .map((exprs): FuzzProgram => ({ exprs }));
}
