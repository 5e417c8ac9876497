/**
 * Differential tests of the runtime's number <-> string conversions
 * (compiler/runtime/numconv.c) against the pinned Node 24.
 *
 * The C side is compiled once, with the runtime's C flags, together with a line-oriented
 * driver (support/numconv-driver.c).
 * Each property draws its inputs with fast-check under a fixed seed, writes them all to
 * the driver's stdin in one batch, runs the same batch through a small oracle script in
 * the pinned Node, and requires the two outputs to be identical line for line. Doubles
 * cross the process boundary as 16-hex-digit bit patterns, strings as hex UTF-16 units.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';
import { C_FLAGS, resolveCc } from '../src/driver/cc.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pinnedNode = join(repoRoot, 'node_modules', '.bin', 'node');
const SEED = 0x7e57c0de;
const RUNS = 2000;

/** Answers the driver's requests (see numconv-driver.c) with the JS builtins. */
const ORACLE = `
import { readFileSync } from 'node:fs';
const view = new DataView(new ArrayBuffer(8));
const num = (hex) => { view.setBigUint64(0, BigInt('0x' + hex)); return view.getFloat64(0); };
const bits = (x) => {
  if (Number.isNaN(x)) return 'NaN';
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
const str = (u) => {
  let s = '';
  for (let i = 1; i < u.length; i += 4) s += String.fromCharCode(parseInt(u.slice(i, i + 4), 16));
  return s;
};
const answer = (line) => {
  const [op, a, b] = line.split(' ');
  const n = Number(b);
  switch (op) {
    case 'str': return String(num(a));
    case 'radix': return num(a).toString(n);
    case 'fixed': return num(a).toFixed(n);
    case 'exp': return n < 0 ? num(a).toExponential() : num(a).toExponential(n);
    case 'prec': return num(a).toPrecision(n);
    case 'num': return bits(Number(str(a)));
    case 'pf': return bits(parseFloat(str(a)));
    case 'pi': return bits(parseInt(str(a), n));
    default: throw new Error('bad request ' + line);
  }
};
const lines = readFileSync(0, 'utf8').split('\\n');
lines.pop();
process.stdout.write(lines.map(answer).join('\\n') + '\\n');
`;

const view = new DataView(new ArrayBuffer(8));

/** The 16-hex-digit IEEE-754 bit pattern of x. */
function hexOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

function doubleOfBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** "u" + 4 hex digits per UTF-16 code unit. */
function unitsOf(s: string): string {
  let out = 'u';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** A request line made readable for failure messages. */
function describeRequest(line: string): string {
  const [op, a = '', b] = line.split(' ');
  const arg = a.startsWith('u')
    ? JSON.stringify(Array.from({ length: (a.length - 1) / 4 }, (_, i) =>
        String.fromCharCode(parseInt(a.slice(1 + 4 * i, 5 + 4 * i), 16))).join(''))
    : `${doubleOfBits(BigInt('0x' + a))} [${a}]`;
  return b === undefined ? `${op}(${arg})` : `${op}(${arg}, ${b})`;
}

let tmp = '';
let driver = '';

/** Runs the batch through the driver and the pinned Node; asserts identical answers. */
async function assertSameAsNode(lines: readonly string[]): Promise<void> {
  const input = lines.join('\n') + '\n';
  const [ours, theirs] = await Promise.all([
    execa(driver, [], { input }),
    execa(pinnedNode, ['--input-type=module', '-e', ORACLE], { input }),
  ]);
  const got = ours.stdout.split('\n');
  const want = theirs.stdout.split('\n');
  assert.equal(want.length, lines.length, 'oracle answered every request');
  assert.equal(got.length, lines.length, 'driver answered every request');
  const mismatches: string[] = [];
  lines.forEach((line, i) => {
    if (got[i] !== want[i]) mismatches.push(`${describeRequest(line)}: tsn ${got[i]} node ${want[i]}`);
  });
  assert.deepEqual(mismatches.slice(0, 12), [], `${mismatches.length} of ${lines.length} differ`);
}

function sample<T>(arb: fc.Arbitrary<T>): T[] {
  return fc.sample(arb, { numRuns: RUNS, seed: SEED });
}

const EDGE_DOUBLES: readonly number[] = [
  0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
  2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e21, 1e21 - 65536,
  999999999999999900000, 1e-7, 1.5e-7, 1e-6, 123e-20, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2,
  -(2 ** 53 - 1), 2 ** 60, 2 ** 63, 2 ** 64, 2 ** -1022, 2 ** -1074, 0.1, 0.2, 0.3, 1 / 3,
  Math.PI, Math.E, 2.5, 1.5, 0.5, -0.5, -1.5, 1.005, 1.45, 0.000001, 123.456, 255.5, 1e300,
  4.35, 0.07, 9.995, 5e-7, 1e-5, 2 ** 50 + 0.25, 2 ** 50 + 0.75, 2 ** 49 + 0.125, 1e23,
  1.0000000000000001e23, 26750513387143170,
];

/** Any double: fast-check's (which favours special values) or a raw 64-bit pattern. */
const anyDouble: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(doubleOfBits),
);

