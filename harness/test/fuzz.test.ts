/**
 * The comptime differential fuzzer: the printer's positions are exact, a small fixed-seed session
 * passes against the real compiler, and a deliberately wrong fold planted through
 * `foldTestHooks.corrupt` is caught, shrunk to a one-line program, bucketed under `+` and saved.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { foldTestHooks } from '../../compiler/src/comptime/fold.ts';
import { checkProgram } from '../src/fuzz/check.ts';
import type { NativeSide, ProgramRun } from '../src/fuzz/execute.ts';
import { programArbitrary } from '../src/fuzz/generate.ts';
import { fuzzMain } from '../src/fuzz/main.ts';
import type { FuzzProgram, GenExpr } from '../src/fuzz/model.ts';
import { renderProgram } from '../src/fuzz/render.ts';
import { runSession } from '../src/fuzz/session.ts';
import { parsesAsTypeScript } from '../src/fuzz/syntax.ts';
import { fuzzCompiler } from '../src/fuzz/toolchain.ts';
import type { ProcessResult } from '../src/run.ts';

function processResult(stdout: string): ProcessResult {
  return { stdout: Buffer.from(stdout), stderr: Buffer.alloc(0), exitCode: 0, signal: null, timedOut: false, capped: [], durationMs: 1 };
}

describe('comptime fuzzer', () => {
  let work: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'tsn-fuzz-test-'));
  });

  afterEach(async () => {
    foldTestHooks.corrupt = undefined;
    await rm(work, { recursive: true, force: true });
  });

  it('records every sub-expression at the line and column where its text starts', () => {
    fc.assert(fc.property(programArbitrary({ maxDepth: 4, exprsPerProgram: 5 }), (program) => {
      const rendered = renderProgram(program);
      const lines = rendered.source.split('\n');
      for (const node of [...rendered.preludeNodes, ...rendered.exprs.flatMap((e) => e.nodes)]) {
        assert.equal(lines[node.line - 1]!.slice(node.col - 1, node.col - 1 + node.source.length), node.source);
      }
      rendered.exprs.forEach((e) => assert.equal(lines[e.line - 1], `p(${e.source});`));
    }), { numRuns: 200, seed: 7 });
  });

  it('never generates an expression TypeScript parses as type arguments (microsoft/TypeScript#37760)', () => {
    const num = (value: number): GenExpr => ({ kind: 'num', value, text: String(value) });
    const shift = (op: '<<' | '>>', left: GenExpr, right: GenExpr): GenExpr => ({ kind: 'binary', op, left, right });
    const misread = shift('<<', num(0), shift('<<', num(0), shift('>>', num(0), num(-1))));
    assert.equal(renderProgram({ exprs: [misread] }).exprs[0]!.source, '0 << (0 << (0 >> (-1)))');
    assert.equal(parsesAsTypeScript(misread), false);
    assert.equal(parsesAsTypeScript(shift('<<', num(0), shift('>>', num(0), num(-1)))), true);
    fc.assert(fc.property(programArbitrary({ maxDepth: 4, exprsPerProgram: 20 }), (program) => program.exprs.every(parsesAsTypeScript)), { numRuns: 50, seed: 3 });
  });

  it('compares the sides byte for byte and buckets what differs (fabricated runs)', async () => {
    const program: FuzzProgram = {
      exprs: [
        { kind: 'binary', op: '+', left: { kind: 'num', value: 1, text: '1' }, right: { kind: 'num', value: 2, text: '2' } },
        { kind: 'unary', op: 'typeof', operand: { kind: 'str', value: 'a', text: '"a"' } },
      ],
    };
    const rendered = renderProgram(program);
    assert.deepEqual(rendered.exprs.map((e) => [e.line, e.source]), [[3, '1 + 2'], [4, 'typeof ("a")']]);
    const ran = (stdout: string, foldReport: string): NativeSide => ({ kind: 'ran', run: processResult(stdout), foldReport });
    const run: ProgramRun = {
      entry: path.join(work, 'x.ts'),
      node: processResult('3\n"string"\n'),
      on: ran('3\n"strinG"\n', '{"at":"x.ts:3:1","op":"call","bail":"I/O (console)"}\n{"at":"x.ts:3:3","op":"+","value":"4"}\n'),
      off: ran('3\n"string"\n', '{"at":"x.ts:4:3","op":"typeof","value":"\\"string\\""}\n'),
      timings: { totalMs: 0, compileMs: 0, ccMs: 0 },
    };
    const verdict = await checkProgram({ work, cc: 'cc', optLevel: 0, timeoutMs: 10_000 }, rendered, run, false);
    assert.deepEqual(verdict.discrepancies.map((d) => [d.kind, d.gate, d.bucket, d.line]), [
      ['output', 'on', 'typeof', 4],
      ['fold-site', 'on', '+', 3],
      ['fold-off', 'off', 'fold with comptime=off', 4],
    ]);
    assert.equal(verdict.sitesChecked, 1);
    assert.deepEqual([...verdict.siteOps], [['+', 1]]);
  });

  it('finds no discrepancy in a small fixed-seed session against the real compiler', async () => {
    const { command: cc } = await fuzzCompiler();
    const result = await runSession({ runs: 2, seed: 20240611, maxDepth: 3, exprsPerProgram: 40, optLevel: 0, cc, timeoutMs: 60_000, work, maxFailures: 1, jobs: 1 });
    const found = result.failures.map((f) => `${f.buckets.join(',')}: ${f.minimal.verdict.discrepancies.map((d) => d.message).join('\n')}`);
    assert.deepEqual(found, []);
    assert.equal(result.stats.searchPrograms, 2);
    assert.ok(result.stats.searchExpressions >= 2);
    assert.ok(result.stats.sitesChecked > 0, 'the folder folded something and its sites were checked');
  });

  it('catches a planted wrong fold, shrinks it to one line, buckets it under "+" and saves it', async () => {
    foldTestHooks.corrupt = (op, value) => (op === '+' && typeof value === 'number' ? value + 1 : value);
    let text = '';
    const code = await fuzzMain(['--runs', '20', '--seed', '7', '--max-depth', '2', '--exprs-per-program', '8', '--max-failures', '1', '--jobs', '1', '--save'], { write: (t) => { text += t; } }, work);
    assert.equal(code, 1, text);
    assert.match(text, /FAILURE in bucket "\+"/);
    const replay = /replay: npm run fuzz:comptime -- (.*)\n/.exec(text);
    assert.ok(replay !== null && /^--seed 7 --path \d[\d:]* --max-depth 2 --exprs-per-program 8 --opt-level 0 --cc \S+$/.test(replay[1]!), text);
    assert.match(text, /\[\+\] fold-site comptime=on: fold site \{"at":"[^"]+","op":"\+"/);
    assert.doesNotMatch(text, /comptime=off: /, 'the unfolded build agrees with Node');
    const saved = path.join(work, 'corpus/examples/1200-fuzz-add.ts');
    const source = await readFile(saved, 'utf8');
    const printed = source.split('\n').filter((l) => l.startsWith('p('));
    assert.equal(printed.length, 1, source);
    assert.ok(printed[0]!.length <= 60, `shrunk to a short expression: ${printed[0]}`);
    const golden = await readFile(path.join(work, 'goldens/examples/1200-fuzz-add.out'), 'utf8');
    assert.equal(golden.split('\n').length, 2, 'one printed line and the final newline');
    assert.ok(existsSync(path.join(work, 'reference/examples/1200-fuzz-add.json')));

    let replayed = '';
    assert.equal(await fuzzMain(replay[1]!.split(' '), { write: (t) => { replayed += t; } }, work), 1);
    const minimal = (out: string) => /minimal program:\n([\s\S]*?)\n {2}Node:/.exec(out)?.[1];
    assert.match(minimal(text) ?? '', /^ {4}function show/);
    assert.equal(minimal(replayed), minimal(text), 'the replay reproduces the minimal program');
  });
});
