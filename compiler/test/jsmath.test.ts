/**
 * Differential test of the C runtime's Math functions (compiler/runtime/jsmath.c)
 * against the pinned Node 24: for every function, ~3000 argument lists from
 * fast-check with a fixed seed (full-range doubles, function-specific ranges,
 * values near branch points and multiples of pi/2, huge and subnormal values,
 * NaN payloads, exact edge cases) go in one batch through a C driver built with
 * `cc -O2 -ffp-contract=off` and through one Node process; the results must
 * agree bit for bit (all NaNs count as equal, -0 and +0 do not).
 * It also counts where the C library's closest function would have disagreed
 * with V8 and prints that table after the run.
 */
import { strict as assert } from 'node:assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REFERENCE_NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
const C_SOURCES = [
  path.join(REPO_ROOT, 'compiler', 'test', 'support', 'jsmath-driver.c'),
  path.join(REPO_ROOT, 'compiler', 'runtime', 'jsmath.c'),
];
const SEED = 20240917;
const CALLS_PER_FUNCTION = 3000;
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Runs in the pinned Node: argv[1] names a Math function (or "exponentiate",
 * the ** operator); stdin holds one call per line as space-separated 16-hex-digit
 * bit patterns; prints the bit pattern of each result, one per line.
 */
const REFERENCE_SCRIPT = `
const name = process.argv[1];
const fn = name === 'exponentiate' ? (a, b) => a ** b : Math[name];
if (typeof fn !== 'function') { console.error('unknown function ' + name); process.exit(2); }
const view = new DataView(new ArrayBuffer(8));
const lines = require('node:fs').readFileSync(0, 'utf8').split('\\n');
lines.pop();
const out = [];
for (const line of lines) {
  const args = line === '' ? [] : line.split(' ').map((h) => { view.setBigUint64(0, BigInt('0x' + h)); return view.getFloat64(0); });
  view.setFloat64(0, fn(...args));
  out.push(view.getBigUint64(0).toString(16).padStart(16, '0'));
}
process.stdout.write(out.join('\\n') + '\\n');
`;

/** One call: the bit patterns of its arguments, 16 lowercase hex digits each. */
type Call = readonly string[];

const view = new DataView(new ArrayBuffer(8));

/** The binary64 bit pattern of x as 16 hex digits (NaN as V8 writes it). */
function toHex(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

function fromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** Every NaN pattern maps to "NaN"; anything else is unchanged. */
function canonical(hex: string): string {
  const bits = BigInt('0x' + hex);
  const isNaN = ((bits >> 52n) & 0x7ffn) === 0x7ffn && (bits & 0xfffffffffffffn) !== 0n;
  return isNaN ? 'NaN' : hex;
}

/** x moved by `ulps` steps through the doubles (sign preserved; 0 moves into the subnormals). */
function nudge(x: number, ulps: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return ulps >= 0 ? fromBits(BigInt(ulps)) : -fromBits(BigInt(-ulps));
  view.setFloat64(0, x);
  const moved = fromBits(view.getBigUint64(0) + BigInt(ulps));
  return Number.isFinite(moved) ? moved : x;
}

// ---- distributions ----

/** Every double: all exponents equally likely, plus NaN, +-Infinity, -0. */
const full = fc.double();
/** Doubles in [min, max] spread evenly over bit patterns (log-like in magnitude). */
const logRange = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true });
/** Uniform in [0, 1) with all 53 bits random. */
const unit = fc.tuple(fc.nat(2 ** 26 - 1), fc.nat(2 ** 27 - 1)).map(([hi, lo]) => (hi * 2 ** 27 + lo) / 2 ** 53);
/** Linearly uniform in [min, max). */
const uniform = (min: number, max: number): fc.Arbitrary<number> => unit.map((u) => min + (max - min) * u);
const subnormal = logRange(-MIN_NORMAL, MIN_NORMAL);
/** One of `centers`, moved by up to `ulps` ulps. */
const near = (centers: number[], ulps = 3): fc.Arbitrary<number> =>
  fc.tuple(fc.constantFrom(...centers), fc.integer({ min: -ulps, max: ulps })).map(([c, k]) => nudge(c, k));
/** k * step for integer k in [kMin, kMax], moved by up to `ulps` ulps. */
const nearMultiples = (step: number, kMin: number, kMax: number, ulps: number): fc.Arbitrary<number> =>
  fc
    .tuple(fc.integer({ min: kMin, max: kMax }), fc.integer({ min: -ulps, max: ulps }))
    .map(([k, u]) => nudge(k * step, u));
