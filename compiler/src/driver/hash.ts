/** Content hashing for cache keys: SHA-256 over files (sorted by path) and option strings. */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (recursively) whose name ends with one of `extensions`, sorted. */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Hex SHA-256 over the given files' relative paths and bytes, then the extra strings. */
export async function hashFiles(root: string, files: readonly string[], extra: readonly string[] = []): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(path.relative(root, f)).update('\0').update(await readFile(f)).update('\0');
  }
  for (const e of extra) h.update(e).update('\0');
  return h.digest('hex');
}
