/**
 * The system C compiler: its identity (for cache keys), its family, and the flags every translation
 * unit uses. `-ffp-contract=off` keeps floating-point results identical to V8's (no fused multiply-add).
 * Two families are driven: GNU-compatible drivers (gcc, clang) and TinyCC (`tcc`), which accepts the
 * same flags (ignoring the optimisation ones: it never contracts, never assumes strict aliasing and
 * wraps signed overflow) but links differently (see linkLibs).
 */
import { execa } from 'execa';

/** Flags for every C file of a program or the runtime. */
export const C_FLAGS = ['-std=gnu11', '-ffp-contract=off', '-fno-strict-aliasing', '-fwrapv'] as const;
/** The C compiler families tsn drives. */
export type CcFamily = 'gnu' | 'tinycc';

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

/** Runs the C compiler; rejects with its full output (stdout and stderr) when it fails. */
export async function runCc(cc: string, args: readonly string[]): Promise<void> {
  const r = await execa(cc, args, { reject: false, all: true });
  if (r.exitCode !== 0) throw new Error(`${cc} failed (exit ${r.exitCode}):\n${r.all ?? ''}`);
}

/** The family of `cc`, from its `--version` text (TinyCC prints `tcc version ...`). Rejects like ccVersion. */
export async function ccFamily(cc: string): Promise<CcFamily> {
  return /^tcc version /m.test(await ccVersion(cc)) ? 'tinycc' : 'gnu';
}

/**
 * Libraries a program links after the runtime: Boehm GC and libuv (the event loop) statically
 * (self-contained executables), libm and pthreads dynamically. TinyCC's linker cannot apply the
 * thread-local-storage relocations of the static libgc.a ("Unknown relocation type for got: 23"), so
 * under TinyCC both are linked dynamically.
 */
export async function linkLibs(cc: string): Promise<readonly string[]> {
  return (await ccFamily(cc)) === 'tinycc'
    ? ['-lgc', '-luv', '-lm', '-lpthread']
    : ['-Wl,-Bstatic', '-lgc', '-l:libuv_a.a', '-Wl,-Bdynamic', '-lm', '-lpthread', '-ldl'];
}
