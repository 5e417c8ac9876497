// Tests template literals: interpolation of every value kind, nesting, escapes, multi-line text and evaluation order.
const vals: unknown[] = [1, -0, NaN, 1e21, 0.1 + 0.2, "s", true, null, undefined, [1, [2, 3]], [], {}, [null, undefined]];
for (const v of vals) console.log(`<${v}>`);
const name = "World";
const n = 3;
console.log(`Hello, ${name}! ${n} + ${n} = ${n + n}; ${n > 2 ? "big" : "small"}`);
console.log(`nested: ${`inner ${`deepest ${n * 2}`} done`} end`);
console.log(`escapes: \` \${not} \\ \t| \u0041 \x42 \u{1F600}`);
const multi = `line one
  line two (indented)
line three`;
console.log(multi);
console.log(multi.length, multi.split("\n").length);
const order: string[] = [];
function tag(label: string): string {
  order.push(label);
  return label.toUpperCase();
}
console.log(`${tag("a")}-${tag("b")}-${tag("c")}`, order);
class Temp {
  c: number;
  constructor(c: number) { this.c = c; }
  toString(): string { return `${this.c}\u00b0C`; }
  valueOf(): number { return this.c; }
}
const t = new Temp(21.5);
console.log(`${t}`, "" + t, String(t), `${[t, t]}`);
const fnVal = (x: number): number => x + 1;
console.log(`${fnVal(1)} ${typeof fnVal}`);
const rows = [["a", 1], ["bb", 22], ["ccc", 333]] as const;
for (const [k, v] of rows) console.log(`|${k.padEnd(5, ".")}|${String(v).padStart(5)}|`);
console.log(`${""}${""}`.length, `a${"b"}c`.length, `${1}${2}` === "12");
const obj = { toString(): string { return "OBJ"; } };
console.log(`${obj}${obj}`, `${{}}`);
console.log(`${-0} ${[-0]} ${0 * -1} ${String(-0)}`);
