// Tests + with strings: left-to-right evaluation, ToPrimitive on arrays/objects (valueOf before toString) and ToString of numbers.
const one: any = 1;
const two: any = 2;
const three: any = "3";
console.log(one + two + three, three + one + two, one + (two + three), three - one + two);
const odd: any[] = [null, undefined, true, false, NaN, -0, 0, Infinity, [], [1], [1, [2, 3]], [null], [undefined, null], {}, 1e21, 1e-7, 123.456, -1.5e-9];
for (const v of odd) console.log(JSON.stringify("" + v), "" + v === String(v));
const withValueOf = { valueOf(): number { return 42; }, toString(): string { return "str"; } };
const withToString = { toString(): string { return "only-to-string"; } };
const vo: any = withValueOf;
const ts: any = withToString;
console.log(vo + 1, vo + "", `${vo}`, String(vo), vo * 2, [vo] + "");
console.log(ts + 1, ts + "", `${ts}`, ts * 2);
class Money {
  cents: number;
  constructor(c: number) { this.cents = c; }
  toString(): string { return "$" + (this.cents / 100).toFixed(2); }
}
const m: any = new Money(1999);
console.log("price: " + m, `${m}`, m + 1, [m, m].join(" & "));
const pair: any = [1, 2];
const emptyArr: any = [];
console.log(pair + [3, 4], {} + "", emptyArr + {}, "x" + [,] + "y", "a" + [, ,] + "b");
const bad: any = { valueOf(): object { return {}; }, toString(): object { return {}; } };
try {
  console.log(bad + "");
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
const parts: string[] = [];
let acc = "";
for (let i = 0; i < 5; i++) {
  acc += i % 2 === 0 ? i : "-";
  parts.push(acc);
}
console.log(parts);
const ten: any = "10";
const s3: any = "3";
console.log(ten + 1 - 1, ten - 1 + 1, +ten + 1, s3 * ("4" as any) + "5");
