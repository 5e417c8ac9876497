/**
 * The C compiler of the fuzzer's native builds. The fuzzer checks comptime folding, which happens
 * before any C exists; its C compiler only has to be a correct one, and the faster it is the more
 * programs are checked. TinyCC compiles the generated C about fifteen times faster than `gcc -O0`
 * (a 900-expression program: 30 ms against 650 ms, link included) and passes the whole parity corpus
 * under both comptime gates (`CC=tcc npm run parity -- --comptime=both`), so it is preferred when
 * installed; otherwise the compiler's own default (`$CC`, then `cc`). `--cc` chooses explicitly.
 */
import { ccVersion, resolveCc } from '../../../compiler/src/driver/cc.ts';

/** The preferred fuzzing compiler when installed. */
export const PREFERRED_FUZZ_CC = 'tcc';

/** A C compiler command and the first line of its `--version`. */
export interface FuzzCompiler {
  readonly command: string;
  readonly version: string;
}

/**
 * The C compiler to fuzz with: `requested` when given (rejects when it cannot be run), else TinyCC when
 * it runs, else the build default.
 */
export async function fuzzCompiler(requested?: string): Promise<FuzzCompiler> {
  const describe = async (command: string): Promise<FuzzCompiler> => ({ command, version: (await ccVersion(command)).split('\n')[0]!.trim() });
  if (requested !== undefined) return describe(requested);
  return describe(PREFERRED_FUZZ_CC).catch(() => describe(resolveCc(undefined)));
}
