/**
 * End-to-end tests of the `tsn` command line: exit codes, the diagnostic format with its code frame,
 * deterministic C output, `tsn run` argument and exit-code pass-through, the uncaught-error path and
 * bounded memory under allocation pressure.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsn = path.join(root, 'compiler/bin/tsn.ts');
const node = path.join(root, 'node_modules/.bin/node');

let dir: string;

async function program(name: string, source: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, source);
  return file;
}

function runTsn(args: readonly string[]) {
  return execa(node, [tsn, ...args], { cwd: dir, reject: false });
}

describe('tsn CLI', function () {
  this.timeout(300_000);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tsn-cli-'));
    // ES modules, like the corpus: Node strips types itself, never through nyc's CommonJS require hook.
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints its version and help with exit code 0', async () => {
    const version = await runTsn(['--version']);
    assert.equal(version.exitCode, 0);
    assert.match(version.stdout, /^tsn \d+\.\d+\.\d+$/);
    const help = await runTsn(['--help']);
    assert.equal(help.exitCode, 0);
    assert.match(help.stdout, /tsn build <entry\.ts> -o <exe>/);
  });

  it('rejects bad usage with exit code 2', async () => {
    const r = await runTsn(['build', 'x.ts']);
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /missing -o <exe>/);
    const unknown = await runTsn(['build', 'x.ts', '-o', 'x', '--frobnicate']);
    assert.equal(unknown.exitCode, 2);
    assert.match(unknown.stderr, /unknown option '--frobnicate'/);
  });

  it('checks the entry and -o paths before compiling, one message each, exit code 2', async () => {
    await program('ok.ts', 'console.log(1);\n');
    await program('x.bin', 'console.log(1);\n');
    const cases: [readonly string[], string][] = [
      [['build', 'nope.ts', '-o', 'nope'], 'tsn: nope.ts: no such file'],
      [['build', '.', '-o', 'dot'], `tsn: . is a folder; give its entry module (e.g. main.ts)`],
      [['build', 'x.bin', '-o', 'xbin'], 'tsn: x.bin is not a TypeScript module (.ts, .mts, .cts)'],
      [['build', 'ok.ts', '-o', '.'], 'tsn: -o . is a folder; name the executable inside it (e.g. ok)'],
      [['build', 'ok.ts', '-o', 'missing/ok'], 'tsn: -o missing/ok: the folder missing does not exist'],
    ];
    for (const [args, message] of cases) {
      const r = await runTsn(args);
      assert.equal(r.exitCode, 2, args.join(' '));
      assert.equal(r.stderr, message);
    }
  });

  it('reports a type error as file:LINE:COL error TSNnnnn with a code frame, exit code 1', async () => {
    await program('bad.ts', 'let n: number = 1;\nn = "seven";\nconsole.log(n);\n');
    const r = await runTsn(['build', 'bad.ts', '-o', 'bad']);
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.stderr,
      "bad.ts:2:1 error TSN2322: Type 'string' is not assignable to type 'number'.\n" +
        '  2 | n = "seven";\n' +
        '    | ^', // execa strips the final newline
    );
  });

  it('--check=warn prints type errors as warnings and builds; --check=off reports none; syntax errors reject under every mode', async () => {
    await program('loose.ts', 'let n: number = 1;\nn = "seven" as any as number;\nconst s: string = n as unknown as number;\nconsole.log(typeof s, s);\n');
    const strict = await runTsn(['build', 'loose.ts', '-o', 'loose']);
    assert.equal(strict.exitCode, 1);
    assert.match(strict.stderr, /^loose\.ts:3:7 error TSN2322: /);
    const warn = await runTsn(['build', 'loose.ts', '-o', 'loose', '--check=warn']);
    assert.equal(warn.exitCode, 0);
    assert.match(warn.stderr, /^loose\.ts:3:7 warning TSN2322: Type 'number' is not assignable to type 'string'\.\n  3 \| /);
    const native = await execa(path.join(dir, 'loose'), { reject: false });
    const reference = await execa(node, ['--experimental-strip-types', path.join(dir, 'loose.ts')], { reject: false });
    assert.equal(native.stdout, 'string seven');
    assert.equal(native.stdout, reference.stdout);
    const off = await runTsn(['build', 'loose.ts', '-o', 'loose-off', '--check=off']);
    assert.equal(off.exitCode, 0);
    assert.equal(off.stderr, '');
    await program('broken.ts', 'const x = ;\n');
    for (const mode of ['error', 'warn', 'off']) {
      const r = await runTsn(['build', 'broken.ts', '-o', 'broken', `--check=${mode}`]);
      assert.equal(r.exitCode, 1, mode);
      assert.match(r.stderr, /^broken\.ts:1:11 error TSN1109: Expression expected\./, mode);
    }
    const bad = await runTsn(['build', 'loose.ts', '-o', 'x', '--check=maybe']);
    assert.equal(bad.exitCode, 2);
    assert.match(bad.stderr, /--check must be error, warn or off/);
  });

  it('reports an unsupported construct as TSN9001 and writes no executable', async () => {
    await program('tagged.ts', 'const tag = (s: TemplateStringsArray, ...v: unknown[]) => s.length + v.length;\nconsole.log(tag`x${1}y`);\n');
    const r = await runTsn(['build', 'tagged.ts', '-o', 'tagged']);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /^tagged\.ts:2:13 error TSN9001: tsn does not support a tagged template yet\n/);
    await assert.rejects(readFile(path.join(dir, 'tagged')));
  });

  it('builds an executable whose output and exit code match Node', async () => {
    await program(
      'ok.ts',
      'const xs = [3, 1, 2].sort();\nconsole.log(xs, { a: -0, b: "q" });\nprocess.exitCode = 3;\n',
    );
    const b = await runTsn(['build', 'ok.ts', '-o', 'ok']);
    assert.equal(b.exitCode, 0, b.stderr);
    const native = await execa(path.join(dir, 'ok'), { reject: false });
    const reference = await execa(node, ['--experimental-strip-types', path.join(dir, 'ok.ts')], { reject: false });
    assert.equal(native.stdout, reference.stdout);
    assert.equal(native.exitCode, 3);
    assert.equal(reference.exitCode, 3);
  });

  it('builds with TinyCC (CC=tcc), linking libgc dynamically where gcc links it statically', async function () {
    if ((await execa('tcc', ['-v'], { reject: false }).catch(() => null))?.exitCode !== 0) this.skip();
    await program('tiny.ts', 'const m = new Map<string, number>([["a", 1]]);\nconsole.log([...m], (0.1 + 0.2).toFixed(20), Math.cbrt(3));\n');
    const reference = await execa(node, ['--experimental-strip-types', path.join(dir, 'tiny.ts')]);
    for (const cc of ['tcc', 'cc']) {
      const b = await execa(node, [tsn, 'build', 'tiny.ts', '-o', `tiny-${cc}`, '-O0'], { cwd: dir, reject: false, env: { CC: cc } });
      assert.equal(b.exitCode, 0, b.stderr);
      const out = await execa(path.join(dir, `tiny-${cc}`));
      assert.equal(out.stdout, reference.stdout, cc);
      const libs = (await execa('ldd', [path.join(dir, `tiny-${cc}`)])).stdout;
      assert.equal(/libgc\.so/.test(libs), cc === 'tcc', libs);
    }
  });

  it('emits the same C bytes for the same source, with comptime on and off both correct', async () => {
    await program('det.ts', 'const k = 2 ** 10 + 1;\nfunction f(x: number): number { return x * k; }\nconsole.log(f(3), `${k}!`);\n');
    for (const comptime of ['on', 'off']) {
      const a = await runTsn(['build', 'det.ts', '-o', `det-${comptime}`, `--comptime=${comptime}`, '--emit-c', `a-${comptime}.c`]);
      const b = await runTsn(['build', 'det.ts', '-o', `det-${comptime}`, `--comptime=${comptime}`, '--emit-c', `b-${comptime}.c`]);
      assert.equal(a.exitCode, 0, a.stderr);
      assert.equal(b.exitCode, 0, b.stderr);
      assert.equal(await readFile(path.join(dir, `a-${comptime}.c`), 'utf8'), await readFile(path.join(dir, `b-${comptime}.c`), 'utf8'));
      const out = await execa(path.join(dir, `det-${comptime}`));
      assert.equal(out.stdout, '3075 1025!');
    }
    const on = await readFile(path.join(dir, 'a-on.c'), 'utf8');
    const off = await readFile(path.join(dir, 'a-off.c'), 'utf8');
    assert.match(on, /\/\* 1025 \*\//, 'comptime=on folds 2 ** 10 + 1');
    assert.doesNotMatch(off, /\/\* 1025 \*\//, 'comptime=off leaves it to run time');
  });

  it('--emit=c,fold-report writes <exe>.c and <exe>.fold next to the executable; an unknown kind is a usage error', async () => {
    await program('emit.ts', 'const k = 6 * 7;\nconsole.log(k);\n');
    const b = await runTsn(['build', 'emit.ts', '-o', 'emitted', '--emit=c,fold-report']);
    assert.equal(b.exitCode, 0, b.stderr);
    assert.match(await readFile(path.join(dir, 'emitted.c'), 'utf8'), /^\/\* Generated by tsn/);
    assert.match(await readFile(path.join(dir, 'emitted.fold'), 'utf8'), /"op":"\*","value":"42"/);
    const bad = await runTsn(['build', 'emit.ts', '-o', 'emitted', '--emit=asm']);
    assert.equal(bad.exitCode, 2);
    assert.match(bad.stderr, /unknown --emit kind 'asm'/);
  });

  it('tsn run passes arguments and the exit code through', async () => {
    await program('args.ts', 'console.log(process.argv.slice(2).join("|"));\nprocess.exit(Number(process.argv[2]));\n');
    const r = await runTsn(['run', 'args.ts', '--', '7', 'two words']);
    assert.equal(r.stdout, '7|two words');
    assert.equal(r.exitCode, 7);
  });

  it('prints an uncaught error from its Name: message line and exits with 1', async () => {
    await program('throw.ts', 'console.log("before");\nclass BadThing extends Error { constructor(m: string) { super(m); this.name = "BadThing"; } }\nthrow new BadThing("boom");\n');
    const b = await runTsn(['build', 'throw.ts', '-o', 'throw']);
    assert.equal(b.exitCode, 0, b.stderr);
    const r = await execa(path.join(dir, 'throw'), { reject: false });
    assert.equal(r.stdout, 'before');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderr.split('\n')[0], 'BadThing: boom');
  });

  it('runs an allocation-heavy program in bounded memory', async () => {
    // 2 million short-lived trees of 7 nodes each: far more than fits without a collector.
    await program(
      'alloc.ts',
      'interface T { l: T | null; r: T | null }\n' +
        'function make(d: number): T { return d === 0 ? { l: null, r: null } : { l: make(d - 1), r: make(d - 1) }; }\n' +
        'function count(t: T | null): number { return t === null ? 0 : 1 + count(t.l) + count(t.r); }\n' +
        'let total = 0;\nfor (let i = 0; i < 2_000_000; i++) total += count(make(2));\nconsole.log(total);\n',
    );
    const b = await runTsn(['build', 'alloc.ts', '-o', 'alloc']);
    assert.equal(b.exitCode, 0, b.stderr);
    const r = await execa('/usr/bin/time', ['-f', '%M', path.join(dir, 'alloc')]);
    assert.equal(r.stdout, '14000000');
    const peakKiB = Number(r.stderr.trim().split('\n').pop());
    assert.ok(peakKiB < 64 * 1024, `peak RSS ${peakKiB} KiB should stay under 64 MiB`);
  });
});
