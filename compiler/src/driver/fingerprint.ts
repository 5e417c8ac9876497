/**
 * The compiler fingerprint: everything that affects a binary besides the program's own sources and
 * its BuildOptions — compiler sources, runtime sources, the C compiler's identity, libgc's headers.
 * The harness's and `tsn run`'s build caches key on it.
 */
import { ccVersion, resolveCc } from './cc.ts';
import { hashFiles, listFiles } from './hash.ts';
import { COMPILER_SRC_DIR, PROJECT_ROOT, RUNTIME_DIR } from './paths.ts';

/** Hex SHA-256, stable across runs and machines with the same toolchain. */
export async function compilerFingerprint(cc?: string): Promise<string> {
  const files = [
    ...(await listFiles(COMPILER_SRC_DIR, ['.ts'])),
    ...(await listFiles(RUNTIME_DIR, ['.c', '.h'])),
  ].sort();
  return hashFiles(PROJECT_ROOT, files, [await ccVersion(resolveCc(cc))]);
}
