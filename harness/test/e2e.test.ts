import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPILER_LIBRARY } from '../src/builder.ts';
import { main } from '../src/main.ts';
import type { Report } from '../src/report/model.ts';
import { captureConsole, copyFixture, removeFixture } from './support/fixture-root.ts';

describe('parity end to end: the real compiler on a two-program fixture', function () {
  this.timeout(180_000);
  let root: string;
  before(async function () {
    if (!existsSync(COMPILER_LIBRARY)) this.skip(); // the compiler library (compiler/src/driver/build.ts) is not there yet
    root = await copyFixture('e2e');
  });
  after(async () => {
    if (root !== undefined) await removeFixture(root);
  });

  it('compiles both programs in-process (one throws an uncaught TypeError), runs them and Node, and passes; the second run uses the build cache', async () => {
    const out = captureConsole();
    const code = await main(['--root', root, '--reporter=plain'], { out });
    assert.equal(code, 0, out.text());
    assert.equal(out.text().trimEnd().split('\n').at(-1), 'Parity 2/2 (PASS 2)');
    const again = captureConsole();
    assert.equal(await main(['--root', root, '--reporter=quiet'], { out: again }), 0, again.text());
    const report = JSON.parse(await readFile(path.join(root, 'reports', 'latest', 'report.json'), 'utf8')) as Report;
    assert.deepEqual(report.results.map((r) => [r.label, r.outcome, r.cached]), [
      ['examples/0001-hello', 'PASS', true],
      ['examples/0002-uncaught', 'PASS', true],
    ]);
    assert.ok((report.results[0].sizes.exeBytes ?? 0) > 0);
  });
});
