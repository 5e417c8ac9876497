/**
 * Generates compiler/src/frontend/runtime-surface.json, the manifest of what the native runtime
 * defines (read by the TSN9002 check in compiler/src/frontend/library-surface.ts), from the runtime
 * itself: builds compiler/tools/surface-probe.ts with tsn (comptime folding off; library-surface
 * check off, as the probe must build even before a manifest exists), runs it, and writes its report
 * with sorted keys and lists, pretty-printed so that diffs are reviewable.
 *
 * Run with the pinned Node 24 from the repository root after changing the runtime's globals:
 *   node compiler/tools/gen-runtime-surface.ts
 * The build never runs this script; the generated file is committed (a test checks it is current).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { build, writeAtomic } from '../src/driver/build.ts';
import type { GlobalSurface, RuntimeSurface } from '../src/frontend/library-surface.ts';

const TOOLS_DIR = path.dirname(fileURLToPath(import.meta.url));
const PROBE = path.join(TOOLS_DIR, 'surface-probe.ts');
/** Where the committed manifest lives. */
export const RUNTIME_SURFACE_JSON = path.resolve(TOOLS_DIR, '../src/frontend/runtime-surface.json');

/** `keys` sorted by code unit; throws (naming `what`) unless it is a list of strings. */
function sortedKeys(keys: unknown, what: string): string[] {
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) throw new Error(`surface probe: ${what} is not a list of strings`);
  return [...keys].sort();
}

/** Validates the probe's report and puts it in canonical order (keys and lists sorted by code unit). */
export function canonicalSurface(report: unknown): RuntimeSurface {
  const globals = (report as { globals?: unknown } | null)?.globals;
  if (typeof globals !== 'object' || globals === null) throw new Error('surface probe: no "globals" object');
  const out: Record<string, GlobalSurface | null> = {};
  for (const name of Object.keys(globals).sort()) {
    const entry = (globals as Record<string, unknown>)[name] as Record<string, unknown> | null;
    if (entry === null) {
      out[name] = null;
      continue;
    }
    // Properties in alphabetical order: instance, prototype, statics.
    out[name] = {
      ...(entry.instance === undefined ? {} : { instance: sortedKeys(entry.instance, `${name}.instance`) }),
      ...(entry.prototype === undefined ? {} : { prototype: sortedKeys(entry.prototype, `${name}.prototype`) }),
      statics: sortedKeys(entry.statics, `${name}.statics`),
    };
  }
  return { globals: out };
}

/** The manifest text for the current runtime: builds and runs the probe. Rejects if either step fails. */
async function runtimeSurfaceText(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'tsn-surface-'));
  try {
    const exe = path.join(work, 'probe');
    // comptime off: every answer must come from the runtime, none from the compiler's own engine.
    const built = await build({ entry: PROBE, output: exe, comptime: 'off', optLevel: 0 }, false);
    if (built.exitCode !== 0) throw new Error(`surface probe did not build:\n${built.diagnosticsText}`);
    const { stdout } = await execa(exe, []);
    return `${JSON.stringify(canonicalSurface(JSON.parse(stdout)), null, 2)}\n`;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Regenerates the manifest at `file` (default: the committed one), atomically. */
export async function generateRuntimeSurface(file = RUNTIME_SURFACE_JSON): Promise<void> {
  await writeAtomic(file, await runtimeSurfaceText());
}

if (import.meta.main) await generateRuntimeSurface();
