import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess, type RunRequest } from '../src/run.ts';
import { isAlive } from './support/processes.ts';


describe('run: one program process under limits', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parity-run-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const sh = (script: string, over: Partial<RunRequest> = {}): Promise<Awaited<ReturnType<typeof runProcess>>> =>
    runProcess({ file: '/bin/sh', args: ['-c', script], cwd: dir, env: { PATH: '/usr/bin:/bin' }, timeoutMs: 10_000, capBytes: 1 << 20, ...over });

  it('collects raw stdout and stderr bytes, the exit code, and keeps the final newline', async () => {
    const r = await sh("printf 'out\\n'; printf 'err' >&2; exit 7");
    assert.equal(r.stdout.toString(), 'out\n');
    assert.equal(r.stderr.toString(), 'err');
    assert.equal(r.exitCode, 7);
    assert.equal(r.signal, null);
    assert.equal(r.timedOut, false);
  });

  it('gives the child exactly the given environment, cwd and argv', async () => {
    const r = await runProcess({ file: '/usr/bin/env', args: [], cwd: dir, env: { TZ: 'UTC', ONLY: 'this' }, timeoutMs: 10_000, capBytes: 1 << 20 });
    // Under `npm test`, nyc's spawn hook adds its own variables to every child; nothing else may leak in.
    const nyc = /^(NODE_OPTIONS|NODE_PRELOAD_\w+|NYC_\w+|BABEL_DISABLE_CACHE)=/;
    const lines = r.stdout.toString().split('\n').filter((l) => l !== '' && !nyc.test(l));
    assert.deepEqual(lines, ['TZ=UTC', 'ONLY=this']);
    const pwd = await sh('pwd; printf "%s|" "$@"', { args: ['-c', 'pwd; printf "%s|" "$@"', 'sh', 'a b', '$HOME;x'] });
    assert.equal(pwd.stdout.toString(), `${dir}\na b|$HOME;x|`);
  });

  it('closes stdin: a program reading it sees end of file at once', async () => {
    const r = await sh('cat; echo "eof reached"', { timeoutMs: 5000 });
    assert.equal(r.stdout.toString(), 'eof reached\n');
    assert.equal(r.timedOut, false);
  });

  it('names the signal that ended a crashing program', async () => {
    const r = await sh('kill -SEGV $$');
    assert.equal(r.exitCode, null);
    assert.equal(r.signal, 'SIGSEGV');
  });

  it('kills the whole process tree on timeout', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const r = await sh(`sleep 300 & echo $! > ${pidFile}; wait`, { timeoutMs: 500 });
    assert.equal(r.timedOut, true);
    assert.equal(r.signal, 'SIGKILL');
    const child = Number(await readFile(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(isAlive(child), false, 'the background grandchild must be killed too');
  });

  it('caps output, reports which stream overflowed, and stops the program', async () => {
    const r = await sh('yes 0123456789', { capBytes: 10_000 });
    assert.equal(r.stdout.length, 10_000);
    assert.deepEqual(r.capped, ['stdout']);
    assert.equal(r.timedOut, false);
    assert.equal(r.signal, 'SIGKILL');
  });

  it('reports a program that cannot be started instead of throwing', async () => {
    const r = await runProcess({ file: path.join(dir, 'missing-exe'), args: [], cwd: dir, env: {}, timeoutMs: 1000, capBytes: 100 });
    assert.equal(r.exitCode, null);
    assert.match(r.spawnError ?? '', /ENOENT/);
  });
});
