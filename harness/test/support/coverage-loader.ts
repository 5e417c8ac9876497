/**
 * ESM load hook that instruments the project's TypeScript sources for nyc.
 *
 * Node 24 runs `.ts` files by stripping their types; istanbul cannot see them through nyc's CommonJS
 * require hook. This hook strips types with Node's own `module.stripTypeScriptTypes` (strip mode keeps
 * every line and column in place, so no source map is needed) and instruments the result with
 * `istanbul-lib-instrument`, writing counters to `globalThis.__coverage__`, which nyc collects at exit.
 * Only files under `compiler/src` and `harness/src` are instrumented; everything else loads untouched.
 */
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createInstrumenter } = require('istanbul-lib-instrument') as {
  createInstrumenter(opts: object): { instrumentSync(code: string, filename: string): string };
};
const instrumenter = createInstrumenter({ esModules: true, compact: false, coverageVariable: '__coverage__' });
const covered = /\/(compiler|harness)\/src\/.*\.ts$/;

interface LoadResult { format?: string | null; source?: string | ArrayBuffer | Uint8Array; shortCircuit?: boolean }
type NextLoad = (url: string, context: object) => Promise<LoadResult>;

/** Node module-customization `load` hook: instruments project sources, passes everything else through. */
export async function load(url: string, context: object, nextLoad: NextLoad): Promise<LoadResult> {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || !covered.test(url) || result.source === undefined) return result;
  const filename = fileURLToPath(url);
  const text = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
  const js = stripTypeScriptTypes(text, { mode: 'strip' });
  return { format: 'module', source: instrumenter.instrumentSync(js, filename), shortCircuit: true };
}