/** Odd multiples of 2^-j: their exact decimal expansion ends in a 5 at fraction digit j,
 * so rounding to one digit less is an exact tie. */
interface BinaryTie {
  readonly x: number;
  /** Fraction digits of the exact decimal value. */
  readonly fractionDigits: number;
  /** Significant digits of the exact decimal value. */
  readonly significantDigits: number;
}
const binaryTie: fc.Arbitrary<BinaryTie> = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 20 }))
  .map(([k, j]) => {
    const odd = 2 * k + 1;
    return {
      x: odd / 2 ** j,
      fractionDigits: j,
      significantDigits: (BigInt(Math.abs(odd)) * 5n ** BigInt(j)).toString().length,
    };
  });
const friendlyDouble: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 1000),
  binaryTie.map((t) => t.x),
  fc.double({ min: -1e22, max: 1e22, noNaN: true }),
  fc.integer().map((n) => n * 2 ** 30),
);
/** Powers of two and their neighbours: the lower rounding gap is half the upper one. */
const nearPowerOfTwo = fc
  .tuple(fc.integer({ min: -1074, max: 1023 }), fc.constantFrom(-1n, 0n, 0n, 1n), fc.boolean())
  .map(([k, step, negative]) => {
    const x = doubleOfBits(BigInt('0x' + hexOf(2 ** k)) + step);
    return negative ? -x : x;
  });
/** The two doubles around a short decimal q * 10^k * 2^i that is exactly their midpoint
 * (q * 5^k odd in [2^53, 2^54)), e.g. 1e23: whether the shortest output may be that
 * decimal depends on boundary inclusion (even significand). */
const besideDecimalMidpoint = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
  .map(([k, i, where, above]) => {
    const five = 5n ** BigInt(k);
    const lo = ((1n << 53n) + five - 1n) / five;
    const hi = ((1n << 54n) - 1n) / five;
    let q = lo + BigInt(Math.floor(where * Number(hi - lo + 1n)));
    q = (q > hi ? hi : q) | 1n;
    if (q > hi) q -= 2n;
    const half = 1n << BigInt(k + i);
    const midpoint = q * five * half;
    return Number(above ? midpoint + half : midpoint - half);
  });
const someDouble = fc.oneof(anyDouble, friendlyDouble, nearPowerOfTwo, besideDecimalMidpoint);

// ---- string inputs for the parsers --------------------------------------------------

const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005',
  '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u180e', '\u200b', '\u0085', '\u0660', '\uff11', '_'];
const NUMERIC_CHARS = ['0', '0', '1', '5', '9', '.', 'e', 'E', '+', '-', 'x', 'X', 'o', 'O',
  'b', 'B', 'a', 'f', 'F', 'z', 'I', 'n', 'i', 't', 'y'];

const space = fc.string({ unit: fc.constantFrom(...SPACES), maxLength: 3 });
const digits = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 1, maxLength });
const sign = fc.constantFrom('', '+', '-');

/** Random text over a numeric-ish alphabet with (non-)whitespace. */
const numericNoise = fc.string({
  unit: fc.constantFrom(...NUMERIC_CHARS, ...SPACES, ...NOT_SPACES),
  maxLength: 14,
});

/** Mostly well-formed decimal literals, sometimes with long mantissas or wild exponents. */
const decimalLiteral = fc
  .tuple(
    space,
    sign,
    fc.oneof(digits(20), digits(400), fc.constant('')),
    fc.option(fc.oneof(digits(20), fc.constant('')), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), sign, fc.oneof(digits(3), digits(12))), { nil: undefined }),
    space,
    fc.constantFrom('', '', '', 'x', '.', 'e', '1_0', 'e+', '\u180e'),
  )
  .map(([pre, s, int, frac, exp, post, junk]) =>
    pre + s + int + (frac === undefined ? '' : '.' + frac) + (exp === undefined ? '' : exp.join('')) + post + junk);

