/**
 * Native programs under faults, each checked against what the pinned Node does (issue 15): a reader
 * that closes the pipe early (SIGPIPE ignored, EPIPE dropped, exit 0, the program runs on), large
 * frames under a hard 8 MiB stack limit (RangeError, not a segmentation fault), the heap running out
 * (stdout flushed, V8's fatal out-of-memory line, abort) and very large allocations (no GC warnings).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsn = path.join(root, 'compiler/bin/tsn.ts');
const node = path.join(root, 'node_modules/.bin/node');

let dir: string;

/** Writes `source` as `<name>.ts`, builds it, returns the source path and the executable path. */
async function build(name: string, source: string): Promise<{ source: string; exe: string }> {
  const file = path.join(dir, `${name}.ts`);
  const exe = path.join(dir, name);
  await writeFile(file, source);
  const r = await execa(node, [tsn, 'build', file, '-o', exe], { cwd: dir, reject: false });
  assert.equal(r.exitCode, 0, r.stderr);
  return { source: file, exe };
}

/** Runs a shell command line (for pipes and ulimit). */
function shell(line: string, env: Record<string, string> = {}) {
  return execa('sh', ['-c', line], { cwd: dir, reject: false, env });
}

describe('native programs under faults', function () {
  this.timeout(300_000);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tsn-faults-'));
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ignores SIGPIPE: a closed stdout drops output, the program runs on and exits 0, as Node', async () => {
    const p = await build('pipe', 'for (let i = 0; i < 200000; i++) console.log("line " + i);\nconsole.error("after loop");\n');
    // POSIX sh has no PIPESTATUS: the program's status goes to stderr through a brace group.
    const status = (cmd: string) => `{ ${cmd}; echo "status $?" >&2; } | head -1`;
    const native = await shell(status(p.exe));
    const reference = await shell(status(`${node} --experimental-strip-types ${p.source}`));
    assert.equal(native.stdout, 'line 0');
    assert.equal(native.stderr, reference.stderr);
    assert.equal(native.stderr, 'after loop\nstatus 0');
  });

  it('throws RangeError for deep recursion with large frames under a hard 8 MiB stack, as Node', async () => {
    const args = Array.from({ length: 120 }, (_, i) => `n + ${i}`).join(', ');
    const params = Array.from({ length: 120 }, (_, i) => `a${i}: number`).join(', ');
    const p = await build('frames', [
      'console.log("start");',
      `function sum(${params}): number { return a0 + a119; }`,
      `function deep(n: number): number { return n === 0 ? 0 : deep(n - 1) + (sum(${args}) > 0 ? 1 : 0); }`,
      'try { console.log(deep(9500)); } catch (e) { console.log(e instanceof RangeError, (e as Error).message); }',
      '',
    ].join('\n'));
    const limit = 'ulimit -S -s 8192 && ulimit -H -s 8192 && ';
    const native = await shell(limit + p.exe);
    const reference = await shell(`${limit}${node} --experimental-strip-types ${p.source}`);
    assert.equal(native.exitCode, 0, native.stderr);
    assert.equal(native.stdout, 'start\ntrue Maximum call stack size exceeded');
    assert.equal(native.stdout, reference.stdout);
  });

  it('flushes stdout, prints V8\'s fatal out-of-memory line and aborts when the heap runs out', async () => {
    const p = await build('oom', [
      'console.log("before");',
      'const keep: string[][] = [];',
      'for (let i = 0; ; i++) keep.push(new Array(100000).fill("x" + i));',
      '',
    ].join('\n'));
    const r = await shell(`ulimit -v 600000 && exec ${p.exe}`);
    assert.equal(r.stdout, 'before');
    assert.equal(r.signal, 'SIGABRT'); // as Node, which aborts after its FATAL ERROR report
    assert.match(r.stderr, /^FATAL ERROR: .* - JavaScript heap out of memory$/m);
    assert.doesNotMatch(r.stderr, /GC Warning/);
  });

  it('keeps Boehm GC warnings off stderr unless TSN_GC_WARNINGS is set', async () => {
    const p = await build('large', [
      'let total = 0;',
      'for (let i = 0; i < 4; i++) total += "ab".repeat(20000000 + i).length;',
      'console.log(total);',
      '',
    ].join('\n'));
    const quiet = await execa(p.exe, [], { reject: false });
    assert.equal(quiet.stdout, '160000012');
    assert.equal(quiet.stderr, '');
    // Whether Boehm warns about large blocks depends on its heap heuristics; a heap that cannot
    // grow always makes it warn ("Failed to expand heap").
    const starved = await build('starved', [
      'const keep: string[][] = [];',
      'for (let i = 0; ; i++) keep.push(new Array(100000).fill("x" + i));',
      '',
    ].join('\n'));
    const loud = await shell(`ulimit -v 600000 && exec ${starved.exe}`, { TSN_GC_WARNINGS: '1' });
    assert.match(loud.stderr, /GC Warning/);
  });
});
