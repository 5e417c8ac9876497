// Tree traversals as recursive generators with yield*: pre/in/post-order over a binary search
// tree, breadth-first with a queue, and paths through a nested object.
class Node {
  left: Node | null = null;
  right: Node | null = null;
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}
function insert(root: Node | null, v: number): Node {
  if (!root) return new Node(v);
  if (v < root.value) root.left = insert(root.left, v);
  else root.right = insert(root.right, v);
  return root;
}
function* inOrder(n: Node | null): Generator<number> {
  if (!n) return;
  yield* inOrder(n.left);
  yield n.value;
  yield* inOrder(n.right);
}
function* preOrder(n: Node | null): Generator<number> {
  if (!n) return;
  yield n.value;
  yield* preOrder(n.left);
  yield* preOrder(n.right);
}
function* postOrder(n: Node | null): Generator<number> {
  if (!n) return;
  yield* postOrder(n.left);
  yield* postOrder(n.right);
  yield n.value;
}
function* breadthFirst(root: Node | null): Generator<number> {
  const queue: Node[] = root ? [root] : [];
  while (queue.length) {
    const n = queue.shift()!;
    yield n.value;
    if (n.left) queue.push(n.left);
    if (n.right) queue.push(n.right);
  }
}
let root: Node | null = null;
for (const v of [50, 30, 70, 20, 40, 60, 80, 35, 65]) root = insert(root, v);
console.log([...inOrder(root)]);
console.log([...preOrder(root)]);
console.log([...postOrder(root)]);
console.log([...breadthFirst(root)]);
console.log(inOrder(root).find((v) => v > 45), inOrder(root).take(3).toArray());
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
function* paths(value: Json, prefix = "$"): Generator<[string, Json]> {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) yield* paths(v, Array.isArray(value) ? `${prefix}[${k}]` : `${prefix}.${k}`);
  } else {
    yield [prefix, value];
  }
}
for (const [p, v] of paths({ name: "tsn", tags: ["a", "b"], meta: { stars: 3, ok: true, none: null } })) console.log(p, v);
