import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main } from '../src/main.ts';
import { resolvePinnedNode } from '../src/reference.ts';
import type { Report } from '../src/report/model.ts';
import { fakeBuilder, type FakeBehaviour, type FakeBuilder } from './support/fake-builder.ts';
import { captureConsole, copyFixture, removeFixture, snapshotTree } from './support/fixture-root.ts';
import { isAlive } from './support/processes.ts';

/** The fixture's diagnostics program is rejected by the (fake) compiler, as a real one would. */
const DIAGNOSTICS: Record<string, FakeBehaviour> = { '1101-rejected': 'reject' };

interface Run {
  code: number;
  text: string;
  builder: FakeBuilder;
}

/** Runs the harness over `root` with a fake native side. */
async function parity(root: string, argv: string[], behaviours: Record<string, FakeBehaviour> = {}, builder = fakeBuilder({ ...DIAGNOSTICS, ...behaviours })): Promise<Run> {
  const out = captureConsole();
  const code = await main(['--root', root, '--reporter=plain', ...argv], { out, loadBuilder: async () => builder });
  return { code, text: out.text(), builder };
}

async function latestReport(root: string): Promise<Report> {
  return JSON.parse(await readFile(path.join(root, 'reports', 'latest', 'report.json'), 'utf8')) as Report;
}

