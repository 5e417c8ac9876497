// A labelled break out of a try around a for-of: the iterator is closed before the finally runs.
function makeIt(name: string) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > 3 }; },
    return() { console.log(`${name} closed`); return { value: undefined, done: true }; },
  };
}
outer: for (const round of [1, 2]) {
  try {
    for (const x of makeIt(`it${round}`)) {
      if (x === 2) break outer;
      console.log("round", round, "x", x);
    }
  } finally {
    console.log("finally of round", round);
  }
}
console.log("after outer");
block: {
  try {
    for (const x of makeIt("block")) {
      if (x === 1) break block;
    }
  } finally {
    console.log("block finally");
  }
  console.log("not printed");
}
console.log("done");