/** Exact decimal expansion of the midpoint between positive finite x and the next double,
 * and strings just around it, to exercise correct rounding (ties to even, sticky digits). */
const nearHalfway = fc
  .tuple(
    fc.bigInt({ min: 1n, max: 0x7fefffffffffffffn }),
    fc.constantFrom('', '0000', '0001', '-', '0'.repeat(100) + '1', '0'.repeat(800) + '1'),
    fc.nat(400),
  )
  .map(([bits, tweak, offset]) => {
    const bias = Number(bits >> 52n);
    const f = (bits & ((1n << 52n) - 1n)) | (bias === 0 ? 0n : 1n << 52n);
    const e = (bias === 0 ? 1 : bias) - 1075;
    const mid = 2n * f + 1n; // midpoint = mid * 2^(e-1)
    let text: string;
    if (e - 1 >= 0) {
      text = (mid << BigInt(e - 1)).toString();
    } else {
      const scale = 1 - e;
      const scaled = (mid * 5n ** BigInt(scale)).toString().padStart(scale + 1, '0');
      text = scaled.slice(0, -scale) + '.' + scaled.slice(-scale);
    }
    if (tweak === '-') {
      text = text.replace(/5(0*)$/, (_m, zeros: string) => '4' + zeros.replace(/0/g, '9'));
    } else if (tweak !== '') {
      text += (text.includes('.') ? '' : '.') + tweak;
    }
    // Shift the decimal point into an exponent now and then.
    return offset % 3 === 0 ? `${text}e0` : text;
  });

const nonDecimalLiteral = fc
  .tuple(space, fc.constantFrom('0x', '0X', '0o', '0O', '0b', '0B', '-0x', '+0x', '00x'),
    fc.string({ unit: fc.constantFrom('0', '1', '7', '8', 'a', 'F', 'g'), maxLength: 80 }), space)
  .map(([pre, prefix, body, post]) => pre + prefix + body + post);

/** Integers just past 53 bits (exact ties, ties plus a sticky bit, random tails) written in
 * a power-of-two radix: text with and without a 0x / 0o / 0b prefix, and the radix. */
const wideBinaryInteger = fc
  .tuple(
    fc.bigInt({ min: 1n << 52n, max: (1n << 53n) - 1n }),
    fc.constantFrom(0n, 1n, 2n, 3n),
    fc.nat(80),
    fc.constantFrom(2, 4, 8, 16, 32),
  )
  .map(([m, tail, shift, radix]) => {
    const value = ((m << 2n) | tail) << BigInt(shift);
    const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
    return { bare: (value + (shift % 2 === 1 ? 1n : 0n)).toString(radix), prefix, radix };
  });
const prefixedWideInteger = wideBinaryInteger
  .filter((w) => w.prefix !== '')
  .map((w) => w.prefix + w.bare);

const infinityLike = fc
  .tuple(space, sign, fc.constantFrom('Infinity', 'infinity', 'INFINITY', 'Infinit', 'Infinityx', 'Infinity1'), space)
  .map((parts) => parts.join(''));

const numberText = fc.oneof(numericNoise, decimalLiteral, nearHalfway, nonDecimalLiteral, prefixedWideInteger, infinityLike);

const RADIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const parseIntRadix = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 2, max: 36 }),
  fc.constantFrom(10, 16, 1, 37, -1, -16, 100),
);
/** parseInt inputs: a radix and text that is mostly valid digits of it. */
const parseIntCase = parseIntRadix.chain((radix) => {
  const r = radix >= 2 && radix <= 36 ? radix : 10;
  const alphabet = RADIX_DIGITS.slice(0, r) + (r > 10 ? RADIX_DIGITS.slice(36, 36 + r - 10) : '');
  const body = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 90 });
  const text = fc
    .tuple(space, sign, fc.constantFrom('', '', '0', '0x', '0X', '00'), body, fc.constantFrom('', '', 'z', '.5', ' 1', '\u180e'))
    .map((parts) => parts.join(''));
  return fc.tuple(fc.oneof(text, numericNoise, nearHalfway), fc.constant(radix));
});
const parseIntWideCase = wideBinaryInteger.map((w): [string, number] => [w.bare, w.radix]);

// ---- the properties ----------------------------------------------------------------

