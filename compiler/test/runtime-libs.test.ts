/**
 * Tests of the runtime's builtin libraries (lib_string, lib_array, lib_map_set, lib_json,
 * lib_iterator, lib_iterator_helpers, generator objects with hand-compiled generator bodies,
 * unicode_case, array_sort): C test programs under support/rtlibs/ are linked with
 * the whole runtime and their output is compared with the equivalent JavaScript (the sibling .mjs)
 * run by the pinned Node. A fast-check property test (fixed seed) compares string operations over
 * random UTF-16 strings, lone surrogates included, batched: one C driver run and one Node run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';
import { C_FLAGS, linkLibs, resolveCc, runCc } from '../src/driver/cc.ts';
import { RUNTIME_DIR } from '../src/driver/paths.ts';
import { runtimeLibrary } from '../src/driver/runtime-lib.ts';
import { mapConcurrent } from '../../harness/src/pool.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const supportDir = join(repo, 'compiler', 'test', 'support', 'rtlibs');
const pinnedNode = join(repo, 'node_modules', '.bin', 'node');
const cc = resolveCc(undefined);
const cflags = [...C_FLAGS, '-Wall', '-Wextra', '-Wno-unused-parameter', '-I', RUNTIME_DIR];
/** The runtime files this suite is about: they must compile without a single warning. */
const ownFiles = ['lib_string.c', 'lib_array.c', 'lib_map_set.c', 'lib_json.c', 'lib_iterator.c', 'lib_iterator_helpers.c', 'lib_generator.c', 'generator.c', 'lib_support.c', 'unicode_case.c', 'array_sort.c'];
const programs = ['strings', 'case', 'arrays', 'sort', 'mapset', 'json', 'iterators', 'generators'];

/**
 * One field of a batched driver's input line, as test_decode_field (testlib.c) reads it: `u` undefined,
 * `h` a hole (null stands for one), `n<number>`, `s<hex>.<hex>...` a string's UTF-16 code units.
 */
function encodeField(v: string | number | undefined | null): string {
  if (v === null) return 'h';
  if (v === undefined) return 'u';
  if (typeof v === 'number') return `n${Object.is(v, -0) ? '-0' : v}`;
  return 's' + Array.from({ length: v.length }, (_, i) => v.charCodeAt(i).toString(16)).join('.');
}

/** Builds support/rtlibs/<name>.c with the test helper testlib.c against the runtime library `lib`. */
async function link(dir: string, lib: string, name: string): Promise<string> {
  const exe = join(dir, name);
  await runCc(cc, [...cflags, '-O1', join(supportDir, `${name}.c`), join(supportDir, 'testlib.c'), lib, ...(await linkLibs(cc)), '-o', exe]);
  return exe;
}

