import assert from 'node:assert/strict';
import { execa } from 'execa';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHarnessTemp, tempSibling, writeFileAtomic } from '../src/atomic.ts';
import { PINNED_NODE } from '../src/reference.ts';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'atomic-writer.ts');

/**
 * Starts the writer child on `target` and resolves once it has written the file once. The child is
 * wrapped in an object: an execa subprocess is a thenable, so returning it bare would wait for its end.
 */
async function startWriter(target: string, mode: string): Promise<{ child: ReturnType<typeof execa> }> {
  const child = execa(PINNED_NODE, [WRITER, target, mode], { reject: false, stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' });
  const deadline = Date.now() + 20_000;
  while (!(await stat(target).catch(() => null))) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the writer never wrote its file');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child };
}

describe('atomic: writes survive interruption', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parity-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes, replaces and creates parent folders', async () => {
    const file = path.join(dir, 'a', 'b', 'golden.out');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, Buffer.from('two'));
    assert.equal(await readFile(file, 'utf8'), 'two');
    assert.deepEqual(await readdir(path.dirname(file)), ['golden.out']);
  });

  it('names temporary siblings so that leftovers are recognisable', () => {
    const tmp = tempSibling(path.join(dir, 'x.out'));
    assert.equal(path.dirname(tmp), dir);
    assert.ok(isHarnessTemp(path.basename(tmp)));
    assert.ok(!isHarnessTemp('x.out') && !isHarnessTemp('.gitkeep'));
  });

  it('leaves the old or the new file, never a partial one, when the writer is SIGKILLed', async () => {
    const target = path.join(dir, 'golden.out');
    for (let round = 0; round < 4; round++) {
      await rm(target, { force: true });
      const { child } = await startWriter(target, 'plain');
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 25));
      child.kill('SIGKILL');
      await child;
      const bytes = await readFile(target);
      assert.equal(bytes.length, 4 * 1024 * 1024);
      assert.ok(bytes.every((b) => b === bytes[0]) && (bytes[0] === 0x41 || bytes[0] === 0x42), 'file must be all A or all B');
    }
  });

  it('removes its temporary file and exits 130 on Ctrl-C (SIGINT)', async () => {
    const target = path.join(dir, 'golden.out');
    const { child } = await startWriter(target, 'handlers');
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    const result = await child;
    assert.equal(result.exitCode, 130);
    assert.deepEqual(await readdir(dir), ['golden.out']);
    assert.equal((await readFile(target)).length, 4 * 1024 * 1024);
  });
});
