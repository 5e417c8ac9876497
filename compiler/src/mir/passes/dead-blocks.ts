/**
 * Dead-block elimination and block layout: removes blocks no path from the entry (or a resume
 * point) reaches, and orders the rest in reverse postorder from the entry (then from each resume
 * point), renumbering them, so dumps read top-down and the C has few backward jumps. Re-runnable.
 */
import type { Block, MirFunction } from '../mir.ts';
import { successors } from '../visit.ts';

export function removeDeadBlocks(f: MirFunction): void {
  const visited = new Set<Block>();
  const postorder: Block[] = [];
  const visit = (root: Block): void => {
    // Iterative DFS (deep CFGs must not overflow the compiler's stack).
    const stack: { block: Block; next: number }[] = [];
    const enter = (b: Block): void => {
      visited.add(b);
      stack.push({ block: b, next: 0 });
    };
    if (visited.has(root)) return;
    enter(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      // Last successor first, so that in reverse postorder a branch's `then` comes before its `else`.
      const succ = top.block.term === undefined ? [] : successors(top.block.term).reverse();
      if (top.next < succ.length) {
        const s = succ[top.next++]!;
        if (!visited.has(s)) enter(s);
      } else {
        stack.pop();
        postorder.push(top.block);
      }
    }
  };
  const roots = [f.entry, ...[...f.resumePoints].sort((a, b) => a[0] - b[0]).map(([, b]) => b)];
  const order: Block[] = [];
  for (const r of roots) {
    const before = postorder.length;
    visit(r);
    order.push(...postorder.slice(before).reverse());
  }
  f.blocks.length = 0;
  order.forEach((b, i) => {
    (b as { id: number }).id = i;
    f.blocks.push(b);
  });
}
