/**
 * Leaf values for the comptime fuzzer, biased towards the values where folding and printing go wrong:
 * -0, NaN, ±Infinity, 2^31 and 2^32 boundaries, 2^53±1, 1e21 (where ToString switches to exponent
 * form), 1e-7 (likewise for small numbers), subnormals, the largest double, numeric strings with
 * whitespace and prefixes, empty and non-ASCII strings, astral characters and lone surrogates.
 * Number leaves carry their literal spelling: shortest decimal, hex/octal/binary, numeric separators,
 * exponent form, or a decimal that is not exactly representable (`9007199254740993`, `0.1`).
 */
import fc from 'fast-check';
import type { GenExpr } from './model.ts';

type NumLeaf = Extract<GenExpr, { kind: 'num' }>;
type StrLeaf = Extract<GenExpr, { kind: 'str' }>;

/** The source text of a number value as a literal expression (`-0`, `NaN`, `-Infinity`, shortest decimal). */
function numberText(v: number): string {
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/** Constant properties of `Math` and `Number` used as number leaves (`Math.PI`, `Number.EPSILON`). */
const GLOBAL_CONSTANTS: Readonly<Record<string, number>> = {
  'Math.PI': Math.PI, 'Math.E': Math.E, 'Math.LN2': Math.LN2, 'Math.LOG10E': Math.LOG10E, 'Math.SQRT1_2': Math.SQRT1_2,
  'Number.EPSILON': Number.EPSILON, 'Number.MAX_VALUE': Number.MAX_VALUE, 'Number.MIN_VALUE': Number.MIN_VALUE,
  'Number.MAX_SAFE_INTEGER': Number.MAX_SAFE_INTEGER, 'Number.MIN_SAFE_INTEGER': Number.MIN_SAFE_INTEGER, 'Number.NaN': Number.NaN,
  'Number.NEGATIVE_INFINITY': Number.NEGATIVE_INFINITY,
};

function leaf(text: string): NumLeaf {
  const constant = GLOBAL_CONSTANTS[text];
  if (constant !== undefined) return { kind: 'num', value: constant, text };
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const magnitude = body === 'NaN' || body === 'Infinity' ? Number(body) : Number(body.replace(/_/g, ''));
  return { kind: 'num', value: negative ? -magnitude : magnitude, text };
}

/** Spellings of nasty numbers, exactly as they appear in source. */
const NASTY_NUMBER_TEXTS = [
  '0', '-0', '1', '-1', '2', '3', '7', '0.5', '-0.5', '1.5', '-1.5', '2.5', '-2.5', '0.1', '0.2', '0.3', '10', '31', '32', '33',
  'NaN', 'Infinity', '-Infinity', '255', '256', '65535', '65536', '2147483647', '2147483648', '-2147483648', '-2147483649',
  '4294967295', '4294967296', '9007199254740991', '9007199254740992', '9007199254740993', '-9007199254740993',
  '1e21', '999999999999999900000', '1e-7', '0.000001', '1.5e-7', '123e-20', '5e-324', '2.5e-324', '1.7976931348623157e308',
  '1e308', '2.2250738585072014e-308', '0x7fffffff', '0xFFFFFFFF', '0x100000000', '0b1011', '0o777', '1_000_000', '.5', '5.',
  '0.1e1', '1E3', '4.35', '1.005', '0.000001234', '123456789012345680000', '-1e-7', '-1e21', '1e16', '0xdeadbeef',
] as const;

/** Number leaves: nasty spellings, small integers, 32-bit integers, and arbitrary doubles. */
export function numberLeaf(): fc.Arbitrary<NumLeaf> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...NASTY_NUMBER_TEXTS).map(leaf), weight: 5 },
    { arbitrary: fc.constantFrom(...Object.keys(GLOBAL_CONSTANTS)).map(leaf), weight: 1 },
    { arbitrary: fc.integer({ min: -100, max: 100 }).map((v) => leaf(numberText(v))), weight: 3 },
    { arbitrary: fc.integer({ min: -(2 ** 32), max: 2 ** 32 }).map((v) => leaf(numberText(v))), weight: 1 },
    { arbitrary: fc.double().map((v) => leaf(numberText(v))), weight: 2 },
  );
}

/** Small integer literals in `min..max` for indices, counts and pad lengths. */
export function smallIntLeaf(min: number, max: number): fc.Arbitrary<NumLeaf> {
  return fc.integer({ min, max }).map((v) => leaf(String(v)));
}

const NASTY_STRINGS = [
  '', 'a', 'ab', 'abc', 'A', 'z', ' ', '10', '9', '09', ' 12 ', '\t7\n', '\u00a0 8 \u2028', '0x10', '0b11', '0o7', '1e3', '-0', '+5', '-',
  '.5', '5.', '1_000', 'Infinity', '-Infinity', 'NaN', 'true', 'null', 'undefined', '[object Object]', '12px', '3.14abc',
  'é', 'café', 'Ünïcödé', '日本語', 'ß', 'İ', 'ﬀ', '😀', 'a😀b', '\ud83d', '\ude00', '\ud800x', 'x\udfff', '\u0000', 'a\u0000b',
  '"', "'", '\\', '`', '${x}', '\n', '\r\n', '\u2028\u2029', '$&', '$1', '$$', '%s', 'a,b', '-1', '1e1000', '2147483648',
  // Property keys with meaning: the __proto__ accessor, inherited names, array-index boundaries, non-canonical indices.
  '__proto__', 'constructor', 'toString', 'valueOf', 'length', 'prototype', '4294967294', '4294967295', '01', '1.0',
] as const;

function escapedLiteral(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c > 0xffff) out += `\\u{${c.toString(16)}}`;
    else out += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return out + "'";
}

/** A string leaf with a source spelling: JSON-style double quotes (raw UTF-8) or single quotes with escapes. */
function stringLeafOf(value: string, escaped: boolean): StrLeaf {
  // U+2028/U+2029 are line terminators for TypeScript's line numbers: keep them escaped so one expression stays on one line.
  return { kind: 'str', value, text: escaped ? escapedLiteral(value) : JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') };
}

/** String leaves: nasty strings and short arbitrary strings (all of UTF-16, lone surrogates included). */
export function stringLeaf(): fc.Arbitrary<StrLeaf> {
  const value = fc.oneof(
    { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
    { arbitrary: fc.string({ maxLength: 4, unit: 'grapheme-ascii' }), weight: 2 },
    { arbitrary: fc.string({ maxLength: 3, unit: 'binary' }), weight: 1 },
  );
  return fc.tuple(value, fc.boolean()).map(([v, escaped]) => stringLeafOf(v, escaped));
}

/** Text of template-literal chunks: every character that is not plain printable ASCII is escaped. */
export function templateChunk(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom('', ' ', '-', 'x=', '|', 'é', '😀', '\ud800', '\n', '${', '`', '\\'), fc.string({ maxLength: 3, unit: 'grapheme-ascii' }));
}
