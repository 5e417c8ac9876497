// Tests block scoping of let/const/class/function: shadowing at several depths, independent bindings per block.
const x = "outer";
{
  const x = "block1";
  {
    const x = "block2";
    console.log(x);
  }
  console.log(x);
}
console.log(x);
let count = 0;
for (let count = 10; count < 12; count++) console.log("loop count", count);
console.log("outer count", count);
if (true as boolean) {
  let count = 99;
  count++;
  console.log("if count", count);
}
count += 1;
console.log("outer count", count);
function scopes(): string[] {
  const out: string[] = [];
  const v = "fn";
  for (const v of ["a", "b"]) {
    out.push(v);
    {
      const v = out.length;
      out.push(String(v));
    }
  }
  out.push(v);
  return out;
}
console.log(scopes());
{
  class Local {
    kind = "inner";
  }
  console.log(new Local().kind);
}
class Local {
  kind = "outer";
}
console.log(new Local().kind);
const fns: Array<() => string> = [];
{
  const a = "first";
  fns.push(() => a);
}
{
  const a = "second";
  fns.push(() => a);
}
console.log(fns.map((f) => f()));
try {
  const e = "try-scoped";
  console.log(e);
  throw new Error("boom");
} catch (e) {
  console.log("caught", (e as Error).message);
}
const e = "outer e";
console.log(e);
