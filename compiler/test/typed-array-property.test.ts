/**
 * Differential property test of the typed-array element conversions (compiler/runtime/typed_array.h:
 * ToInt8 ... ToUint32, ToUint8Clamp, Float16/Float32 rounding; ECMA-262 Table 71 and 25.1.3.18
 * NumericToRawBytes) against the pinned Node 24.
 *
 * fast-check draws, under a fixed seed, doubles from a mix that stresses the conversions: any double
 * (NaN, infinities, -0 and subnormals included), integers around the 2^8 / 2^16 / 2^32 wrap points,
 * halves (ties of the clamped and float roundings) and values near the binary16 and binary32
 * limits. One TypeScript program carries every value (as its shortest decimal text, which
 * round-trips exactly); for each one it stores the value into an element of every typed array kind
 * and through every DataView setter in both byte orders, reads it back, and prints what it read
 * (-0 marked) plus the stored bytes of the non-NaN results. It is built once by `tsn build` and run
 * natively and under the pinned Node; the outputs must be identical line for line.
 * TSN_TYPED_ARRAY_PROPERTY_RUNS raises the budget.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pinnedNode = join(repoRoot, 'node_modules', '.bin', 'node');
const tsn = join(repoRoot, 'compiler', 'bin', 'tsn.ts');
const SEED = 0x7a11a;
const RUNS = Number(process.env.TSN_TYPED_ARRAY_PROPERTY_RUNS ?? 2000);

/** Doubles biased towards the boundaries of the element conversions. */
const doubleArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(2 ** 7, 2 ** 8, 2 ** 15, 2 ** 16, 2 ** 31, 2 ** 32, 2 ** 53, 65504, 65520, 3.4028234663852886e38)
      .chain((edge) => fc.tuple(fc.integer({ min: -3, max: 3 }), fc.boolean()).map(([d, neg]) => (neg ? -1 : 1) * (edge + d))) },
  { weight: 2, arbitrary: fc.integer({ min: -600, max: 600 }).map((n) => n + 0.5) },
  { weight: 1, arbitrary: fc.integer({ min: -1100, max: 1100 }).map((e) => 2 ** (e / 40)) },
  { weight: 1, arbitrary: fc.float().map((f) => f * (1 + Number.EPSILON)) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }) },
);

/** The program both sides run: one line per value. */
function program(values: readonly number[]): string {
  const texts = values.map((v) => (Object.is(v, -0) ? '-0' : String(v)));
  return `const texts: string[] = ${JSON.stringify(texts)};
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float16Array, Float32Array, Float64Array];
const show = (v: number): string => (Object.is(v, -0) ? "-0" : String(v));
const bytes = (b: ArrayBufferLike, n: number): string => Array.from(new Uint8Array(b, 0, n), (x) => x.toString(16).padStart(2, "0")).join("");
const view = new DataView(new ArrayBuffer(8));
const setters: Array<[string, (o: number, v: number, le: boolean) => void, (o: number, le: boolean) => number, number]> = [
  ["Int8", (o, v) => view.setInt8(o, v), (o) => view.getInt8(o), 1],
  ["Uint8", (o, v) => view.setUint8(o, v), (o) => view.getUint8(o), 1],
  ["Int16", (o, v, le) => view.setInt16(o, v, le), (o, le) => view.getInt16(o, le), 2],
  ["Uint16", (o, v, le) => view.setUint16(o, v, le), (o, le) => view.getUint16(o, le), 2],
  ["Int32", (o, v, le) => view.setInt32(o, v, le), (o, le) => view.getInt32(o, le), 4],
  ["Uint32", (o, v, le) => view.setUint32(o, v, le), (o, le) => view.getUint32(o, le), 4],
  ["Float16", (o, v, le) => view.setFloat16(o, v, le), (o, le) => view.getFloat16(o, le), 2],
  ["Float32", (o, v, le) => view.setFloat32(o, v, le), (o, le) => view.getFloat32(o, le), 4],
  ["Float64", (o, v, le) => view.setFloat64(o, v, le), (o, le) => view.getFloat64(o, le), 8],
];
for (const text of texts) {
  const x = Number(text);
  const parts: string[] = [text];
  for (const Kind of kinds) {
    const a = new Kind(1);
    a[0] = x;
    const v = a[0];
    parts.push(Kind.name + "=" + show(v) + (v === v ? ":" + bytes(a.buffer, a.byteLength) : ""));
  }
  for (const [name, set, get, size] of setters) {
    for (const le of [false, true]) {
      set(0, x, le);
      const v = get(0, le);
      parts.push(name + (le ? "le" : "be") + "=" + show(v) + (v === v ? ":" + bytes(view.buffer, size) : ""));
    }
  }
  parts.push("f16round=" + show(Math.f16round(x)), "fround=" + show(Math.fround(x)));
  console.log(parts.join(" "));
}
`;
}

describe('typed-array element conversions against the pinned Node (property)', function () {
  this.timeout(600000);
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'tsn-typed-array-')); });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it(`every element type and DataView setter agrees on ${RUNS} random doubles`, async () => {
    const values = fc.sample(doubleArb, { numRuns: RUNS, seed: SEED });
    const file = join(dir, 'conversions.ts');
    writeFileSync(file, program(values));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const exe = join(dir, 'conversions');
    const build = await execa(pinnedNode, [tsn, 'build', file, '-o', exe], { reject: false });
    assert.equal(build.exitCode, 0, build.stderr + build.stdout);
    const [ours, theirs] = await Promise.all([
      execa(exe, [], { reject: false }),
      execa(pinnedNode, ['--experimental-strip-types', '--no-warnings', file], { reject: false }),
    ]);
    const got = ours.stdout.split('\n');
    const want = theirs.stdout.split('\n');
    assert.equal(want.length, values.length, theirs.stderr);
    const mismatches: string[] = [];
    want.forEach((line, i) => {
      if (got[i] !== line) mismatches.push(`tsn  ${got[i]}\nnode ${line}`);
    });
    assert.deepEqual(mismatches.slice(0, 6), [], `${mismatches.length} of ${values.length} differ`);
  });
});