const signed = (arb: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.tuple(arb, fc.boolean()).map(([x, negative]) => (negative ? -x : x));

const EDGES: number[] = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 1.5, -1.5, 3, -3, 10, -10, 0.1, 100,
  Math.PI, -Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, -Math.PI / 4, 3 * Math.PI / 4, Math.E,
  Math.LN2, Math.SQRT2, Math.SQRT1_2, 22, -22, 709.782712893384, -745.1332191019411,
  710.4758600739439, -710.4758600739439, 709.7822265625, 1e-300, -1e-300, 1e300, -1e300, 1e22, -1e22,
  Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, MIN_NORMAL, -MIN_NORMAL,
  2 ** -28, 2 ** -27, 2 ** -54, -(2 ** -54), 2 ** 28, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 2 ** 31, -(2 ** 31),
  2 ** 32, 2 ** 32 - 1, -(2 ** 32), 4294967295.5, -4294967296.5, 0.49999999999999994,
  -0.49999999999999994, -0.5000000000000001, 2.5, -2.5, 2 ** 66, -(2 ** 66), 2 ** 1023,
  0.9999999999999999, 1.0000000000000002, -0.9999999999999999, 3.4028234663852886e38,
  3.4028235677973366e38, 1.401298464324817e-45, 7.006492321624085e-46, 0.975, 0.3, 0.78125, 7 / 16,
  11 / 16, 19 / 16, 39 / 16, 0.6744, 0.5 * Math.LN2, 1.5 * Math.LN2, 56 * Math.LN2, -56 * Math.LN2,
];
/** NaNs JS code can produce through typed arrays: negative, signalling, all-ones payload. */
const NAN_PATTERNS = ['fff8000000000000', '7ff0000000000001', '7fffffffffffffff', 'fff0000000000001'];

/** Draws samples of fixed-seed arbitraries; the seed also depends on the function name. */
function sampler(name: string): <T>(arb: fc.Arbitrary<T>, count: number) => T[] {
  let seed = SEED;
  for (const ch of name) seed = (seed * 31 + ch.charCodeAt(0)) | 0;
  return (arb, count) => fc.sample(arb, { seed: seed++, numRuns: count });
}

/** A part of a function's inputs: how many samples of which distribution. */
type Part<T> = readonly [fc.Arbitrary<T>, number];

/**
 * Edge values and NaN patterns, the given parts, some of [-1, 1] and subnormals, then
 * full-range doubles up to CALLS_PER_FUNCTION calls.
 */
function unaryCalls(name: string, parts: Part<number>[]): Call[] {
  const draw = sampler(name);
  const calls: Call[] = [...EDGES.map((x) => [toHex(x)]), ...NAN_PATTERNS.map((h) => [h])];
  for (const [arb, count] of parts) calls.push(...draw(arb, count).map((x) => [toHex(x)]));
  calls.push(...draw(logRange(-1, 1), 150).map((x) => [toHex(x)]));
  calls.push(...draw(subnormal, 50).map((x) => [toHex(x)]));
  const missing = CALLS_PER_FUNCTION - calls.length;
  if (missing > 0) calls.push(...draw(full, missing).map((x) => [toHex(x)]));
  return calls;
}

/** Every pair from `edges`, the given parts, then full-range pairs up to CALLS_PER_FUNCTION. */
function binaryCalls(name: string, edges: number[], parts: Part<readonly [number, number]>[]): Call[] {
  const draw = sampler(name);
  const calls: Call[] = [];
  for (const a of edges) for (const b of edges) calls.push([toHex(a), toHex(b)]);
  for (const h of NAN_PATTERNS) calls.push([h, toHex(0)], [toHex(1), h], [h, h]);
  for (const [arb, count] of parts) calls.push(...draw(arb, count).map(([a, b]) => [toHex(a), toHex(b)]));
  const missing = CALLS_PER_FUNCTION - calls.length;
  if (missing > 0) calls.push(...draw(fc.tuple(full, full), missing).map(([a, b]) => [toHex(a), toHex(b)]));
  return calls;
}

/** Argument lists of 0..maxLength values drawn from `element`, plus the given fixed lists. */
function variadicCalls(name: string, fixed: number[][], element: fc.Arbitrary<number>, maxLength: number): Call[] {
  const draw = sampler(name);
  const calls: Call[] = fixed.map((args) => args.map(toHex));
  const lists = draw(fc.array(element, { maxLength }), CALLS_PER_FUNCTION - calls.length);
  calls.push(...lists.map((args) => args.map(toHex)));
  return calls;
}

