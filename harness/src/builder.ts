/**
 * The native side's compiler, behind a small interface so tests can inject fakes (a compiler whose
 * executables crash, hang or print differently). The real implementation loads the compiler as a
 * library, in-process (`compiler/src/driver/build.ts`: `build()` and `compilerFingerprint()`), so
 * the TypeScript lib files are parsed once per harness run instead of once per program.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from '../../compiler/src/driver/options.ts';
import { PROJECT_ROOT } from './layout.ts';

/** What one build reports (the compiler's `BuildResult`). */
export interface NativeBuildResult {
  /** 0 success, 1 program rejected (diagnostics), 2 internal or usage error (e.g. the C compiler failed). */
  readonly exitCode: 0 | 1 | 2;
  /** Exactly what `tsn build` prints on stderr. */
  readonly diagnosticsText: string;
  /** Milliseconds in the frontend+backend and in the C compiler. */
  readonly timings: { readonly compileMs: number; readonly ccMs: number };
}

/** Compiles programs to native executables. */
export interface NativeBuilder {
  /** Hex digest of everything besides sources and options that affects a binary (compiler, runtime, cc, libgc). */
  fingerprint(): Promise<string>;
  /** Builds `options.entry` into `options.output`; never throws for a bad program. */
  build(options: BuildOptions): Promise<NativeBuildResult>;
}

/** The compiler library cannot be loaded; the message says what is missing. */
export class CompilerUnavailableError extends Error {}

/** Path of the compiler's library entry point. */
export const COMPILER_LIBRARY = path.join(PROJECT_ROOT, 'compiler', 'src', 'driver', 'build.ts');

/**
 * Loads the real compiler in-process. `cc` is the C compiler command (default: the compiler's own
 * default, `$CC` or `cc`). Errors: CompilerUnavailableError when build.ts is missing or does not
 * export `build` and `compilerFingerprint`.
 */
export async function loadCompilerBuilder(cc?: string): Promise<NativeBuilder> {
  if (!existsSync(COMPILER_LIBRARY)) {
    throw new CompilerUnavailableError(
      `${path.relative(PROJECT_ROOT, COMPILER_LIBRARY)} not found: the harness compiles in-process through the compiler's build() API`);
  }
  const lib = (await import(pathToFileURL(COMPILER_LIBRARY).href)) as Record<string, unknown>;
  const build = lib.build;
  const fingerprint = lib.compilerFingerprint;
  if (typeof build !== 'function' || typeof fingerprint !== 'function') {
    throw new CompilerUnavailableError(`${path.relative(PROJECT_ROOT, COMPILER_LIBRARY)} must export build() and compilerFingerprint()`);
  }
  let digest: Promise<string> | undefined;
  return {
    fingerprint: () => (digest ??= (fingerprint as (cc?: string) => Promise<string>)(cc)),
    build: (options) => (build as (o: BuildOptions) => Promise<NativeBuildResult>)(options),
  };
}
