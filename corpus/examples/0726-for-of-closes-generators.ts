// Leaving a for-of over a generator early (break, return, throw, labelled continue) calls its
// return(), which runs the generator's pending finally blocks right away.
function* source(name: string) {
  try {
    for (let i = 1; ; i++) yield i;
  } finally {
    console.log(`${name} finally`);
  }
}
for (const x of source("break")) if (x === 2) break;
console.log("after break");
function firstOver(limit: number): number {
  for (const x of source("return")) if (x > limit) return x;
  return -1;
}
console.log(firstOver(3));
try {
  for (const x of source("throw")) if (x === 3) throw new Error("stop at 3");
} catch (e) {
  console.log("caught", (e as Error).message);
}
outer: for (const round of [1, 2]) {
  for (const x of source(`round ${round}`)) {
    if (x === round) continue outer;
  }
}
function* finite() {
  try {
    yield 1;
  } finally {
    console.log("finite finally (normal completion)");
  }
}
for (const x of finite()) console.log("finite", x);
const shared = source("shared");
for (const x of shared) if (x === 1) break;
console.log("shared again:", [...shared]);
