// every/some/forEach: vacuous truth on empty arrays, short-circuiting, return values, mutation during iteration, break via exceptions.
console.log([].every(() => false), [].some(() => true));
console.log([2, 4, 6].every((x) => x % 2 === 0), [2, 4, 5].every((x) => x % 2 === 0));
console.log([1, 3, 4].some((x) => x % 2 === 0), [1, 3, 5].some((x) => x % 2 === 0));

// Short-circuit: count calls.
let calls = 0;
[1, 2, 3, 4, 5].every((x) => {
  calls++;
  return x < 3;
});
console.log("every calls", calls);
calls = 0;
[1, 2, 3, 4, 5].some((x) => {
  calls++;
  return x === 2;
});
console.log("some calls", calls);

// Truthiness of callback results.
console.log([1, 2].every(() => "yes" as unknown as boolean), [1, 2].some(() => 0 as unknown as boolean), [1].some(() => ({}) as unknown as boolean));

// forEach returns undefined and cannot be broken except by throwing.
const res = [1, 2, 3].forEach((x) => x * 2);
console.log(res);
const seen: number[] = [];
try {
  [10, 20, 30, 40].forEach((x) => {
    if (x === 30) throw new Error("stop at " + x);
    seen.push(x);
  });
} catch (e) {
  console.log((e as Error).message, seen);
}

// forEach visits the range fixed at the start; removed elements are skipped.
const arr = [1, 2, 3, 4, 5];
const visited: number[] = [];
arr.forEach((x, i) => {
  visited.push(x);
  if (i === 0) arr.push(99);
  if (i === 1) arr.splice(2, 1);
});
console.log(visited, arr);

// Index and array arguments.
const out: string[] = [];
["a", "b", "c"].forEach((v, i, a) => out.push(`${i}/${a.length}:${v}`));
console.log(out.join(" "));

// Validation helpers.
const records = [{ id: 1, email: "a@x" }, { id: 2, email: "" }, { id: 3, email: "c@x" }];
console.log(records.every((r) => r.id > 0), records.some((r) => !r.email), records.every((r) => r.email.includes("@")));

// Errors for non-callables.
for (const m of ["every", "some", "forEach"] as const) {
  try {
    ([1] as number[])[m](null as unknown as () => boolean);
  } catch (e) {
    console.log(m, (e as Error).name + ": " + (e as Error).message);
  }
}
