// The value of a yield* expression is the delegate's return value: used to build results from
// sub-generators (a mini parser returning parsed values while yielding log lines).
function* readNumber(chars: string[]): Generator<string, number, unknown> {
  let digits = "";
  while (chars.length && chars[0]! >= "0" && chars[0]! <= "9") digits += chars.shift();
  yield `number ${digits}`;
  return Number(digits);
}
function* readList(chars: string[]): Generator<string, number[], unknown> {
  const out: number[] = [];
  if (chars.shift() !== "[") throw new SyntaxError("expected [");
  while (chars[0] !== "]") {
    out.push(yield* readNumber(chars));
    if (chars[0] === ",") chars.shift();
  }
  chars.shift();
  yield `list of ${out.length}`;
  return out;
}
function* program(src: string): Generator<string, number, unknown> {
  const chars = [...src];
  const lists: number[][] = [];
  while (chars.length) lists.push(yield* readList(chars));
  return lists.reduce((s, l) => s + l.reduce((a, b) => a + b, 0), 0);
}
const p = program("[1,22,3][40][]");
let step = p.next();
while (!step.done) {
  console.log(step.value);
  step = p.next();
}
console.log("total", step.value);
function* returnsEarly(): Generator<number, string, unknown> { yield 1; return "early"; }
function* collects() {
  const results = [yield* returnsEarly(), yield* returnsEarly()];
  return results.join("+");
}
const c = collects();
console.log(c.next(), c.next(), c.next());
