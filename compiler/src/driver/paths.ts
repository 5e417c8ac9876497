/** Locations inside the tsn installation (resolved from this file, never from the cwd). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RUNTIME_DIR = path.join(PROJECT_ROOT, 'compiler/runtime');
export const COMPILER_SRC_DIR = path.join(PROJECT_ROOT, 'compiler/src');
/** Build caches (runtime library, `tsn run` executables, the harness's builds). Gitignored. */
export const CACHE_DIR = path.join(PROJECT_ROOT, '.tsn-cache');