describe('runtime numconv (differential against pinned Node)', function () {
  this.timeout(60_000);

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tsn-numconv-'));
    driver = join(tmp, 'numconv-driver');
    // The runtime's own flags (notably -ffp-contract=off), plus warnings as errors.
    await execa(resolveCc(undefined), [
      ...C_FLAGS, '-O2', '-Wall', '-Wextra', '-Werror',
      '-o', driver,
      join(repoRoot, 'compiler/test/support/numconv-driver.c'),
      join(repoRoot, 'compiler/runtime/numconv.c'),
      '-lm',
    ]);
  });

  after(() => {
    if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
  });

  it('Number::toString(x) on edge cases and random doubles', async () => {
    const xs = [...EDGE_DOUBLES, ...sample(someDouble)];
    await assertSameAsNode(xs.map((x) => `str ${hexOf(x)}`));
  });

  it('Number.prototype.toString(radix) for radix 2..36', async () => {
    const cases = [
      ...EDGE_DOUBLES.flatMap((x) => [2, 3, 7, 16, 36].map((r): [number, number] => [x, r])),
      ...sample(fc.tuple(someDouble, fc.integer({ min: 2, max: 36 }))),
    ];
    await assertSameAsNode(cases.map(([x, r]) => `radix ${hexOf(x)} ${r}`));
  });

  it('toFixed(0..100), including exact ties', async () => {
    const ties = sample(binaryTie).map((t): [number, number] => [t.x, t.fractionDigits - 1]);
    const cases = [
      ...EDGE_DOUBLES.flatMap((x) => [0, 1, 2, 7, 20, 100].map((d): [number, number] => [x, d])),
      ...ties,
      ...sample(fc.tuple(someDouble, fc.integer({ min: 0, max: 100 }))),
    ];
    await assertSameAsNode(cases.map(([x, d]) => `fixed ${hexOf(x)} ${d}`));
  });

  it('toExponential(0..100 and undefined), including exact ties', async () => {
    const ties = sample(binaryTie).map((t): [number, number] => [t.x, Math.max(0, t.significantDigits - 2)]);
    const cases = [
      ...EDGE_DOUBLES.flatMap((x) => [-1, 0, 1, 5, 16, 20, 100].map((d): [number, number] => [x, d])),
      ...ties,
      ...sample(fc.tuple(someDouble, fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(-1)))),
    ];
    await assertSameAsNode(cases.map(([x, d]) => `exp ${hexOf(x)} ${d}`));
  });

  it('toPrecision(1..100), including exact ties', async () => {
    const ties = sample(binaryTie).map((t): [number, number] => [t.x, Math.max(1, t.significantDigits - 1)]);
    const cases = [
      ...EDGE_DOUBLES.flatMap((x) => [1, 2, 6, 7, 17, 21, 22, 100].map((p): [number, number] => [x, p])),
      ...ties,
      ...sample(fc.tuple(someDouble, fc.integer({ min: 1, max: 100 }))),
    ];
    await assertSameAsNode(cases.map(([x, p]) => `prec ${hexOf(x)} ${p}`));
  });

  it('Number(string) (StringToNumber)', async () => {
    const fixed = ['', ' ', '\ufeff', '-0', '+0', '0x', '0b', '0o', '.', '5.', '.5', '+.5', '-.5e1', '1e', '1_000',
      'Infinity', '-Infinity', '+Infinity', ' \u00a012\u3000', '0x1F', '-0x1F', '1e-400', '1e400', '2e-324', '3e-324'];
    const texts = [...fixed, ...sample(numberText)];
    await assertSameAsNode(texts.map((s) => `num ${unitsOf(s)}`));
  });

  it('parseFloat(string)', async () => {
    const fixed = ['', '-', '.', '-.e1', '1e+', '1e+5x', '-0', '  -Infinityx', '0x10', '1.2.3', '\u180e1'];
    const texts = [...fixed, ...sample(numberText)];
    await assertSameAsNode(texts.map((s) => `pf ${unitsOf(s)}`));
  });

  it('parseInt(string, radix)', async () => {
    const fixed: Array<[string, number]> = [['', 0], ['-0', 0], ['0x', 0], ['0x', 16], ['0x10', 10], ['- 1', 0],
      ['0b1', 0], ['-0x0', 16], ['9'.repeat(400), 10], ['6'.repeat(40), 7], ['z'.repeat(30), 36], ['1', 37]];
    const cases = [...fixed, ...sample(fc.oneof(parseIntCase, parseIntWideCase))];
    await assertSameAsNode(cases.map(([s, r]) => `pi ${unitsOf(s)} ${r}`));
  });
});
