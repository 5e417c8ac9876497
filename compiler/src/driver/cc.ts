/**
 * The system C compiler: its identity (for cache keys) and the flags every translation unit uses.
 * `-ffp-contract=off` keeps floating-point results identical to V8's (no fused multiply-add).
 */
import { execa } from 'execa';

/** Flags for every C file of a program or the runtime. */
export const C_FLAGS = ['-std=gnu11', '-ffp-contract=off', '-fno-strict-aliasing', '-fwrapv'] as const;
/** Libraries a program links after the runtime: Boehm GC statically, libm and pthreads dynamically. */
export const LINK_LIBS = ['-Wl,-Bstatic', '-lgc', '-Wl,-Bdynamic', '-lm', '-lpthread'] as const;

/** The C compiler command: the option, then `$CC`, then `cc`. */
export function resolveCc(cc: string | undefined): string {
  return cc ?? process.env.CC ?? 'cc';
}

const versions = new Map<string, Promise<string>>();

/** `cc --version` output (cached per process), part of every build cache key. */
export function ccVersion(cc: string): Promise<string> {
  let v = versions.get(cc);
  if (v === undefined) {
    v = execa(cc, ['--version']).then((r) => r.stdout, (e: unknown) => {
      throw new Error(`C compiler '${cc}' cannot be run: ${e instanceof Error ? e.message : String(e)}`);
    });
    versions.set(cc, v);
  }
  return v;
}

/** Runs the C compiler; resolves with its stderr; rejects with the full output on failure. */
export async function runCc(cc: string, args: readonly string[]): Promise<void> {
  const r = await execa(cc, args, { reject: false, all: true });
  if (r.exitCode !== 0) throw new Error(`${cc} failed (exit ${r.exitCode}):\n${r.all ?? ''}`);
}
