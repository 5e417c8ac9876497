/**
 * Locates the test262 suite: `--test262-dir` names any test262 checkout (a folder with `harness/` and
 * `test/`); otherwise the archive `../shared/test262/test262-dev.tar.gz` beside the project root (as CI
 * lays it out) is extracted once into `.tsn-cache/test262/<archive hash>/` and reused.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { CACHE_DIR, PROJECT_ROOT } from '../../../../compiler/src/driver/paths.ts';

/** The archive CI places beside the clone. */
export const DEFAULT_ARCHIVE = path.resolve(PROJECT_ROOT, '../shared/test262/test262-dev.tar.gz');

/** A located suite: its root folder (holding harness/, test/, INTERPRETING.md). */
export interface Suite {
  readonly root: string;
  readonly harnessDir: string;
  readonly testDir: string;
}

/** The suite is missing or malformed; the message says where it was looked for. */
export class SuiteError extends Error {}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}

async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 16);
}

async function fromRoot(root: string): Promise<Suite> {
  const suite = { root, harnessDir: path.join(root, 'harness'), testDir: path.join(root, 'test') };
  if (!(await isDir(suite.harnessDir)) || !(await isDir(suite.testDir))) {
    throw new SuiteError(`${root} is not a test262 checkout (it needs harness/ and test/)`);
  }
  return suite;
}

/**
 * Extracts `archive` (a .tar.gz with one top folder `test262/`) into the cache unless already there.
 * Concurrent runners may race: each extracts into a private folder and renames it into place.
 */
async function extracted(archive: string): Promise<string> {
  if (!(await stat(archive).then((s) => s.isFile(), () => false))) {
    throw new SuiteError(`test262 archive not found at ${archive}; pass --test262-dir=<test262 checkout>`);
  }
  const dir = path.join(CACHE_DIR, 'test262', await fileHash(archive));
  const root = path.join(dir, 'test262');
  if (await isDir(root)) return root;
  await mkdir(dir, { recursive: true });
  const tmp = await mkdtemp(path.join(dir, 'extract-'));
  try {
    await execa('tar', ['-xzf', archive, '-C', tmp]);
    await rename(path.join(tmp, 'test262'), root).catch(async (e: unknown) => {
      if (!(await isDir(root))) throw e;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return root;
}

/** The suite at `test262Dir` when given, else the extracted default archive. Rejects with SuiteError. */
export async function locateSuite(test262Dir: string | undefined): Promise<Suite> {
  return fromRoot(test262Dir !== undefined ? path.resolve(test262Dir) : await extracted(DEFAULT_ARCHIVE));
}
