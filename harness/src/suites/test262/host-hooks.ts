/**
 * The `$262` host hooks a test uses (INTERPRETING.md "Host-Defined Functions"), found in the text of the
 * test and its includes, and the flags and features no engine of this runner can provide. An engine
 * declares which hooks it implements; a scenario needing another is UNSUPPORTED, never run.
 */
import type { Scenario } from './scenarios.ts';

/** The `$262` properties INTERPRETING.md defines. */
export const HOST_HOOKS = ['global', 'gc', 'createRealm', 'evalScript', 'detachArrayBuffer', 'agent', 'IsHTMLDDA'] as const;

/** One `$262` property. */
export type HostHook = (typeof HOST_HOOKS)[number];

const HOOK_PATTERN = /\$262\s*\.\s*([A-Za-z]+)/g;

/**
 * The `$262` hooks the scenario's test names, sorted. Harness files probe hooks optionally (atomicsHelper.js
 * tests `$262.agent` before using it), so only the test's own text counts, plus the two harness files whose
 * job is a hook: `detachArrayBuffer.js` (`$262.detachArrayBuffer`) and `atomicsHelper.js` (`$262.agent`).
 */
export function hooksUsed(scenario: Pick<Scenario, 'source' | 'includes'>): HostHook[] {
  const found = new Set<HostHook>();
  for (const m of scenario.source.matchAll(HOOK_PATTERN)) {
    if ((HOST_HOOKS as readonly string[]).includes(m[1]!)) found.add(m[1] as HostHook);
  }
  if (scenario.includes.includes('detachArrayBuffer.js')) found.add('detachArrayBuffer');
  if (scenario.includes.includes('atomicsHelper.js')) found.add('agent');
  return [...found].sort();
}

/**
 * Why no engine of this runner runs the scenario, or undefined. Every engine runs on the main thread of
 * its process, where [[CanBlock]] is true, so `CanBlockIsFalse` tests do not apply; `$262.agent` needs
 * a multi-agent host and `IsHTMLDDA` an engine-internal object, neither of which either engine exposes.
 */
export function runnerUnsupported(scenario: Scenario, hooks: readonly HostHook[]): string | undefined {
  if (scenario.metadata.flags.has('CanBlockIsFalse')) return 'flag CanBlockIsFalse: the runner\'s agent can block';
  if (hooks.includes('agent')) return 'host hook $262.agent (multi-agent tests) not provided';
  if (hooks.includes('IsHTMLDDA') || scenario.metadata.features.includes('IsHTMLDDA')) return 'host hook $262.IsHTMLDDA not provided';
  return undefined;
}
