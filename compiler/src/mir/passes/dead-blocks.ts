/**
 * Dead-block elimination: removes blocks no path from the entry (or a resume point) reaches, and
 * renumbers the rest in order. Re-runnable.
 */
import type { Block, MirFunction } from '../mir.ts';
import { successors } from '../visit.ts';

export function removeDeadBlocks(f: MirFunction): void {
  const reached = new Set<Block>();
  const work: Block[] = [f.entry, ...f.resumePoints.values()];
  while (work.length > 0) {
    const b = work.pop()!;
    if (reached.has(b)) continue;
    reached.add(b);
    if (b.term !== undefined) work.push(...successors(b.term));
  }
  const live = f.blocks.filter((b) => reached.has(b));
  f.blocks.length = 0;
  live.forEach((b, i) => {
    (b as { id: number }).id = i;
    f.blocks.push(b);
  });
}
