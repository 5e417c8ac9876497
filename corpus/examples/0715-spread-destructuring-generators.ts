// Spread and destructuring pull from generators and close them (return()) when they stop early:
// the generator's finally runs at that point.
function* letters() {
  try {
    yield "a";
    yield "b";
    yield "c";
    yield "d";
  } finally {
    console.log("letters closed");
  }
}
console.log([...letters()]);
console.log(Math.max(...(function* () { yield 3; yield 9; yield 4; })()));
const [first, second] = letters();
console.log(first, second);
const [, , third] = letters();
console.log(third);
const [head, ...tail] = letters();
console.log(head, tail);
const [p = "default", q = "default2"] = (function* () { yield undefined; })();
console.log(p, q);
function takesRest(...xs: string[]) { return xs.join("-"); }
console.log(takesRest(...letters()));
const nested = [...letters(), ...letters()].length;
console.log(nested);
let [x, y] = ["x0", "y0"];
[x, y] = letters();
console.log(x, y);