describe('runtime builtin libraries', function () {
  let dir = '';
  let lib = '';

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'tsn-rtlibs-'));
    lib = await runtimeLibrary(cc);
  });

  after(function () {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('compiles the library sources warning-free at -O2 -Wall -Wextra', async function () {
    const outputs = await mapConcurrent(ownFiles, 2, async (f) => (await execa(cc, [...cflags, '-O2', '-c', join(RUNTIME_DIR, f), '-o', join(dir, `${f}.o2`)])).stderr);
    assert.deepEqual(outputs, ownFiles.map(() => ''));
  });

  for (const name of programs) {
    it(`${name}: the C program prints what Node prints for ${name}.mjs`, async function () {
      const exe = await link(dir, lib, name);
      const native = await execa(exe, [], { reject: false });
      const node = await execa(pinnedNode, [join(supportDir, `${name}.mjs`)]);
      assert.equal(native.stderr, '');
      assert.equal(native.exitCode, 0);
      assert.ok(node.stdout.split('\n').length > 10, 'the reference program prints its checks');
      assert.equal(native.stdout, node.stdout);
    });
  }

  /** Runs `driver` and `mjs` on the same encoded input lines and compares them line by line. */
  async function agreeWithNode(driver: string, mjs: string, name: string, lines: string[], inputs: unknown[]): Promise<void> {
    const file = join(dir, `${name}.in`);
    writeFileSync(file, lines.join('\n') + '\n');
    const native = await execa(driver, [], { inputFile: file, reject: false });
    const node = await execa(pinnedNode, [join(supportDir, mjs)], { inputFile: file });
    assert.equal(native.stderr, '');
    const got = native.stdout.split('\n');
    const want = node.stdout.split('\n');
    assert.equal(want.length, inputs.length);
    for (let i = 0; i < want.length; i++) {
      if (got[i] !== want[i]) assert.fail(`${name}(${JSON.stringify(inputs[i])}): native ${got[i]} but Node ${want[i]}`);
    }
  }

  describe('string operations over random UTF-16 strings (fast-check, batched)', function () {
    /** Code units and short strings that exercise case mapping, trimming, surrogates and $-patterns. */
    const interesting = [
      'a', 'Z', 'ß', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ǅ', 'ﬃ', 'և', 'ŉ', 'ΐ', 'Ω', 'ᾳ', 'ͅ', '́', '\u0300', "'", '.', '$', '&', '`',
      '$&', "$'", '$`', '$$', '$1', '$<', ' ', '\t', '\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u202f', '\u3000',
      '\ufeff', '\u180e', '\u200b', '\ud800', '\udc00', '\udbff', '\udfff', '😀', '𐐀', '𐐨', 'Ⰰ', 'ꙋ', 'Ꭰ', 'ꭰ', 'ǰ', '0', '9', ',',
    ];
    const unit = fc.oneof(
      fc.constantFrom(...interesting),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x61, max: 0x7a }).map((c) => String.fromCharCode(c)),
    );
    const str = fc.array(unit, { maxLength: 12 }).map((parts) => parts.join(''));
    const num = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(0.5, -0.5, 1.5, NaN, Infinity, -Infinity, -0));
    const opt = (a: fc.Arbitrary<string | number>) => fc.option(a, { nil: undefined });
    /** ASCII strings (control characters, punctuation, digit runs, both cases): localeCompare is exact there. */
    const ascii = fc
      .array(fc.oneof(fc.constantFrom(...'aAbBzZ0019 -_.,\'"\t\u0001\u007f!~$'), fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c))), { maxLength: 8 })
      .map((parts) => parts.join(''));

    type Arg = string | number | undefined;
    /** One operation per line: name, then its arguments (encodeField). */
    const encodeLine = (op: string, args: Arg[]) => [op, ...args.map(encodeField)].join('|');

    const cases: [string, fc.Arbitrary<Arg[]>][] = [
      ['slice', fc.tuple(str, opt(num), opt(num))],
      ['substring', fc.tuple(str, opt(num), opt(num))],
      ['substr', fc.tuple(str, opt(num), opt(num))],
      ['indexOf', fc.tuple(str, str, opt(num))],
      ['lastIndexOf', fc.tuple(str, str, opt(num))],
      ['includes', fc.tuple(str, str, opt(num))],
      ['startsWith', fc.tuple(str, str, opt(num))],
      ['endsWith', fc.tuple(str, str, opt(num))],
      ['split', fc.tuple(str, opt(fc.oneof(str, fc.constantFrom('', ',', 'a'))), opt(num))],
      ['padStart', fc.tuple(str, num, opt(str))],
      ['padEnd', fc.tuple(str, num, opt(str))],
      ['repeat', fc.tuple(str, fc.oneof(num, fc.integer({ min: 0, max: 5 })))],
      ['toUpperCase', fc.tuple(str)],
      ['toLowerCase', fc.tuple(str)],
      ['trim', fc.tuple(str)],
      ['trimStart', fc.tuple(str)],
      ['trimEnd', fc.tuple(str)],
      ['at', fc.tuple(str, opt(num))],
      ['charCodeAt', fc.tuple(str, opt(num))],
      ['codePointAt', fc.tuple(str, opt(num))],
      ['replace', fc.tuple(str, str, str)],
      ['replaceAll', fc.tuple(str, str, str)],
      ['iterate', fc.tuple(str)],
      ['toWellFormed', fc.tuple(str)],
      ['stringify', fc.tuple(str)],
      ['roundtrip', fc.tuple(str)],
      ['localeCompare', fc.tuple(ascii, ascii)],
      ['collateNumeric', fc.tuple(ascii, ascii)],
      ['collateBase', fc.tuple(ascii, ascii)],
      ['collateUpper', fc.tuple(ascii, ascii)],
    ];

    let driver = '';
    before(async function () {
      driver = await link(dir, lib, 'strprops');
    });

    for (const [op, args] of cases) {
      it(`${op} agrees with Node on 400 random cases`, async function () {
        const inputs = fc.sample(args, { seed: 20240611, numRuns: 400 });
        await agreeWithNode(driver, 'strprops.mjs', op, inputs.map((a) => encodeLine(op, a)), inputs);
      });
    }
  });

  describe('array methods over random arrays with holes (fast-check, batched)', function () {
    type Elem = number | string | undefined | null;
    const hole = null; /* encodes a hole in the generated arrays */
    const elem: fc.Arbitrary<Elem> = fc.oneof(
      fc.integer({ min: -3, max: 12 }),
      fc.constantFrom('a', 'B', '10', '', 'ß', undefined, NaN, -0, hole, hole),
    );
    const arr = fc.array(elem, { maxLength: 9 });
    const idx = fc.oneof(fc.integer({ min: -12, max: 12 }), fc.constantFrom(undefined, NaN, Infinity, -Infinity, 1.5));
    const cases: [string, fc.Arbitrary<[Elem[], ...Elem[]]>][] = [
      ['slice', fc.tuple(arr, idx, idx)],
      ['splice', fc.tuple(arr, idx, idx, elem.filter((e) => e !== null), elem.filter((e) => e !== null))],
      ['toSpliced', fc.tuple(arr, idx, idx, elem.filter((e) => e !== null))],
      ['indexOf', fc.tuple(arr, elem.filter((e) => e !== null), idx)],
      ['lastIndexOf', fc.tuple(arr, elem.filter((e) => e !== null), idx)],
      ['includes', fc.tuple(arr, elem.filter((e) => e !== null), idx)],
      ['fill', fc.tuple(arr, elem.filter((e) => e !== null), idx, idx)],
      ['copyWithin', fc.tuple(arr, idx, idx, idx)],
      ['reverse', fc.tuple(arr)],
      ['sort', fc.tuple(arr)],
      ['toSorted', fc.tuple(arr)],
      ['toReversed', fc.tuple(arr)],
      ['flat', fc.tuple(arr, idx)],
      ['join', fc.tuple(arr, elem.filter((e) => e !== null))],
      ['at', fc.tuple(arr, idx)],
      ['with', fc.tuple(arr, idx, elem.filter((e) => e !== null))],
      ['shift', fc.tuple(arr)],
      ['pop', fc.tuple(arr)],
      ['unshift', fc.tuple(arr, elem.filter((e) => e !== null), elem.filter((e) => e !== null))],
      ['push', fc.tuple(arr, elem.filter((e) => e !== null))],
      ['concat', fc.tuple(arr, elem.filter((e) => e !== null))],
    ];

    let driver = '';
    before(async function () {
      driver = await link(dir, lib, 'arrprops');
    });

    for (const [op, args] of cases) {
      it(`${op} agrees with Node on 300 random cases`, async function () {
        const inputs = fc.sample(args, { seed: 7081, numRuns: 300 });
        const lines = inputs.map(([a, ...rest]) => [op, 'a' + a.map(encodeField).join(','), ...rest.map(encodeField)].join('|'));
        await agreeWithNode(driver, 'arrprops.mjs', op, lines, inputs);
      });
    }
  });
});
