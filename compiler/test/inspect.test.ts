/**
 * Differential tests of the runtime's util.inspect / util.format / console (compiler/runtime/
 * inspect.c, lib_console.c) against the pinned Node 24.
 *
 * Two C programs are linked with the runtime library:
 *  - support/inspect/cases.c builds hand-written values (every layout rule: quoting, grouping,
 *    line breaking, depth, circular references, classes, errors, Map/Set, iterators, format
 *    specifiers, console methods) and prints them; inspect-cases.ts holds the same cases in JS.
 *    Both sides print "=== <case>" on stdout and stderr before each case; outputs are compared case
 *    by case after removing V8 stack-frame lines (which the runtime cannot reproduce) with the
 *    harness's own normalisation.
 *  - support/inspect/random.c reads console.log calls on random JSON-like values (fast-check, fixed
 *    seed: nested objects, arrays with holes, Maps and Sets, numbers including -0/NaN, strings with
 *    quotes, escapes, wide characters; some calls lead with a util.format template) as a token
 *    stream; Node runs the same calls as JS source.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { execa } from 'execa';
import fc from 'fast-check';
import { C_FLAGS, linkLibs, resolveCc, runCc } from '../src/driver/cc.ts';
import { RUNTIME_DIR } from '../src/driver/paths.ts';
import { runtimeLibrary } from '../src/driver/runtime-lib.ts';
import { NORMALISATIONS } from '../../harness/src/normalize.ts';
import { INSPECT_CASES } from './inspect-cases.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pinnedNode = join(repoRoot, 'node_modules', '.bin', 'node');
const supportDir = fileURLToPath(new URL('./support/inspect/', import.meta.url));
const SEED = 0x1d5c0de;
const CALLS = 400;

const removeStackFrames = NORMALISATIONS.find((n) => n.name === 'node-stack-frames')!.apply;

let tmp = '';
let casesProgram = '';
let randomProgram = '';

async function buildProgram(source: string, lib: string, out: string): Promise<string> {
  await runCc(resolveCc(undefined), [...C_FLAGS, '-O1', '-I', RUNTIME_DIR, '-I', supportDir, join(supportDir, source), lib, ...(await linkLibs(resolveCc(undefined))), '-o', out]);
  return out;
}

/** Splits output into sections by "=== <name>" header lines. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let name: string | undefined;
  let body: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('=== ')) {
      if (name !== undefined) out.set(name, body.join('\n'));
      name = line.slice(4);
      body = [];
    } else {
      body.push(line);
    }
  }
  if (name !== undefined) out.set(name, body.join('\n'));
  return out;
}

/** Asserts that every section is identical; the message shows a diff of each differing one. */
function assertSameSections(ours: string, theirs: string, label: (name: string) => string): void {
  const got = sections(ours);
  const want = sections(theirs);
  assert.deepEqual([...got.keys()], [...want.keys()], 'both sides ran the same cases');
  const diffs: string[] = [];
  for (const [name, expected] of want) {
    const actual = got.get(name)!;
    if (actual !== expected) diffs.push(createTwoFilesPatch('node', 'tsn', expected + '\n', actual + '\n', label(name), label(name)));
  }
  assert.equal(diffs.length, 0, `${diffs.length} of ${want.size} differ:\n${diffs.slice(0, 6).join('\n')}`);
}