const SMALL_EDGES = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, 1e-300, 1e300,
  Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53, -(2 ** 53) - 2, Math.PI, 1.0000000000000002,
  0.9999999999999999, -1.0000000000000002, 1e-10, 7.5, -7.5, 2 ** 31, -(2 ** 31)];

const trigParts: Part<number>[] = [
  [uniform(-10, 10), 400],
  [uniform(-1e4, 1e4), 200],
  [nearMultiples(Math.PI / 2, -1000, 1000, 4), 400],
  [nearMultiples(Math.PI / 2, 2 ** 18, 2 ** 21, 4), 150], /* around the medium/huge reduction switch */
  [nearMultiples(Math.PI / 4, -64, 64, 8), 200],
  [uniform(1.5707963, 1.5707964), 100],
  [uniform(0.6, 2.5), 200],
  [signed(logRange(1e5, 1e308)), 400],
];

const asinParts: Part<number>[] = [
  [uniform(-1, 1), 1200],
  [uniform(0.97, 1), 300],
  [uniform(-1, -0.97), 200],
  [uniform(0.49, 0.51), 150],
  [signed(near([1, 0.5, 0.975], 20)), 200],
  [signed(uniform(1, 2)), 100],
];

const atanParts: Part<number>[] = [
  [uniform(-3, 3), 900],
  [signed(near([7 / 16, 11 / 16, 19 / 16, 39 / 16, 2 ** 66, 2 ** -27], 40)), 400],
  [signed(uniform(0, 1e6)), 300],
  [signed(logRange(1e15, 1e25)), 200],
];

const expParts: Part<number>[] = [
  [uniform(-750, 750), 800],
  [uniform(-1, 1), 400],
  [uniform(-40, 40), 300],
  [near([709.782712893384, -745.1332191019411, -708.3964185322641, 0.5 * Math.LN2, 1.5 * Math.LN2,
    -0.5 * Math.LN2, -1.5 * Math.LN2, 56 * Math.LN2, -56 * Math.LN2, 2 ** -28, 2 ** -54, 1], 30), 400],
  [nearMultiples(Math.LN2, -1080, 1030, 2), 300],
];

const logParts: Part<number>[] = [
  [logRange(0, Number.MAX_VALUE), 800],
  [uniform(0.5, 2), 500],
  [uniform(1 - 1e-5, 1 + 1e-5), 200],
  [near([Math.SQRT2, Math.SQRT1_2, 1, 2, 0.5, 10, 100, 1e22, 0.1], 30), 300],
  [fc.integer({ min: 0, max: 1080 }).map((k) => 2 ** (k - 1074)), 100],
  [fc.integer({ min: -323, max: 308 }).map((k) => Number(`1e${k}`)), 100],
  [fc.integer({ min: 1, max: 1e6 }), 150],
  [logRange(-Number.MAX_VALUE, -Number.MIN_VALUE), 50],
];

const log1pParts: Part<number>[] = [
  [uniform(-1, 1), 700],
  [uniform(-0.3, 0.42), 400],
  [logRange(0, Number.MAX_VALUE), 500],
  [near([-1, -0.2928932188134524, 0.41421356237309503, 2 ** -29, -(2 ** -29), 2 ** 53, 2 ** -54], 30), 300],
  [uniform(-1, -0.99), 150],
  [uniform(-2, -1), 50],
];

const hyperbolicParts: Part<number>[] = [
  [uniform(-30, 30), 700],
  [uniform(-1, 1), 400],
  [uniform(-720, 720), 400],
  [signed(near([22, 709.782712893384, 709.7822265625, 710.4758600739439, 0.5 * Math.LN2, 1, 2 ** -28, 2 ** -55],
    30)), 400],
];

/** Exponents and bases for the power functions: specials, integers, halves, ranges. */
const powEdges = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, 10, -10, 0.1,
  1e-300, 1e300, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** 53, -(2 ** 53) - 2, 1.0000000000000002,
  0.9999999999999999, -1.0000000000000002, 1024, -1074, 1e-10, 7.5, -7.5];
const powBase = fc.oneof(full, uniform(0, 10), uniform(-10, 10), uniform(0.99, 1.01),
  fc.integer({ min: -20, max: 20 }), logRange(-1e10, 1e10));
