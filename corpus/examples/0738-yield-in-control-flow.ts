// yield inside every statement form: while, do-while, for with continue, switch with
// fallthrough, labelled loops, nested blocks with let, and if/else chains.
function* control() {
  let i = 0;
  while (i < 2) yield `while ${i++}`;
  do yield `do ${i--}`; while (i > 0);
  for (let k = 0; k < 5; k++) {
    if (k % 2) continue;
    yield `for ${k}`;
  }
  for (const s of ["a", "b", "c"]) {
    switch (s) {
      case "a":
        yield "case a";
      case "b":
        yield `case b (from ${s})`;
        break;
      default:
        yield "default";
    }
  }
  outer: for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      if (c > r) continue outer;
      if (r === 2 && c === 1) break outer;
      yield `cell ${r},${c}`;
    }
  }
  {
    let scoped = "block";
    yield scoped;
    scoped += "!";
    yield scoped;
  }
  const x = i > 0 ? "pos" : i < 0 ? "neg" : "zero";
  if (x === "zero") yield "if zero";
  else yield "else";
}
console.log([...control()].join(" | "));
