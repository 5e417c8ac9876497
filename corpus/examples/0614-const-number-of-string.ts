// Comptime folding: ToNumber of constant strings and other constants (Number(), unary +, -): whitespace, prefixes, exponents, junk.
const inputs: any[] = [
  "", " ", "\n\t 12 \r", "12px", "0x1f", "0X1F", "0b101", "0o17", "0B2", "-0x10", "+0x10", "1e3", "1E-3", ".5", "5.", "+.5", "-.5e1",
  "Infinity", "-Infinity", "+Infinity", "infinity", "1_000", "00012", "-00.1", "0.0000001", "1e1000", "-1e1000", "- 1", "1 2",
  "\u00a0 5 \ufeff", "\u2028 7 \u3000", "\u200b8", "١٢", "0x", "e5", "1e", "1.2.3", "NaN", "-0", "9007199254740993", "0.1e-6",
  null, undefined, true, false, [], [5], ["7"], [1, 2], {}, [[[" 3 "]]], [null], "123456789012345678901234567890",
];
const out = inputs.map((v) => Number(v));
console.log(out);
console.log(inputs.map((v) => +v).every((x, i) => Object.is(x, out[i])), inputs.map((v) => -v).slice(0, 12));
console.log(inputs.map((v, i) => `${JSON.stringify(v) ?? "undefined"} -> ${out[i]}`).join("\n"));
const s: any = "3";
const nul: any = null;
const undef: any = undefined;
console.log(+s, -s, +-s, - -s, +"", +" ", +[] as any, +{} as any, +true, +nul, +undef, typeof +s, ~s, !+s);
console.log(Number("12") + Number("0.5"), Number("1" + "0"), Number("-" + "5"), Number(String(1e21)), Number(String(-0)));