before(async function () {
  this.timeout(300_000);
  tmp = mkdtempSync(join(tmpdir(), 'tsn-inspect-'));
  const lib = await runtimeLibrary(resolveCc(undefined));
  [casesProgram, randomProgram] = await Promise.all([
    buildProgram('cases.c', lib, join(tmp, 'cases')),
    buildProgram('random.c', lib, join(tmp, 'random')),
  ]);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('util.inspect / console, hand-written cases', () => {
  it('prints every case byte for byte like Node (stdout and stderr)', async () => {
    const script = INSPECT_CASES.map((c) => {
      const header = JSON.stringify(`=== ${c.name}\n`);
      return `process.stdout.write(${header}); process.stderr.write(${header});\n{\n${c.js}\n}`;
    }).join('\n');
    const file = join(tmp, 'cases.mjs');
    writeFileSync(file, script);
    const [ours, theirs] = await Promise.all([execa(casesProgram, [], { reject: false }), execa(pinnedNode, [file], { reject: false })]);
    assert.equal(theirs.exitCode, 0, theirs.stderr);
    assert.equal(ours.exitCode, 0, ours.stderr);
    assertSameSections(removeStackFrames(ours.stdout), removeStackFrames(theirs.stdout), (n) => `stdout ${n}`);
    assertSameSections(removeStackFrames(ours.stderr), removeStackFrames(theirs.stderr), (n) => `stderr ${n}`);
  });
});

// ---- random JSON-like values ---------------------------------------------------------------

/** A JSON-like value with the extras inspect cares about: -0/NaN/Infinity, undefined, holes. */
type Value =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'undefined' }
  | { readonly kind: 'array'; readonly items: readonly (Value | null)[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Value])[] }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [Value, Value])[] }
  | { readonly kind: 'set'; readonly items: readonly Value[] };

const STRING_UNITS = ['a', 'b', 'z', 'A', '0', '7', ' ', '_', '-', "'", '"', '`', '$', '{', '}', '\\', '\n', '\t',
  '\x00', '\x1b', '\x7f', '\x85', 'é', '中', '😀', '\ud800', '\udc00', 'ß'];
const KEY_UNITS = ['a', 'b', 'k', 'Z', '_', '1', '0', '-', ' ', "'", 'é'];

const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.integer({ min: -100000, max: 1000000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, NaN, Infinity, -Infinity, 1e21, 1.5e-7, 0.1, 123.456),
);
const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...STRING_UNITS), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...STRING_UNITS), minLength: 60, maxLength: 160, size: 'max' }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x'), minLength: 1, maxLength: 8 }) },
);
const keyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'name', 'value', 'x1', '_private', 'long_property_name', '0', '1', '10', '007', '', '__proto__', 'b-c', 'with space', "it's"),
  fc.string({ unit: fc.constantFrom(...KEY_UNITS), minLength: 1, maxLength: 10 }),
);
const leafArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: numberArb.map((value): Value => ({ kind: 'number', value })) },
  { weight: 4, arbitrary: stringArb.map((value): Value => ({ kind: 'string', value })) },
  { weight: 1, arbitrary: fc.boolean().map((value): Value => ({ kind: 'boolean', value })) },
  { weight: 1, arbitrary: fc.constantFrom<Value>({ kind: 'null' }, { kind: 'undefined' }) },
);

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'value' },
    leafArb,
    fc.array(fc.option(tie('value'), { freq: 12, nil: null }), { maxLength: 30 }).map((items): Value => ({ kind: 'array', items })),
    fc.uniqueArray(fc.tuple(keyArb, tie('value')), { maxLength: 12, selector: (e) => e[0] })
      .map((entries): Value => ({ kind: 'object', entries })),
    fc.array(fc.tuple(tie('value'), tie('value')), { maxLength: 8 }).map((entries): Value => ({ kind: 'map', entries })),
    fc.array(tie('value'), { maxLength: 12 }).map((items): Value => ({ kind: 'set', items })),
    fc.array(numberArb, { minLength: 7, maxLength: 120, size: 'max' })
      .map((ns): Value => ({ kind: 'array', items: ns.map((value): Value => ({ kind: 'number', value })) })),
  ),
})).value;

/** util.format templates: specifiers, "%%", unknown "%x", a trailing "%". */
const formatArb: fc.Arbitrary<Value> = fc
  .string({ unit: fc.constantFrom('%', '%', 's', 'd', 'i', 'f', 'j', 'o', 'O', 'c', 'x', ' ', 'a', '-'), maxLength: 14 })
  .map((value): Value => ({ kind: 'string', value }));