function outcomes(report: Report): Record<string, string> {
  return Object.fromEntries(report.results.map((r) => [r.label, r.outcome]));
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

/** Every file of the fixture except the build cache and reports, for "touches no other file" checks. */
function snapshot(root: string): Promise<Map<string, string>> {
  return snapshotTree(root, (rel) => rel.startsWith('.tsn-cache') || rel.startsWith('reports'));
}

describe('parity: whole runs over a fixture corpus with a fake native side', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(async () => {
    root = await copyFixture('basic');
  });
  afterEach(async () => {
    await removeFixture(root);
  });

  it('passes a consistent corpus: exit 0, four reports, the Parity line last', async () => {
    const run = await parity(root, []);
    assert.equal(run.code, 0, run.text);
    assert.equal(lastLine(run.text), 'Parity 7/7 (PASS 7)');
    const report = await latestReport(root);
    assert.deepEqual(Object.values(outcomes(report)), Array(7).fill('PASS'));
    assert.deepEqual(report.normalisations.map((n) => n.name), ['node-error-header', 'node-stack-frames', 'node-trace-uncaught-hint', 'node-version-trailer']);
    for (const f of ['junit.xml', 'summary.md', 'index.html']) assert.ok((await readFile(path.join(root, 'reports', 'latest', f), 'utf8')).length > 0);
    assert.equal(report.environment.node, (await resolvePinnedNode()).version);
  });

  it('classifies a native side that prints differently, crashes, hangs, is rejected or breaks the compiler', async () => {
    const run = await parity(root, ['--timeout', '1', '-name=examples/000'], {
      '0001-hello': 'differ', '0002-args-env': 'crash', '0004-multi-file': 'hang', '0005-exit-code': 'reject', '0003-uncaught': 'throw',
    });
    assert.equal(run.code, 1);
    const report = await latestReport(root);
    assert.deepEqual(outcomes(report), {
      'examples/0001-hello': 'FAIL',
      'examples/0002-args-env': 'CRASH',
      'examples/0003-uncaught': 'COMPILE-ERROR',
      'examples/0004-multi-file': 'TIMEOUT',
      'examples/0005-exit-code': 'COMPILE-ERROR',
    });
    assert.match(run.text, /--- examples\/0001-hello stdout \(node\)\n\+\+\+ examples\/0001-hello stdout \(native\)\n@@ -1,1 \+1,1 @@\n-hello\n\+not what node prints\n/);
    assert.match(run.text, /CRASH examples\/0002-args-env: the native executable was killed by SIGSEGV/);
    assert.match(run.text, /COMPILE-ERROR examples\/0005-exit-code: rejected by tsn: corpus\/examples\/0005-exit-code\.ts:1:15 error TSN9001/);
    assert.match(run.text, /COMPILE-ERROR examples\/0003-uncaught: tsn build failed internally: internal error: the compiler threw: Error: fake compiler bug/);
    assert.equal(lastLine(run.text), 'Parity 0/5 (FAIL 1, COMPILE-ERROR 2, CRASH 1, TIMEOUT 1)');
    const hangChild = Number(await readFile(path.join(root, 'corpus', 'examples', '0004-multi-file', 'hang-child.pid'), 'utf8'));
    assert.equal(isAlive(hangChild), false, 'the hanging program\'s child must be killed');
  });

  it('reports NEW without a golden and GOLDEN-STALE when Node no longer prints the golden', async () => {
    await rm(path.join(root, 'goldens', 'examples', '0001-hello.out'));
    await writeFile(path.join(root, 'goldens', 'examples', '0005-exit-code.err'), 'something else\n');
    const run = await parity(root, ['-name=examples/0001,examples/0005']);
    assert.equal(run.code, 1);
    assert.deepEqual(outcomes(await latestReport(root)), { 'examples/0001-hello': 'NEW', 'examples/0005-exit-code': 'GOLDEN-STALE' });
    assert.match(run.text, /-something else\n\+bad thing\n/);
  });

  it('applies the expectations file: XFAIL is expected, XPASS is not', async () => {
    await writeFile(path.join(root, 'corpus', 'expectations.json'), JSON.stringify([
      { program: 'examples/0001-hello', reason: 'prints wrong', outcome: 'FAIL' },
      { program: 'examples/0005-exit-code', reason: 'was broken', outcome: 'CRASH' },
    ]));
    const xfail = await parity(root, ['-name=examples/0001'], { '0001-hello': 'differ' });
    assert.equal(xfail.code, 0, xfail.text);
    assert.equal(lastLine(xfail.text), 'Parity 0/1 (XFAIL 1)');
    const xpass = await parity(root, ['-name=examples/0005']);
    assert.equal(xpass.code, 1);
    assert.match(xpass.text, /XPASS examples\/0005-exit-code: listed as CRASH \(was broken\) but passes/);
  });

  it('gives a clear message and exit 2 for a malformed expectations file, an unknown -name, a missing pinned Node', async () => {
    await writeFile(path.join(root, 'corpus', 'expectations.json'), '[{"program": "examples/0001-hello"}]');
    const bad = await parity(root, []);
    assert.equal(bad.code, 2);
    assert.match(bad.text, /^parity: corpus\/expectations\.json: entry 0 \("examples\/0001-hello"\): "reason" must be a non-empty string/m);
    await writeFile(path.join(root, 'corpus', 'expectations.json'), '[]');
    const unknown = await parity(root, ['-name=examples/0999']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.text, /parity: -name: "examples\/0999" matches no corpus program/);
    const out = captureConsole();
    const code = await main(['--root', root, '-name=examples/0001'], {
      out, loadBuilder: async () => fakeBuilder(), pinnedNode: () => resolvePinnedNode('/nonexistent/node'),
    });
    assert.equal(code, 2);
    assert.match(out.text(), /parity: the pinned Node \/nonexistent\/node is missing: run `npm install`.*--no-reference/);
  });

  it('caches native builds: an unchanged program is not rebuilt, an edited one is', async () => {
    const first = await parity(root, ['-name=examples/0001,examples/0004']);
    assert.equal(first.builder.builds.length, 2);
    const second = await parity(root, ['-name=examples/0001,examples/0004']);
    assert.deepEqual(second.builder.builds, []);
    await writeFile(path.join(root, 'corpus', 'examples', '0004-multi-file', 'util.ts'), 'export function twice(n: number): number {\n  return n + n;\n}\n');
    const third = await parity(root, ['-name=examples/0001,examples/0004']);
    assert.deepEqual(third.builder.builds.map((b) => path.basename(path.dirname(b))), ['0004-multi-file']);
    assert.equal(third.code, 0);
    const otherCompiler = await parity(root, ['-name=examples/0001'], {}, fakeBuilder({}, 'another fold text\n'));
    assert.equal(otherCompiler.builder.builds.length, 1, 'a different compiler fingerprint must rebuild');
  });

  it('runs and counts each program under both comptime gates with --comptime=both', async () => {
    const run = await parity(root, ['--comptime=both', '-name=examples/0001,examples/0601']);
    assert.equal(run.code, 0, run.text);
    assert.deepEqual(Object.keys(outcomes(await latestReport(root))), [
      'examples/0001-hello [comptime=on]', 'examples/0001-hello [comptime=off]', 'examples/0601-fold [comptime=on]', 'examples/0601-fold [comptime=off]',
    ]);
    assert.equal(lastLine(run.text), 'Parity 4/4 (PASS 4)');
  });

  it('compares the fold report of comptime programs with its golden', async () => {
    const run = await parity(root, ['-name=examples/0601'], {}, fakeBuilder({}, 'fold: nothing\n'));
    assert.equal(run.code, 1);
    assert.match(run.text, /FAIL examples\/0601-fold: native differs from Node: fold\n/);
    assert.match(run.text, /-fold: 1 \+ 2 -> 3\n\+fold: nothing\n/);
  });

  it('with --no-reference compares with goldens and recorded transcripts, without Node', async () => {
    const out = captureConsole();
    const args = ['--root', root, '--no-reference', '-name=examples/0003,examples/0005'];
    const noNode = async (): Promise<never> => assert.fail('the pinned Node must not be looked for');
    assert.equal(await main(args, { out, loadBuilder: async () => fakeBuilder(), pinnedNode: noNode }), 0, out.text());
    const transcript = path.join(root, 'reference', 'examples', '0005-exit-code.json');
    await writeFile(transcript, (await readFile(transcript, 'utf8')).replace('"exitCode": 3', '"exitCode": 4'));
    const drift = captureConsole();
    assert.equal(await main(args, { out: drift, loadBuilder: async () => fakeBuilder(), pinnedNode: noNode }), 1);
    assert.match(drift.text(), /GOLDEN-STALE examples\/0005-exit-code: the recorded transcript differs from the golden: exit code/);
  });

  it('--rerun-failed runs only the programs that were unexpected last time; --keep keeps their executable and C', async () => {
    await parity(root, ['-name=examples/0001,examples/0002'], { '0002-args-env': 'differ' });
    const rerun = await parity(root, ['--rerun-failed', '--keep'], { '0002-args-env': 'differ' });
    assert.deepEqual(Object.keys(outcomes(await latestReport(root))), ['examples/0002-args-env']);
    assert.match(rerun.text, /still failing examples\/0002-args-env \(since .*, 2 runs\)/);
    const kept = path.join(root, 'reports', 'latest', 'kept', 'examples_0002-args-env');
    assert.match(await readFile(path.join(kept, 'program.c'), 'utf8'), /fake C/);
    assert.match(await readFile(path.join(kept, 'exe'), 'utf8'), /not what node prints/);
    assert.match(await readFile(path.join(kept, 'repro.txt'), 'utf8'), /env -i GREETING=hi LC_ALL=C NO_COLOR=1 PATH=\S+ TZ=UTC|env -i TZ=UTC LC_ALL=C NO_COLOR=1 PATH=\S+ GREETING=hi '<this folder>\/exe' 'a b' c/);
    const fixed = await parity(root, ['-name=examples/0002']);
    assert.match(fixed.text, /^FIXED examples\/0002-args-env$/m);
  });

  it('reports orphans and removes them with --prune', async () => {
    await writeFile(path.join(root, 'goldens', 'examples', '0042-gone.out'), 'x');
    const listed = await parity(root, ['-name=examples/0001']);
    assert.match(listed.text, /^orphan goldens\/examples\/0042-gone\.out: no corpus program examples\/0042-gone \(remove with --prune\)$/m);
    const pruned = await parity(root, ['-name=examples/0001', '--prune']);
    assert.match(pruned.text, /^pruned orphan goldens\/examples\/0042-gone\.out/m);
    await assert.rejects(readFile(path.join(root, 'goldens', 'examples', '0042-gone.out')));
  });
});

