/**
 * Tests of the library-surface check (TSN9002, compiler/src/frontend/library-surface.ts):
 *  - the committed manifest compiler/src/frontend/runtime-surface.json is what the runtime defines
 *    today (regenerated into a temp file by compiler/tools/gen-runtime-surface.ts and compared);
 *  - translate() rejects programs using features the runtime lacks, with the feature named and the
 *    span on the missing name, and accepts programs using features it has;
 *  - checkLibraryUse on element accesses (literal and well-known-symbol keys), which the lowering
 *    does not route through it yet;
 *  - no program of the corpus's supported ranges (0xxx, 1000-1099) is rejected with TSN9002, and its
 *    library-feature programs (1114 Symbol.dispose, 1116 Proxy) are.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { translate } from '../src/driver/build.ts';
import { CHECK_OPTIONS, createCheckedProgram } from '../src/frontend/program.ts';
import { lowerProgram } from '../src/frontend/lower/index.ts';
import { lineAndColumn, TSN_UNSUPPORTED_LIBRARY } from '../src/frontend/diagnostics.ts';
import { checkLibraryUse } from '../src/frontend/library-surface.ts';
import { canonicalSurface, generateRuntimeSurface, RUNTIME_SURFACE_JSON } from '../tools/gen-runtime-surface.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/examples/', import.meta.url));

let tmp = '';
let count = 0;

/** Writes `source` to a fresh file in the temp directory; returns its path. */
function program(source: string): string {
  const file = join(tmp, `p${count++}.ts`);
  writeFileSync(file, source);
  return file;
}

/** The diagnostics text of translating `source` (empty when it translates to C). */
function diagnostics(source: string, librarySurfaceCheck = true): string {
  const result = translate({ entry: program(source), comptime: 'on' }, tmp, librarySurfaceCheck);
  return 'diagnostics' in result ? result.diagnostics : '';
}

