import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverCorpus } from '../src/discover.ts';
import { layoutOf } from '../src/layout.ts';
import { findOrphans, pruneOrphans } from '../src/orphans.ts';
import { copyFixture, removeFixture, snapshotTree } from './support/fixture-root.ts';

describe('orphans: goldens and transcripts without a program', () => {
  let root: string;
  beforeEach(async () => {
    root = await copyFixture('basic');
  });
  afterEach(async () => {
    await removeFixture(root);
  });

  it('finds none in a consistent fixture', async () => {
    const layout = layoutOf(root);
    assert.deepEqual(await findOrphans(layout, (await discoverCorpus(layout)).programs), []);
  });

  it('finds goldens and transcripts of removed programs, stray files and leftovers, and prunes only those', async () => {
    const layout = layoutOf(root);
    const add = async (rel: string): Promise<void> => {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await writeFile(path.join(root, rel), 'x');
    };
    await add('goldens/examples/0099-removed.out');
    await add('goldens/examples/0099-removed.err');
    await add('goldens/examples/0001-hello.txt');
    await add('goldens/examples/.0001-hello.out.1234.0123abcd.tmp');
    await add('goldens/examples/.gitkeep');
    await add('reference/examples/0099-removed.json');
    await add('reference/examples/1101-rejected.json');
    const before = await snapshotTree(root);
    const orphans = await findOrphans(layout, (await discoverCorpus(layout)).programs);
    assert.deepEqual(orphans, [
      { file: 'goldens/examples/.0001-hello.out.1234.0123abcd.tmp', reason: 'temporary file left by an interrupted run' },
      { file: 'goldens/examples/0001-hello.txt', reason: 'not a golden file (extensions: .out .err .code .fold)' },
      { file: 'goldens/examples/0099-removed.err', reason: 'no corpus program examples/0099-removed' },
      { file: 'goldens/examples/0099-removed.out', reason: 'no corpus program examples/0099-removed' },
      { file: 'reference/examples/0099-removed.json', reason: 'no corpus program examples/0099-removed' },
      { file: 'reference/examples/1101-rejected.json', reason: 'examples/1101-rejected is a diagnostics program (no Node side)' },
    ]);
    await pruneOrphans(layout, orphans);
    const after = await snapshotTree(root);
    assert.deepEqual([...before.keys()].filter((k) => !after.has(k)).sort(), orphans.map((o) => o.file).sort());
    for (const [file, bytes] of after) assert.equal(bytes, before.get(file));
  });
});