describe('parity: --update-goldens', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(async () => {
    root = await copyFixture('basic');
  });
  afterEach(async () => {
    await removeFixture(root);
  });

  it('refuses to rewrite the whole corpus without --all, touching nothing', async () => {
    const before = await snapshot(root);
    const run = await parity(root, ['--update-goldens']);
    assert.equal(run.code, 2);
    assert.match(run.text, /--update-goldens refuses to rewrite every golden: name the programs with -name=\.\.\., or ask for the whole corpus with --all/);
    assert.deepEqual(await snapshot(root), before);
  });

  it('records only the named programs from Node, prints a diff per file, and touches no other file', async () => {
    await rm(path.join(root, 'goldens', 'examples', '0003-uncaught.err'));
    await writeFile(path.join(root, 'goldens', 'examples', '0003-uncaught.out'), 'stale\n');
    await writeFile(path.join(root, 'goldens', 'examples', '0001-hello.out'), 'also stale, but not named\n');
    const before = await snapshot(root);
    const run = await parity(root, ['--update-goldens', '-name=examples/0003']);
    assert.equal(run.code, 0, run.text);
    assert.match(run.text, /--- a\/goldens\/examples\/0003-uncaught\.out\n\+\+\+ b\/goldens\/examples\/0003-uncaught\.out\n@@ -1,1 \+1,1 @@\n-stale\n\+before\n/);
    assert.match(run.text, /--- \/dev\/null\n\+\+\+ b\/goldens\/examples\/0003-uncaught\.err\n@@ -0,0 \+1,1 @@\n\+TypeError: Cannot read properties of undefined \(reading 'y'\)\n/);
    const after = await snapshot(root);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    assert.deepEqual(changed, ['goldens/examples/0003-uncaught.err', 'goldens/examples/0003-uncaught.out']);
    assert.equal(lastLine(run.text), 'Parity 1/1 (PASS 1)');
  });

  it('refuses a program whose native output differs from Node, unless listed in the expectations', async () => {
    await writeFile(path.join(root, 'goldens', 'examples', '0001-hello.out'), 'stale\n');
    const before = await snapshot(root);
    const refused = await parity(root, ['--update-goldens', '-name=examples/0001'], { '0001-hello': 'differ' });
    assert.equal(refused.code, 1);
    assert.match(refused.text, /refused {3}examples\/0001-hello: native output differs from Node under comptime=on \(stdout\): fix the compiler/);
    assert.deepEqual(await snapshot(root), before);
    await writeFile(path.join(root, 'corpus', 'expectations.json'), '[{"program": "examples/0001-hello", "reason": "r", "outcome": "FAIL"}]');
    const listed = await parity(root, ['--update-goldens', '-name=examples/0001'], { '0001-hello': 'differ' });
    assert.equal(listed.code, 0, listed.text);
    assert.equal(await readFile(path.join(root, 'goldens', 'examples', '0001-hello.out'), 'utf8'), 'hello\n');
    assert.equal(lastLine(listed.text), 'Parity 0/1 (XFAIL 1)');
  });

  it('with --accept-native blesses the native output and keeps checking Node against its transcript', async () => {
    const run = await parity(root, ['--update-goldens', '--accept-native', '-name=examples/0001'], { '0001-hello': 'differ' });
    assert.equal(run.code, 0, run.text);
    assert.equal(await readFile(path.join(root, 'goldens', 'examples', '0001-hello.out'), 'utf8'), 'not what node prints\n');
    const transcript = JSON.parse(await readFile(path.join(root, 'reference', 'examples', '0001-hello.json'), 'utf8'));
    assert.equal(transcript.goldenFrom, 'native');
    assert.equal(transcript.stdout, 'hello\n');
    const check = await parity(root, ['-name=examples/0001'], { '0001-hello': 'differ' });
    assert.equal(check.code, 0, check.text);
  });

  it('blesses diagnostics programs from tsn build, and creates goldens and transcripts for a new program', async () => {
    await rm(path.join(root, 'goldens', 'examples'), { recursive: true });
    await rm(path.join(root, 'reference'), { recursive: true });
    const run = await parity(root, ['--update-goldens', '-name=examples/1101,examples/0002'], { '1101-rejected': 'reject' });
    assert.equal(run.code, 0, run.text);
    const files = [...(await snapshot(root)).keys()].filter((k) => k.startsWith('goldens') || k.startsWith('reference'));
    assert.deepEqual(files, [
      'goldens/examples/0002-args-env.out', 'goldens/examples/1101-rejected.code', 'goldens/examples/1101-rejected.err',
      'goldens/examples/1101-rejected.out', 'reference/examples/0002-args-env.json', 'reference/node-version.txt',
    ]);
    assert.equal(await readFile(path.join(root, 'goldens', 'examples', '1101-rejected.err'), 'utf8'),
      'corpus/examples/1101-rejected.ts:1:15 error TSN9001: Proxy is not supported\n');
    const transcript = await readFile(path.join(root, 'reference', 'examples', '0002-args-env.json'), 'utf8');
    assert.match(transcript, /^{\n {2}"program": "examples\/0002-args-env",\n {2}"node": "v\d+\.\d+\.\d+",\n {2}"goldenFrom": "node",\n {2}"args": \[\n {4}"a b",\n {4}"c"\n {2}\],\n {2}"env": {\n {4}"GREETING": "hi"\n {2}},/);
  });
});
