/**
 * The native build cache, `.tsn-cache/parity/<key>/`. The key is a SHA-256 over everything that affects
 * the binary: the program's source files (bytes, sorted by relative path), its root-relative entry
 * path, the build options other than output paths (comptime gate, optimisation level, C compiler, --check), and
 * the compiler's fingerprint (compiler and runtime sources, C compiler version, libgc). An entry holds
 * `exe`, `program.c`, `fold.jsonl` (when the compiler wrote one) and `build.json` (the build result).
 * Entries are built in `.tsn-cache/parity/tmp/<pid>-<random>.tmp/` and renamed into place, so an entry
 * is complete or absent. Builds that failed internally (exit code 2) are not cached.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../../compiler/src/driver/options.ts';
import { writeFileAtomic } from './atomic.ts';
import type { NativeBuilder, NativeBuildResult } from './builder.ts';
import { isProcessAlive, trackTempPath, untrackTempPath } from './cleanup.ts';
import type { Program } from './discover.ts';
import type { Layout } from './layout.ts';
import type { Gate } from './outcomes.ts';

/** Build settings shared by every program of a run. */
export interface BuildSettings {
  readonly optLevel: BuildOptions['optLevel'];
  readonly cc?: string;
  /** What type errors do (the compiler's --check); default `error`. */
  readonly check?: NonNullable<BuildOptions['check']>;
}

/** A native build, from the cache or fresh. Paths are absolute; absent files are undefined. */
export interface CachedBuild extends NativeBuildResult {
  readonly key: string;
  /** The executable, when the build succeeded. */
  readonly exe?: string;
  /** The generated C, when the compiler wrote it. */
  readonly cFile?: string;
  /** The fold report, when the compiler wrote one. */
  readonly foldReport?: string;
  /** Size of the executable in bytes, when there is one. */
  readonly exeBytes?: number;
  /** True when the entry came from the cache (nothing was compiled). */
  readonly cached: boolean;
}

const CACHE_FORMAT = 1;

/** The cache key of `program` under `gate` (see the module doc). */
export async function buildKey(layout: Layout, program: Program, gate: Gate, settings: BuildSettings, fingerprint: string): Promise<string> {
  const base = path.dirname(program.entry);
  const sources: [string, string][] = [];
  for (const file of program.sources) {
    const rel = path.relative(base, file).split(path.sep).join('/');
    sources.push([rel, createHash('sha256').update(await readFile(file)).digest('hex')]);
  }
  sources.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const material = {
    format: CACHE_FORMAT,
    entry: path.relative(layout.root, program.entry).split(path.sep).join('/'),
    sources,
    options: { comptime: gate, optLevel: settings.optLevel, cc: settings.cc ?? null, foldReport: program.comptime, ...(settings.check === undefined ? {} : { check: settings.check }) },
    fingerprint,
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

async function sizeOf(file: string): Promise<number | undefined> {
  return (await stat(file).catch(() => null))?.size;
}

async function readEntry(dir: string, key: string, cached: boolean): Promise<CachedBuild | undefined> {
  const meta = await readFile(path.join(dir, 'build.json'), 'utf8').catch(() => undefined);
  if (meta === undefined) return undefined;
  const result = JSON.parse(meta) as NativeBuildResult;
  const present = async (name: string): Promise<string | undefined> =>
    (await sizeOf(path.join(dir, name))) === undefined ? undefined : path.join(dir, name);
  const exe = await present('exe');
  const cFile = await present('program.c');
  const foldReport = await present('fold.jsonl');
  const exeBytes = exe === undefined ? undefined : await sizeOf(exe);
  return {
    exitCode: result.exitCode,
    diagnosticsText: result.diagnosticsText,
    timings: result.timings,
    key,
    cached,
    ...(exe === undefined ? {} : { exe }),
    ...(cFile === undefined ? {} : { cFile }),
    ...(foldReport === undefined ? {} : { foldReport }),
    ...(exeBytes === undefined ? {} : { exeBytes }),
  };
}

/** Removes temporary build folders left by harness runs that died (their pid is gone). */
export async function sweepStaleBuilds(layout: Layout): Promise<void> {
  const tmp = path.join(layout.cache, 'tmp');
  for (const name of await readdir(tmp).catch(() => [])) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid)) await rm(path.join(tmp, name), { recursive: true, force: true });
  }
}

/**
 * Returns the build of `program` under `gate`, from the cache when an entry with the same key exists,
 * else by calling `builder.build` into a temporary folder and publishing it atomically. Rethrows what
 * the builder throws (a builder is expected to report bad programs as exit code 1, not to throw).
 */
export async function buildCached(
  layout: Layout,
  builder: NativeBuilder,
  program: Program,
  gate: Gate,
  settings: BuildSettings,
): Promise<CachedBuild> {
  const key = await buildKey(layout, program, gate, settings, await builder.fingerprint());
  const final = path.join(layout.cache, key);
  const hit = await readEntry(final, key, true);
  if (hit !== undefined) return hit;
  const tmp = path.join(layout.cache, 'tmp', `${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  trackTempPath(tmp);
  try {
    await mkdir(tmp, { recursive: true });
    const options: BuildOptions = {
      entry: program.entry,
      output: path.join(tmp, 'exe'),
      comptime: gate,
      optLevel: settings.optLevel,
      emitC: path.join(tmp, 'program.c'),
      ...(program.comptime && gate === 'on' ? { foldReport: path.join(tmp, 'fold.jsonl') } : {}),
      ...(settings.cc === undefined ? {} : { cc: settings.cc }),
      ...(settings.check === undefined ? {} : { check: settings.check }),
    };
    const result = await builder.build(options);
    const record: NativeBuildResult = { exitCode: result.exitCode, diagnosticsText: result.diagnosticsText, timings: result.timings };
    await writeFileAtomic(path.join(tmp, 'build.json'), `${JSON.stringify(record, null, 2)}\n`);
    if (result.exitCode === 2) return { ...record, key, cached: false };
    try {
      await rename(tmp, final);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      await rm(tmp, { recursive: true, force: true }); // a concurrent run published the same key first
    }
    const entry = await readEntry(final, key, false);
    if (entry === undefined) throw new Error(`build cache entry ${final} vanished after it was published`);
    return entry;
  } finally {
    untrackTempPath(tmp);
    await rm(tmp, { recursive: true, force: true });
  }
}
