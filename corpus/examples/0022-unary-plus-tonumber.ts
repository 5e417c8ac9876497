// Tests ToNumber via unary + and Number(): whitespace, radix prefixes, exponents, Infinity spelling, arrays and objects.
const inputs: any[] = [
  "", " ", "\t\n\r ", "12", " 12 ", "+12", "-12", "1.5", ".5", "5.", "-.5e-3", "1e3", "1E+3", "1e", "e3",
  "0x1F", "0X1f", "-0x10", "0b101", "0o17", "0b102", "012", "00", "-0", "1_000", "1,000", "Infinity",
  "-Infinity", "+Infinity", "infinity", "NaN", "12px", "\u00a012\u2003", "\ufeff7", "0.1e400", "1e-400",
  null, undefined, true, false, [], [5], [" 6 "], [1, 2], [[7]], {}, NaN, -0,
];
for (const v of inputs) {
  const label = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? JSON.stringify(v) : String(v);
  const a = +v;
  const b = Number(v);
  console.log(label.padEnd(14), a, Object.is(a, b), Object.is(a, -0) ? "neg-zero" : "");
}
const valueOfObj: any = { valueOf(): string { return "0x20"; } };
const toStrObj: any = { toString(): string { return " 8 "; } };
console.log(+valueOfObj, +toStrObj, -valueOfObj, -toStrObj, Number(valueOfObj));
const neg: any = "5";
console.log(-neg, - -neg, -(-neg), typeof -neg, -"");
console.log(-(null as any), -(undefined as any), -([] as any), -({} as any), -(true as any));
