// Tests loops whose collections change during iteration: splice in for, push in forEach, Map/Set clear, object key deletion.
const a = [1, 2, 3, 4, 5, 6];
for (let i = 0; i < a.length; i++) {
  if (a[i] % 2 === 0) {
    a.splice(i, 1);
    i--;
  }
}
console.log(a);
const b = [1, 2, 3];
const seen: number[] = [];
b.forEach((v) => {
  seen.push(v);
  if (b.length < 6) b.push(v * 10);
});
console.log(seen, b);
const c = [1, 2, 3, 4];
const visited: number[] = [];
c.forEach((v, i) => {
  visited.push(v);
  if (i === 0) c.pop();
});
console.log(visited, c);
const d = [5, 6, 7, 8];
const mapped = d.map((v, i) => {
  if (i === 0) d[3] = 80;
  return v;
});
console.log(mapped);
const m = new Map([["a", 1], ["b", 2], ["c", 3]]);
const keys: string[] = [];
for (const [k] of m) {
  keys.push(k);
  if (k === "a") m.clear();
}
console.log(keys, m.size);
const s = new Set([1, 2, 3]);
const sv: number[] = [];
for (const v of s) {
  sv.push(v);
  s.delete(v);
  if (v < 3) s.add(v + 10);
}
console.log(sv, [...s]);
const o: Record<string, number> = { x: 1, y: 2, z: 3 };
const ok: string[] = [];
for (const k of Object.keys(o)) {
  ok.push(k);
  delete o.z;
}
console.log(ok, o);
const queue = [1];
const processed: number[] = [];
while (queue.length > 0) {
  const n = queue.shift()!;
  processed.push(n);
  if (n < 20) queue.push(n * 2, n * 3);
}
console.log(processed.length, processed.slice(0, 12));