describe('library surface (TSN9002)', function () {
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'tsn-surface-test-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('runtime-surface.json is current (else run: node compiler/tools/gen-runtime-surface.ts)', async () => {
    const fresh = join(tmp, 'runtime-surface.json');
    await generateRuntimeSurface(fresh);
    assert.equal(readFileSync(RUNTIME_SURFACE_JSON, 'utf8'), readFileSync(fresh, 'utf8'));
  });

  it('the manifest is canonical: sorted names and keys, validated shape', () => {
    const surface = canonicalSurface({ globals: { b: { statics: ['y', 'x'], prototype: ['q', '@@iterator'] }, a: null } });
    assert.deepEqual(JSON.stringify(surface), '{"globals":{"a":null,"b":{"prototype":["@@iterator","q"],"statics":["x","y"]}}}');
    assert.throws(() => canonicalSurface({ globals: { a: { statics: [1] } } }), /a\.statics is not a list of strings/);
    assert.throws(() => canonicalSurface({}), /no "globals" object/);
  });

  const rejected: [string, string, string][] = [
    ['const p = new Proxy({}, {});\nconsole.log(p);\n', "1:15 error TSN9002: tsn does not support the global 'Proxy' yet", '^^^^^'],
    ['console.log(Reflect.ownKeys({ a: 1 }));\n', "1:13 error TSN9002: tsn does not support the global 'Reflect' yet", '^^^^^^^'],
    ['const s = Symbol.dispose;\nconsole.log(s);\n', '1:18 error TSN9002: tsn does not support Symbol.dispose yet', '^^^^^^^'],
    ['console.log("x".normalize());\n', '1:17 error TSN9002: tsn does not support String.prototype.normalize yet', '^^^^^^^^^'],
    ['const w = new WeakMap<object, number>();\nconsole.log(w);\n', "1:15 error TSN9002: tsn does not support the global 'WeakMap' yet", '^^^^^^^'],
    ['console.log(Date.now());\n', "1:13 error TSN9002: tsn does not support the global 'Date' yet", '^^^^'],
    ['console.log(globalThis.Proxy);\n', "1:24 error TSN9002: tsn does not support the global 'Proxy' yet", '^^^^^'],
    ['console.log({ Proxy });\n', "1:15 error TSN9002: tsn does not support the global 'Proxy' yet", '^^^^^'],
    ['console.log(process.cwd());\n', '1:21 error TSN9002: tsn does not support process.cwd yet', '^^^'],
    ['console.log(typeof "".anchor);\n', '1:23 error TSN9002: tsn does not support String.prototype.anchor yet', '^^^^^^'],
    ['console.log(String.prototype.normalize.call("x"));\n', '1:30 error TSN9002: tsn does not support String.prototype.normalize yet', '^^^^^^^^^'],
  ];
  for (const [source, message, caret] of rejected) {
    it(`rejects ${JSON.stringify(source.split('\n')[0])}`, () => {
      const text = diagnostics(source);
      assert.ok(text.includes(`.ts:${message}\n`), text);
      assert.ok(text.split('\n')[2]!.endsWith(` | ${' '.repeat(Number(message.split(' ')[0]!.split(':')[1]) - 1)}${caret}`), text);
    });
  }

  it('reports every unsupported use, one per statement', () => {
    const text = diagnostics('console.log(Symbol.asyncDispose);\nconsole.log(Symbol.asyncIterator);\nconsole.log(Symbol.dispose);\n');
    assert.deepEqual(text.match(/TSN9002: .*/g), ['TSN9002: tsn does not support Symbol.asyncDispose yet', 'TSN9002: tsn does not support Symbol.dispose yet']);
  });

  it('accepts the library features the runtime has', () => {
    const source = `
const m = new Map<string, number>([['a', 1]]);
m.set('b', 2);
const s = new Set([1, 2]);
s.add(3);
console.log(Math.hypot(3, 4), Object.fromEntries([['a', 1]]), 'x'.padStart(3), [1].at(0), process.argv.length);
console.log(m.get('a'), m.has('b'), m.size, [...m.keys()], s.has(2), s.delete(1), [...s.values()]);
console.error('e');
class AppError extends Error {
  constructor(message: string) { super(message); this.name = 'AppError'; }
}
const e = new AppError('m');
console.log(e.message, typeof e.stack, new Error('x', { cause: 1 }).cause, Symbol.iterator.description);
const f = function () {};
console.log(f.prototype, f.name, f.length, f.call(null), Object.prototype.hasOwnProperty.call({ a: 1 }, 'a'));
const ro: readonly number[] = [1, 2];
console.log(ro.map((x) => x * 2), [1].values().next(), globalThis.Math.PI, 'abc'.length, process.stdout.write(''));
console.log(typeof Object.groupBy, Object.isSealed({}), Error.isError(e), Error.stackTraceLimit, new AggregateError([]).errors);
`;
    assert.equal(diagnostics(source), '');
  });

  it('translate(..., librarySurfaceCheck = false) skips the check (the generator builds its probe so)', () => {
    assert.equal(diagnostics('console.log("x".normalize(), typeof Proxy);\n', false), '');
  });

  it('checkLibraryUse on element accesses with literal and well-known-symbol keys', () => {
    const checked = createCheckedProgram(program(`
declare global { interface String { shout(): string } }
const s = "x";
s["normalize"]; s["padStart"]; [1][Symbol.iterator]; Function.prototype[Symbol.hasInstance]; s["shout"];
export {};
`));
    assert.deepEqual(checked.diagnostics, []);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isElementAccessExpression(node)) found.push(`${node.getText()}: ${checkLibraryUse(node, checked.checker)?.message ?? 'ok'}`);
      ts.forEachChild(node, visit);
    };
    visit(checked.entry);
    assert.deepEqual(found, [
      's["normalize"]: String.prototype.normalize',
      's["padStart"]: ok',
      '[1][Symbol.iterator]: ok',
      'Function.prototype[Symbol.hasInstance]: ok',
      's["shout"]: ok',
    ]);
  });

  it('no corpus program of 0xxx or 1000-1099 is rejected with TSN9002; 1114 and 1116 are', () => {
    // One TypeScript program over the whole corpus (each file is a module) and the real lowering of
    // each file: the same hooks as translate() without type-checking every program from scratch.
    const files = readdirSync(corpusDir).filter((f) => /^(0\d{3}|10\d\d|1114|1116)-.*\.ts$/.test(f)).sort();
    assert.ok(files.length > 200, `only ${files.length} corpus programs found`);
    const corpus = ts.createProgram({ rootNames: files.map((f) => join(corpusDir, f)), options: CHECK_OPTIONS });
    const checker = corpus.getTypeChecker();
    const findings = files.flatMap((file) => lowerProgram(checker, corpus.getSourceFile(join(corpusDir, file))!).diagnostics
      .filter((d) => d.code === TSN_UNSUPPORTED_LIBRARY)
      .map((d) => `${file}:${lineAndColumn(d.text, d.start).line} ${d.message}`));
    assert.deepEqual(findings, [
      '1114-unsupported-symbol-dispose.ts:3 tsn does not support Symbol.dispose yet',
      '1114-unsupported-symbol-dispose.ts:7 tsn does not support Symbol.dispose yet',
      "1116-unsupported-proxy.ts:3 tsn does not support the global 'Proxy' yet",
    ]);
  });
});