const powExponent = fc.oneof(full, uniform(-10, 10), fc.integer({ min: -1100, max: 1100 }),
  fc.integer({ min: -40, max: 40 }).map((k) => k / 2), uniform(-1e4, 1e4), fc.constantFrom(0.5, 2, -2, 3, -0.5));
const powParts: Part<readonly [number, number]>[] = [
  [fc.tuple(powBase, powExponent), 1800],
  [fc.tuple(uniform(0.999, 1.001), uniform(-1e6, 1e6)), 150],
];

const atan2Parts: Part<readonly [number, number]>[] = [
  [fc.tuple(uniform(-10, 10), uniform(-10, 10)), 800],
  [fc.tuple(logRange(-1e30, 1e30), logRange(-1e30, 1e30)), 500],
  [fc.tuple(uniform(-1, 1), fc.constantFrom(1, -1, 2, -2)), 200],
  [fc.tuple(logRange(-1, 1).map((t) => t * 2 ** -55), fc.constantFrom(-1, 1, -1e10)), 100],
  [fc.tuple(fc.constantFrom(1, -1, 1e20), logRange(-1, 1).map((t) => t * 2 ** -58)), 100],
];

const hypotElement = fc.oneof(full, uniform(-10, 10), logRange(-1e300, 1e300), fc.constantFrom(...SMALL_EDGES),
  fc.integer({ min: -100, max: 100 }));
const maxMinElement = fc.oneof(fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, -0.5, 2 ** 53),
  fc.integer({ min: -5, max: 5 }), full);
const maxMinFixed = [[], [-0], [0], [0, -0], [-0, 0], [NaN], [-Infinity], [Infinity], [1, NaN, 2], [-0, -0],
  [NaN, Infinity], [-Infinity, NaN]];

const integerLike = fc.oneof(fc.integer({ min: -(2 ** 33), max: 2 ** 33 }),
  fc.integer().map((k) => k + 0.5), signed(logRange(2 ** 31, 2 ** 70)), fc.integer({ min: -10, max: 10 }));

/** The functions under test: name as on Math (or "exponentiate" for **) and their calls. */
const SPECS: ReadonlyArray<{ name: string; calls: () => Call[] }> = [
  ...['sin', 'cos', 'tan'].map((name) => ({ name, calls: () => unaryCalls(name, trigParts) })),
  ...['asin', 'acos'].map((name) => ({ name, calls: () => unaryCalls(name, asinParts) })),
  { name: 'atan', calls: () => unaryCalls('atan', atanParts) },
  { name: 'atan2', calls: () => binaryCalls('atan2', SMALL_EDGES, atan2Parts) },
  ...['exp', 'expm1'].map((name) => ({ name, calls: () => unaryCalls(name, expParts) })),
  ...['log', 'log2', 'log10'].map((name) => ({ name, calls: () => unaryCalls(name, logParts) })),
  { name: 'log1p', calls: () => unaryCalls('log1p', log1pParts) },
  ...['sinh', 'cosh', 'tanh'].map((name) => ({ name, calls: () => unaryCalls(name, hyperbolicParts) })),
  {
    name: 'asinh',
    calls: () => unaryCalls('asinh', [[uniform(-5, 5), 900], [signed(near([2, 2 ** 28, 2 ** -28], 30)), 300],
      [signed(logRange(1, 1e308)), 600]]),
  },
  {
    name: 'acosh',
    calls: () => unaryCalls('acosh', [[uniform(1, 3), 900], [near([1, 2, 2 ** 28], 40), 300],
      [logRange(1, Number.MAX_VALUE), 600], [uniform(-1, 1), 100]]),
  },
  {
    name: 'atanh',
    calls: () => unaryCalls('atanh', [[uniform(-1, 1), 1200], [signed(near([1, 0.5, 2 ** -28], 40)), 400],
      [signed(uniform(0.99, 1)), 200]]),
  },
  {
    name: 'cbrt',
    calls: () => unaryCalls('cbrt', [[uniform(-1000, 1000), 800], [fc.integer({ min: -100000, max: 100000 })
      .map((k) => k * k * k), 400], [logRange(-1e-300, 1e-300), 300], [uniform(0.1, 8), 400]]),
  },
  ...['pow', 'exponentiate'].map((name) => ({ name, calls: () => binaryCalls(name, powEdges, powParts) })),
  { name: 'hypot', calls: () => variadicCalls('hypot', maxMinFixed, hypotElement, 5) },
  {
    name: 'round',
    calls: () => unaryCalls('round', [[fc.integer({ min: -40, max: 40 }).map((k) => k / 2), 200],
      [nearMultiples(0.5, -200, 200, 2), 600], [uniform(-10, 10), 400], [signed(near([2 ** 52, 2 ** 53], 4)), 200]]),
  },
  {
    name: 'fround',
    calls: () => unaryCalls('fround', [[uniform(-10, 10), 600], [signed(logRange(1e-46, 1e-37)), 400],
      [signed(near([3.4028234663852886e38, 3.4028235677973366e38, 1.1754943508222875e-38], 1 << 28)), 400],
      [fc.integer({ min: 1, max: 2 ** 24 }).map((k) => (k + 0.5) / 2 ** 24), 300]]),
  },
  ...['sign', 'trunc', 'floor', 'ceil', 'sqrt', 'abs'].map((name) => ({
    name,
    calls: () => unaryCalls(name, [[uniform(-10, 10), 600], [nearMultiples(0.5, -100, 100, 2), 600],
      [signed(logRange(2 ** 50, 2 ** 54)), 200]]),
  })),
  { name: 'max', calls: () => variadicCalls('max', maxMinFixed, maxMinElement, 5) },
  { name: 'min', calls: () => variadicCalls('min', maxMinFixed, maxMinElement, 5) },
  { name: 'clz32', calls: () => unaryCalls('clz32', [[integerLike, 1800]]) },
  { name: 'imul', calls: () => binaryCalls('imul', SMALL_EDGES, [[fc.tuple(integerLike, integerLike), 1800]]) },
];

