// A plain break and a continue to an outer loop from a for-of inside try/finally: the iterator
// closes before the finally block, and both run before the code after the loop.
function makeIt(name: string) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > 3 }; },
    return() { console.log(`${name} closed`); return { value: undefined, done: true }; },
  };
}
try {
  for (const x of makeIt("plain")) {
    console.log("x", x);
    if (x === 2) break;
  }
  console.log("after the loop, inside try");
} finally {
  console.log("finally");
}
for (let round = 0; round < 2; round++) {
  try {
    for (const x of makeIt(`round ${round}`)) {
      if (x === 1) continue;
      try {
        if (x === 2) break;
      } finally {
        console.log("inner finally", round, x);
      }
    }
  } finally {
    console.log("outer finally", round);
  }
}
