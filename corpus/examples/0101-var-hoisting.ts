// Tests var hoisting: use before declaration reads undefined, function-scoped (not block-scoped) var, redeclaration and loops.
function early(): unknown[] {
  const seen: unknown[] = [];
  seen.push(v);
  var v: number | undefined = 5;
  seen.push(v);
  return seen;
}
console.log(early());
function blockLeak(flag: boolean): unknown {
  if (flag) {
    var inner: string | undefined = "set in block";
  }
  return inner;
}
console.log(blockLeak(true), blockLeak(false));
function loopVar(): number {
  for (var i = 0; i < 3; i++) {
    /* empty */
  }
  return i;
}
console.log(loopVar());
function redeclare(): number {
  var x = 1;
  var x = x + 1;
  {
    var x = x * 10;
  }
  return x;
}
console.log(redeclare());
function shadowParam(p: number): number[] {
  const out: number[] = [p];
  var p = p + 1;
  out.push(p);
  return out;
}
console.log(shadowParam(41));
function hoistedInCatch(): unknown[] {
  const r: unknown[] = [typeof w];
  try {
    throw new Error("x");
  } catch (e) {
    var w: string | undefined = "from catch";
  }
  r.push(w);
  return r;
}
console.log(hoistedInCatch());
var topLevel = "top";
console.log(topLevel, counter());
function counter(): number {
  var total = 0;
  for (var k = 1; k <= 4; k++) {
    var sq: number = k * k;
    total += sq;
  }
  return total + sq! + k;
}
const fns: Array<() => number> = [];
for (var j = 0; j < 3; j++) fns.push(() => j);
console.log(fns.map((f) => f()));