/** Per-function outcome, printed after the run. */
interface Summary {
  name: string;
  checked: number;
  libmDiffers: number;
  libmComparable: number;
  example: string;
}

describe('jsmath.c is bit-identical with the pinned Node Math', function () {
  let workDir = '';
  let driver = '';
  const summaries: Summary[] = [];

  before(async function () {
    workDir = await mkdtemp(path.join(tmpdir(), 'tsn-jsmath-'));
    driver = path.join(workDir, 'jsmath-driver');
    await execa('cc', ['-std=c11', '-O2', '-ffp-contract=off', '-o', driver, ...C_SOURCES, '-lm']);
  });

  after(async function () {
    if (workDir !== '') await rm(workDir, { recursive: true, force: true });
    if (summaries.length === 0) return;
    const rows = summaries.map((s) =>
      `  ${s.name.padEnd(13)} ${String(s.checked).padStart(5)} checked; C library differs from V8 on ` +
      (s.libmComparable === 0 ? 'n/a (no C library equivalent)' : `${s.libmDiffers} of ${s.libmComparable}${s.example}`));
    console.log(`\n  jsmath vs the pinned Node:\n${rows.join('\n')}`);
  });

  for (const spec of SPECS) {
    it(`${spec.name}: every result equals the pinned Node's, bit for bit`, async function () {
      const calls = spec.calls();
      const input = calls.map((c) => c.join(' ')).join('\n') + '\n';
      const [ours, reference] = await Promise.all([
        execa(driver, [spec.name], { input }),
        execa(REFERENCE_NODE, ['--input-type=commonjs', '-e', REFERENCE_SCRIPT, spec.name], { input }),
      ]);
      const ourLines = ours.stdout.split('\n');
      const nodeLines = reference.stdout.split('\n');
      assert.equal(ourLines.length, calls.length, 'driver answered every call');
      assert.equal(nodeLines.length, calls.length, 'Node answered every call');

      const mismatches: string[] = [];
      const summary: Summary = { name: spec.name, checked: calls.length, libmDiffers: 0, libmComparable: 0, example: '' };
      calls.forEach((call, i) => {
        const [mine, libm] = ourLines[i]!.split(' ');
        const node = canonical(nodeLines[i]!);
        if (canonical(mine!) !== node) {
          mismatches.push(`${spec.name}(${call.join(', ')}): jsmath ${mine}, node ${nodeLines[i]}`);
        }
        if (libm !== '-') {
          summary.libmComparable++;
          if (canonical(libm!) !== node) {
            summary.libmDiffers++;
            if (summary.example === '') summary.example = ` (e.g. ${spec.name}(${call.join(', ')}): V8 ${node}, libm ${libm})`;
          }
        }
      });
      summaries.push(summary);
      assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} of ${calls.length} results differ`);
    });
  }
});
