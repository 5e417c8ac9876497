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
import { programArbitrary } from '../src/fuzz/generate.ts';
import { fuzzMain } from '../src/fuzz/main.ts';
import { renderProgram } from '../src/fuzz/render.ts';
import { runSession } from '../src/fuzz/session.ts';

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

  it('finds no discrepancy in a small fixed-seed session against the real compiler', async () => {
    const result = await runSession({ runs: 2, seed: 20240611, maxDepth: 3, exprsPerProgram: 40, optLevel: 0, timeoutMs: 60_000, work, maxFailures: 1 });
    const found = result.failures.map((f) => `${f.buckets.join(',')}: ${f.minimal.verdict.discrepancies.map((d) => d.message).join('\n')}`);
    assert.deepEqual(found, []);
    assert.equal(result.stats.searchPrograms, 2);
    assert.ok(result.stats.searchExpressions >= 2);
    assert.ok(result.stats.sitesChecked > 0, 'the folder folded something and its sites were checked');
  });

  it('catches a planted wrong fold, shrinks it to one line, buckets it under "+" and saves it', async () => {
    foldTestHooks.corrupt = (op, value) => (op === '+' && typeof value === 'number' ? value + 1 : value);
    let text = '';
    const code = await fuzzMain(['--runs', '5', '--seed', '7', '--max-depth', '2', '--exprs-per-program', '8', '--max-failures', '1', '--save'], { write: (t) => { text += t; } }, work);
    assert.equal(code, 1, text);
    assert.match(text, /FAILURE in bucket "\+"/);
    assert.match(text, /replay: npm run fuzz:comptime -- --seed 7 --path \d[\d:]* /);
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
  });
});