const callArb: fc.Arbitrary<Value[]> = fc.oneof(
  { weight: 4, arbitrary: valueArb.map((v) => [v]) },
  { weight: 1, arbitrary: fc.array(valueArb, { minLength: 2, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.tuple(formatArb, fc.array(valueArb, { maxLength: 4 })).map(([f, args]) => [f, ...args]) },
);

function jsNumber(x: number): string {
  if (Object.is(x, -0)) return '-0';
  return Number.isNaN(x) ? 'NaN' : String(x);
}

/** JS source text that evaluates to the value. */
function jsSource(v: Value): string {
  switch (v.kind) {
    case 'number': return jsNumber(v.value);
    case 'string': return JSON.stringify(v.value);
    case 'boolean': return String(v.value);
    case 'null': return 'null';
    case 'undefined': return 'undefined';
    case 'array': return `[${v.items.map((i) => (i === null ? '' : jsSource(i))).join(', ')}${v.items.length ? ',' : ''}]`;
    case 'object': return `{${v.entries.map(([k, x]) => `[${JSON.stringify(k)}]: ${jsSource(x)}`).join(', ')}}`;
    case 'map': return `new Map([${v.entries.map(([k, x]) => `[${jsSource(k)}, ${jsSource(x)}]`).join(', ')}])`;
    case 'set': return `new Set([${v.items.map(jsSource).join(', ')}])`;
  }
}

const bitsView = new DataView(new ArrayBuffer(8));

function units(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** The token lines of a value for random.c. */
function tokens(v: Value, out: string[]): void {
  switch (v.kind) {
    case 'number':
      bitsView.setFloat64(0, v.value);
      out.push('n ' + bitsView.getBigUint64(0).toString(16).padStart(16, '0'));
      return;
    case 'string': out.push('s ' + units(v.value)); return;
    case 'boolean': out.push(v.value ? 't' : 'f'); return;
    case 'null': out.push('z'); return;
    case 'undefined': out.push('u'); return;
    case 'array':
      out.push(`a ${v.items.length}`);
      for (const item of v.items) {
        if (item === null) out.push('h');
        else tokens(item, out);
      }
      return;
    case 'object':
      out.push(`o ${v.entries.length}`);
      for (const [k, x] of v.entries) {
        out.push('k ' + units(k));
        tokens(x, out);
      }
      return;
    case 'map':
      out.push(`m ${v.entries.length}`);
      for (const [k, x] of v.entries) {
        tokens(k, out);
        tokens(x, out);
      }
      return;
    case 'set':
      out.push(`S ${v.items.length}`);
      for (const item of v.items) tokens(item, out);
      return;
  }
}

describe('util.inspect / console, random JSON-like values', () => {
  it(`console.log of ${CALLS} random calls matches Node byte for byte`, async () => {
    const calls = fc.sample(callArb, { numRuns: CALLS, seed: SEED });
    const lines: string[] = [];
    const script: string[] = [];
    calls.forEach((args, i) => {
      lines.push(`l ${args.length}`);
      for (const a of args) tokens(a, lines);
      script.push(`process.stdout.write('=== ${i}\\n'); console.log(${args.map(jsSource).join(', ')});`);
    });
    const file = join(tmp, 'random.mjs');
    writeFileSync(file, script.join('\n') + '\n');
    const [ours, theirs] = await Promise.all([
      execa(randomProgram, [], { input: lines.join('\n') + '\n', reject: false }),
      execa(pinnedNode, [file], { reject: false }),
    ]);
    assert.equal(theirs.exitCode, 0, theirs.stderr);
    assert.equal(ours.exitCode, 0, ours.stderr);
    assertSameSections(ours.stdout, theirs.stdout, (n) => `console.log(${calls[Number(n)]!.map(jsSource).join(', ')})`);
  });
});
