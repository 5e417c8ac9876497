// Benchmark: binary trees (the benchmarks-game algorithm). Allocates and walks many short-lived
// perfect binary trees next to one long-lived tree, so it is also the GC stress test: peak memory must
// stay bounded by the live trees, not grow with the total allocated.
const MAX_DEPTH = 16;
const MIN_DEPTH = 4;

class TreeNode {
  left: TreeNode | null;
  right: TreeNode | null;

  constructor(left: TreeNode | null, right: TreeNode | null) {
    this.left = left;
    this.right = right;
  }

  check(): number {
    return this.left === null || this.right === null ? 1 : 1 + this.left.check() + this.right.check();
  }
}

function bottomUpTree(depth: number): TreeNode {
  return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
}

const stretchDepth = MAX_DEPTH + 1;
console.log(`stretch tree of depth ${stretchDepth}\t check: ${bottomUpTree(stretchDepth).check()}`);

const longLived = bottomUpTree(MAX_DEPTH);
for (let depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
  const iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += bottomUpTree(depth).check();
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
}
console.log(`long lived tree of depth ${MAX_DEPTH}\t check: ${longLived.check()}`);
