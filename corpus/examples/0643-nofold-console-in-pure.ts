// Comptime folding must NOT remove side effects: otherwise-pure functions that call console.log must print at run time, in evaluation order.
function add(a: number, b: number): number {
  console.log(`add(${a}, ${b})`);
  return a + b;
}
function traced<T>(label: string, v: T): T {
  console.log("eval", label);
  return v;
}
console.log("start");
const X = add(1, 2);
console.log("X =", X);
const Y = add(add(1, 1), add(2, 2));
console.log("Y =", Y);
console.log("args:", traced("a", 1), traced("b", 2), traced("c", 3));
const sum = traced("left", 10) - traced("right", 3) * traced("mul", 2);
console.log("sum", sum);
const tpl = `${traced("t1", "x")}-${traced("t2", "y")}`;
console.log(tpl);
const obj = { [traced("key", "k")]: traced("value", 1), other: traced("other", 2) };
console.log(obj);
const arr = [traced("e0", 0), ...[traced("e1", 1), traced("e2", 2)], traced("e3", 3)];
console.log(arr);
const r = console.log("console.log returns");
console.log(r, typeof r);
function warnAndReturn(n: number): number {
  console.warn("warn", n);
  console.error("error", n);
  console.info("info", n);
  return n * 2;
}
console.log(warnAndReturn(21));
const cond = traced("cond", false) ? traced("then", 1) : traced("else", 2);
console.log(cond, traced("and-left", 0) && traced("never", 1), traced("or-left", 0) || traced("or-right", 5));
const unused = add(100, 200);
void unused;
process.stdout.write("stdout.write without newline|");
process.stdout.write("continued\n");
process.stderr.write("stderr.write line\n");
console.log("end");
