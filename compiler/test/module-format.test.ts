/**
 * Programs as Node loads them: the module format Node 24 gives a file (package.json "type",
 * extensions, syntax detection), sloppy-mode semantics in CommonJS (`this`, failed writes, implicit
 * globals, the mapped `arguments` object), and the constructs that are still unsupported (a module's
 * top-level `arguments`, `with`, direct `eval`) rejected as TSN9001 instead of compiling into a
 * run-time ReferenceError.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { execa } from 'execa';
import { build, translate } from '../src/driver/build.ts';
import { moduleFormatOf } from '../src/frontend/module-format.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(root, 'node_modules/.bin/node');
/* Node runs under `env -i`: nyc's spawn hook adds its CommonJS require hooks to child processes, which
 * would compile a CommonJS .ts file without type stripping. */

describe('module format and sloppy mode', function () {
  this.timeout(300_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tsn-format-'));
    await mkdir(path.join(dir, 'esm'));
    await mkdir(path.join(dir, 'cjs'));
    await mkdir(path.join(dir, 'untyped'));
    await writeFile(path.join(dir, 'esm', 'package.json'), '{ "type": "module" }\n');
    await writeFile(path.join(dir, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
    await writeFile(path.join(dir, 'untyped', 'package.json'), '{ "name": "untyped" }\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  async function file(rel: string, text: string): Promise<string> {
    const f = path.join(dir, rel);
    await writeFile(f, text);
    return f;
  }

  /** Node's own verdict: `this` at the top level is undefined in an ES module, module.exports in CommonJS. */
  async function nodeFormat(f: string): Promise<string> {
    const r = await execa('env', ['-i', node, '--experimental-strip-types', '--no-warnings', f], { reject: false });
    return r.stdout.startsWith('undefined') ? 'module' : 'commonjs';
  }

  const cases: [string, string][] = [
    ['esm/a.ts', 'console.log(typeof this);\n'],
    ['cjs/b.ts', 'console.log(typeof this);\n'],
    ['cjs/c.mts', 'console.log(typeof this);\n'],
    ['esm/d.cts', 'console.log(typeof this);\n'],
    ['untyped/e.ts', 'console.log(typeof this);\n'],
    ['untyped/f.ts', 'export const x = 1;\nconsole.log(typeof this);\n'],
    ['g.ts', 'export type T = number;\nexport interface I {}\nimport type { X } from "./x.ts";\nconsole.log(typeof this);\n'],
    ['h.ts', 'console.log(typeof this, typeof import.meta);\n'],
    ['i.ts', 'const require = 1;\nconsole.log(typeof this);\n'],
    ['j.ts', 'await 0;\nconsole.log(typeof this);\n'],
    ['k.ts', 'async function f() { await 0; }\nconsole.log(typeof this);\n'],
    ['l.js', 'export {};\nconsole.log(typeof this);\n'],
    // a script reads `await (x)` and `await [x]` as uses of an identifier named await: no module syntax
    ['m.ts', 'if (Math.random() > 2) await (1);\nconsole.log(typeof this);\n'],
    ['n.ts', 'if (Math.random() > 2) await [1];\nconsole.log(typeof this);\n'],
  ];
  it('decides the format as Node 24 does (checked against Node)', async () => {
    for (const [rel, text] of cases) {
      const f = await file(rel, text);
      const sf = ts.createSourceFile(f, text, ts.ScriptTarget.ES2023, true);
      assert.equal(moduleFormatOf(sf), await nodeFormat(f), rel);
    }
  });

  it('checks a detected ES module as one: a top-level export in a folder without "type" is no error', async () => {
    const f = await file('untyped/m.ts', 'export const x: number = 1;\nconsole.log(x);\n');
    const r = translate({ entry: f, comptime: 'on' }, dir);
    assert.ok(!('diagnostics' in r), 'diagnostics' in r ? r.diagnostics : '');
  });

  it('rejects top-level arguments and return, require, with and direct eval as diagnostics (never a run-time ReferenceError or a silent undefined), in every format', async () => {
    const programs: [string, string, RegExp][] = [
      ['esm/args.ts', 'const f = () => arguments.length;\nconsole.log(f());\n', /esm\/args\.ts:1:17 error TSN9001: tsn does not support the 'arguments' object here yet/],
      ['cjs/top-args.ts', 'console.log(arguments.length);\n', /error TSN9001: tsn does not support the 'arguments' object here yet/],
      ['cjs/return.ts', 'console.log(1);\nreturn;\n', /cjs\/return\.ts:2:1 error TSN9001: tsn does not support a 'return' at the top level of a module yet/],
      ['cjs/typeof-require.ts', 'function f() { return typeof require; }\nconsole.log(f());\n', /cjs\/typeof-require\.ts:1:30 error TSN9002: tsn does not support the global 'require' yet/],
      ['cjs/with.ts', 'const o = { a: 1 };\nwith (o) { console.log(a); }\n', /cjs\/with\.ts:2:1 error TSN9001: tsn does not support with yet/],
      ['esm/eval.ts', 'console.log(eval("1 + 1"));\n', /esm\/eval\.ts:1:13 error TSN9001: tsn does not support direct eval yet/],
      ['cjs/eval.ts', 'const x = 1;\nconsole.log(eval("x"));\n', /cjs\/eval\.ts:2:13 error TSN9001: tsn does not support direct eval yet/],
    ];
    for (const [rel, text, expected] of programs) {
      const f = await file(rel, text);
      const r = translate({ entry: f, comptime: 'on', check: 'off' }, dir);
      assert.ok('diagnostics' in r, `${rel} compiled`);
      assert.match(r.diagnostics, expected);
    }
  });

  it('runs CommonJS functions sloppy: this of a plain call is globalThis, primitives are boxed; class and "use strict" code stay strict', async () => {
    const f = await file('cjs/this.ts', [
      'function show(this: unknown) { return typeof this; }',
      'console.log(show.call(5), show.call(null), show(), (function (this: unknown) { return this === globalThis; })());',
      'function strictShow(this: unknown) { "use strict"; return typeof this; }',
      'class C { m(this: unknown) { return typeof this; } }',
      'const m = new C().m;',
      'console.log(strictShow.call(5), strictShow(), m());',
      '',
    ].join('\n'));
    const exe = path.join(dir, 'this-exe');
    for (const comptime of ['on', 'off'] as const) {
      const b = await build({ entry: f, output: exe, comptime, optLevel: 0, check: 'off' });
      assert.equal(b.exitCode, 0, b.diagnosticsText);
      const native = await execa(exe, { reject: false });
      const reference = await execa('env', ['-i', node, '--experimental-strip-types', '--no-warnings', f], { reject: false });
      assert.equal(reference.stderr, '');
      assert.equal(native.stdout, 'object object object true\nnumber undefined undefined');
      assert.equal(native.stdout, reference.stdout);
    }
  });

  it('runs CommonJS code sloppy: failed writes are ignored, undeclared names become globals, arguments is mapped (as Node)', async () => {
    const f = await file('cjs/sloppy.ts', [
      'const o = Object.freeze({ a: 1 });',
      '(o as { a: number }).a = 2;',
      'const n: any = 5; n.x = 1;',
      'function count(a: number, b: number) { return arguments.length; }',
      'function alias(a: number) { arguments[0] = 7; const before = a; a = 8; return [before, arguments[0]]; }',
      'function strictAlias(a: number) { "use strict"; arguments[0] = 7; return a; }',
      'function setGlobal() { implicitGlobal = 3; }',
      'setGlobal();',
      'console.log(o.a, n.x, count(1, 2), alias(1), strictAlias(1), implicitGlobal, delete implicitGlobal, typeof implicitGlobal);',
      '',
    ].join('\n'));
    const exe = path.join(dir, 'sloppy-exe');
    for (const comptime of ['on', 'off'] as const) {
      const b = await build({ entry: f, output: exe, comptime, optLevel: 0, check: 'off' });
      assert.equal(b.exitCode, 0, b.diagnosticsText);
      const native = await execa(exe, { reject: false });
      const reference = await execa('env', ['-i', node, '--experimental-strip-types', '--no-warnings', f], { reject: false });
      assert.equal(reference.stderr, '');
      assert.equal(native.stdout, '1 undefined 2 [ 7, 8 ] 1 3 true undefined');
      assert.equal(native.stdout, reference.stdout);
    }
  });
});
