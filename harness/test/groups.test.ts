import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/main.ts';
import { groupFailures } from '../src/report/groups.ts';
import type { Report } from '../src/report/model.ts';
import { failureSignature, normaliseLine } from '../src/report/signature.ts';
import { fakeBuilder, type FakeBehaviour } from './support/fake-builder.ts';
import { captureConsole } from './support/fixture-root.ts';
import { sampleResult } from './support/sample-report.ts';

/** Six programs that pad text in different ways, and two that do not pad at all. */
const PROGRAMS: Record<string, string> = {
  '0001-table': 'for (const [k, v] of [["a", 1], ["bb", 22]]) console.log(k.padEnd(6) + "|" + v);\n',
  '0002-columns': 'console.log(["x", "yy", "zzz"].map((s) => s.padEnd(4)).join("|"));\n',
  '0003-header': 'console.log("name".padEnd(10) + "qty");\nconsole.log("apple".padEnd(10) + 3);\n',
  '0004-receipt': 'const items = [["tea", 2.5], ["cake", 4]];\nconsole.log("receipt");\nfor (const [n, p] of items) console.log(`${String(n).padEnd(8)}${Number(p).toFixed(2)}`);\n',
  '0005-report': 'console.log("total:".padEnd(12) + 42);\n',
  '0006-names': 'const names = ["Ada", "Grace"];\nconsole.log(names.map((n) => `[${n.padEnd(7)}]`).join(" "));\n',
  '0007-other': 'console.log("unrelated");\n',
  '0008-crash': 'console.log("fine");\n',
};

async function corpus(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'parity-groups-'));
  await mkdir(path.join(root, 'corpus', 'examples'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  for (const [name, text] of Object.entries(PROGRAMS)) await writeFile(path.join(root, 'corpus', 'examples', `${name}.ts`), text);
  return root;
}

async function parity(root: string, argv: string[], behaviours: Record<string, FakeBehaviour>): Promise<{ code: number; text: string }> {
  const out = captureConsole();
  const code = await main(['--root', root, '--reporter=quiet', '--jobs', '2', ...argv], { out, loadBuilder: async () => fakeBuilder(behaviours) });
  return { code, text: out.text() };
}

describe('failure signatures and groups', function () {
  this.timeout(180_000);

  it('normalises numbers, strings and spaces, and reduces a line pair to its edits', () => {
    assert.equal(normaliseLine(`TypeError: 'x' is not a function at 12`), 'TypeError:␣S␣is␣not␣a␣function␣at␣N');
    const fail = (expectedText: string, actualText: string) => failureSignature(sampleResult('p', 'b', 'FAIL', {
      mismatches: [{ aspect: 'stdout', expectedLabel: 'node', actualLabel: 'native', patch: '', expectedText, actualText }],
    }));
    assert.equal(fail('same\nab    |1\n', 'same\nab|1\n'), 'FAIL stdout: -"␣" +""');
    assert.equal(fail('name      qty\n', 'nameqty\n'), 'FAIL stdout: -"␣" +""');
    assert.equal(fail('1.5\n', '1.50\n'), 'FAIL stdout: -"" +"N"');
    assert.equal(fail('a\n', 'a\nb 12\n'), 'FAIL stdout: extra line "b␣N"');
    assert.equal(fail('completely different\n', 'xyz\n'), 'FAIL stdout: -"completely␣different" +"xyz"');
    const stderr = failureSignature(sampleResult('p', 'b', 'FAIL', {
      mismatches: [{ aspect: 'stderr', expectedLabel: 'node', actualLabel: 'native', patch: '', expectedText: '', actualText: 'TypeError: f is not a function\n' }],
    }));
    assert.equal(stderr, 'FAIL stderr: TypeError:␣f␣is␣not␣a␣function');
    assert.equal(failureSignature(sampleResult('p', 'b', 'CRASH', { detail: 'the native executable was killed by SIGSEGV' })), 'CRASH signal SIGSEGV');
  });

  it('groups by signature, largest group first, each group once with its members', () => {
    const pad = { mismatches: [{ aspect: 'stdout' as const, expectedLabel: 'node', actualLabel: 'native', patch: '', expectedText: 'a  b\n', actualText: 'ab\n' }] };
    const groups = groupFailures([
      sampleResult('x', 'b', 'CRASH', { detail: 'killed by SIGSEGV' }),
      sampleResult('p1', 'b', 'FAIL', pad),
      sampleResult('ok', 'b', 'PASS'),
      sampleResult('p2', 'b', 'FAIL', pad),
    ]);
    assert.deepEqual(groups.map((g) => [g.id, g.count, g.members]), [[1, 2, ['p1', 'p2']], [2, 1, ['x']]]);
  });

  it('shows one group for a planted runtime bug that breaks six programs, with counts, capped diffs and repro commands', async () => {
    const root = await corpus();
    try {
      const blessed = await parity(root, ['--update-goldens', '--all'], {});
      assert.equal(blessed.code, 0, blessed.text);
      const planted: Record<string, FakeBehaviour> = Object.fromEntries(Object.keys(PROGRAMS).map((n) => [n, 'planted' as const]));
      const run = await parity(root, [], { ...planted, '0007-other': 'differ', '0008-crash': 'crash' });
      assert.equal(run.code, 1, run.text);
      const report = JSON.parse(await readFile(path.join(root, 'reports', 'latest', 'report.json'), 'utf8')) as Report;
      assert.equal(report.totals.unexpected, 8);
      const groups = report.groups ?? [];
      assert.deepEqual(groups.map((g) => [g.count, g.signature]), [
        [6, 'FAIL stdout: -"␣" +""'],
        [1, 'CRASH signal SIGSEGV'],
        [1, 'FAIL stdout: -"unrelated" +"not␣what␣node␣prints"'],
      ]);
      assert.deepEqual(groups[0].members, ['examples/0001-table', 'examples/0002-columns', 'examples/0003-header', 'examples/0004-receipt', 'examples/0005-report', 'examples/0006-names']);
      assert.match(run.text, /^8 unexpected outcomes in 3 groups by cause \(every diff: reports\/latest\/index\.html\)$/m);
      assert.match(run.text, /^── group 1 of 3: FAIL × 6 ── FAIL stdout: -"␣" \+""$/m);
      assert.match(run.text, /left out: the diffs of 5 other members; full text in reports\/latest\/index\.html#g-1/);
      assert.equal(run.text.match(/^── group /gm)?.length, 3);
      assert.doesNotMatch(run.text, /^--- examples\/0002-columns/m, 'only the first member of a group shows its diff');
      assert.match(run.text, new RegExp(`rerun: {4}npm run parity -- -name=examples/0001-table --root ${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.match(run.text, /group: {4}npm run parity -- -name=examples\/0001-table,examples\/0002-columns,/);
      assert.match(run.text, /re-bless: npm run parity -- -name=examples\/0001-table --update-goldens/);
      assert.match(run.text, /source: {3}corpus\/examples\/0001-table\.ts/);
      const html = await readFile(path.join(root, 'reports', 'latest', 'index.html'), 'utf8');
      assert.match(html, /<tr id="g-1"><td class="n">1<\/td><td><span class="badge b-bad"[^>]*>FAIL<\/span><\/td><td class="n"><b>6<\/b><\/td>/);
      assert.match(html, /<a href="\.\.\/\.\.\/corpus\/examples\/0004-receipt\.ts"><code>corpus\/examples\/0004-receipt\.ts<\/code><\/a>/);
      assert.equal(html.match(/group <a href="#g-1">#1<\/a> \(6 programs\)/g)?.length, 6);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
