import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseParityArgs } from '../src/args.ts';
import { programExtension } from '../src/discover.ts';
import { discoverSuite, suiteLayout } from '../src/suite.ts';

describe('suite: a folder of programs the team did not write', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tsn-suite-'));
    const suite = path.join(dir, 'peer');
    await mkdir(path.join(suite, 'multi'), { recursive: true });
    await mkdir(path.join(suite, 'node_modules', 'dep'), { recursive: true });
    for (const [name, text] of [
      ['a.ts', 'console.log(1);\n'], ['b.cjs', 'console.log(2);\n'], ['c.mjs', 'console.log(3);\n'], ['types.d.ts', 'export {};\n'],
      ['notes.md', '# no program\n'], ['multi/main.mts', 'import "./x.mts";\n'], ['multi/x.mts', 'console.log(4);\n'],
      ['node_modules/dep/index.js', 'module.exports = 1;\n'], ['package.json', '{}\n'],
    ]) await writeFile(path.join(suite, name), text);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('finds every program file and multi-file folder, named <suite>/<stem>, each run where it lives', async () => {
    const { programs, problems } = await discoverSuite(path.join(dir, 'peer'));
    assert.deepEqual(problems, []);
    assert.deepEqual(programs.map((p) => p.id), ['peer/a', 'peer/b', 'peer/c', 'peer/multi']);
    const multi = programs.find((p) => p.id === 'peer/multi')!;
    assert.equal(multi.entry, path.join(dir, 'peer', 'multi', 'main.mts'));
    assert.equal(multi.cwd, path.join(dir, 'peer', 'multi'));
    assert.deepEqual(multi.sources.map((f) => path.basename(f)), ['main.mts', 'x.mts']);
    assert.ok(programs.every((p) => p.kind === 'run' && !p.comptime));
  });

  it('reports two programs with one id as a problem', async () => {
    await writeFile(path.join(dir, 'peer', 'a.js'), 'console.log(5);\n');
    const { problems } = await discoverSuite(path.join(dir, 'peer'));
    await rm(path.join(dir, 'peer', 'a.js'));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /the id peer\/a/);
  });

  it('knows program extensions, writes reports to reports/suites/<name>/, and refuses goldens', () => {
    assert.equal(programExtension('x.cts'), '.cts');
    assert.equal(programExtension('x.d.mts'), undefined);
    assert.equal(suiteLayout('/p', '/q/peer').reports, '/p/reports/suites/peer');
    assert.equal(parseParityArgs(['--suite', 'x']).suite, 'x');
    assert.throws(() => parseParityArgs(['--suite', 'x', '--update-goldens', '-name=a']), /Node is its only oracle/);
  });
});
