/**
 * The runtime as a static library, compiled once per content hash (runtime sources, C compiler
 * version, flags) into `.tsn-cache/runtime/<hash>/libtsnrt.a`. Concurrent builders may race; each
 * builds in a private temp directory and renames the finished library into place atomically.
 */
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { C_FLAGS, ccVersion, runCc } from './cc.ts';
import { hashFiles, listFiles } from './hash.ts';
import { CACHE_DIR, RUNTIME_DIR } from './paths.ts';

const RUNTIME_OPT = '-O2';
const WARNINGS = ['-Wall', '-Wextra', '-Wno-unused-parameter'];

/** Hex key of the runtime library for this C compiler. */
export async function runtimeKey(cc: string): Promise<string> {
  const files = await listFiles(RUNTIME_DIR, ['.c', '.h']);
  return hashFiles(RUNTIME_DIR, files, [await ccVersion(cc), RUNTIME_OPT, ...C_FLAGS]);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

const building = new Map<string, Promise<string>>();

/** Path of libtsnrt.a for `cc`, building it when missing. Rejects with the compiler's output on error. */
export function runtimeLibrary(cc: string): Promise<string> {
  let p = building.get(cc);
  if (p === undefined) {
    p = buildRuntime(cc);
    building.set(cc, p);
    p.catch(() => building.delete(cc));
  }
  return p;
}

async function buildRuntime(cc: string): Promise<string> {
  const key = await runtimeKey(cc);
  const dir = path.join(CACHE_DIR, 'runtime', key);
  const lib = path.join(dir, 'libtsnrt.a');
  if (await exists(lib)) return lib;
  await mkdir(dir, { recursive: true });
  const tmp = await mkdtemp(path.join(dir, 'build-'));
  try {
    const sources = (await listFiles(RUNTIME_DIR, ['.c'])).filter((f) => path.dirname(f) === RUNTIME_DIR);
    const objects = sources.map((s) => path.join(tmp, path.basename(s, '.c') + '.o'));
    // allSettled: never remove the temp directory while a compiler process still writes into it.
    const compiled = await Promise.allSettled(sources.map((s, i) => runCc(cc, [...C_FLAGS, RUNTIME_OPT, ...WARNINGS, '-I', RUNTIME_DIR, '-c', s, '-o', objects[i]!])));
    const failed = compiled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    const archive = path.join(tmp, 'libtsnrt.a');
    await execa('ar', ['rcsD', archive, ...objects]);
    await rename(archive, lib);
    return lib;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
