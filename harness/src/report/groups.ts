/**
 * Failure groups: the unexpected results of a run grouped by their failure signature (signature.ts),
 * largest group first, so a report says "one cause, 47 programs" instead of listing 47 failures.
 */
import { compareText } from '../discover.ts';
import type { Outcome } from '../outcomes.ts';
import type { FailureGroup, ProgramResult } from './model.ts';
import { failureSignature } from './signature.ts';

/**
 * The groups of the unexpected results of `results`: each signature once, with its members' labels
 * in result order; sorted by size (largest first), then by signature. Pure.
 */
export function groupFailures(results: readonly ProgramResult[]): FailureGroup[] {
  const groups = new Map<string, { outcome: Outcome; members: string[] }>();
  for (const r of results) {
    if (r.expected) continue;
    const signature = failureSignature(r);
    const group = groups.get(signature) ?? { outcome: r.outcome, members: [] };
    group.members.push(r.label);
    groups.set(signature, group);
  }
  return [...groups.entries()]
    .map(([signature, g]) => ({ id: 0, signature, outcome: g.outcome, count: g.members.length, members: g.members }))
    .sort((a, b) => b.count - a.count || compareText(a.signature, b.signature))
    .map((g, i) => ({ ...g, id: i + 1 }));
}
