const p = (v) => process.stdout.write(String(v) + "\n");
const t = (f) => { try { f(); } catch (e) { p("caught " + e.toString()); } };
const makeVo = (v, s) => ({
  v, s,
  valueOf() { p("valueOf called"); return this.v; },
  toString() { p("toString called"); return this.s; },
});
const vo = makeVo(7, "seven");
p(vo + 1);
p("x" + vo);
p(String(vo));
p(vo * 2);
p(vo < 8);
p(vo == 7);
const bad = {
  valueOf() { p("valueOf returns object"); return this; },
  toString() { p("valueOf returns object"); return this; },
};
t(() => bad + 1);
const tp = { [Symbol.toPrimitive](hint) { p("hint " + hint); return "prim"; } };
p(tp + "");
p(String(tp));
p(tp - 1);
const sym = Symbol("d");
t(() => String.prototype.concat.call("", `${sym}`));
t(() => sym + 1);
t(() => "" + sym);
p(sym.toString());

const vals = [undefined, null, true, false, 0, -0, 1, NaN, "", "0", "1", " 1 ", "abc", {}, sym];
for (const a of vals) {
  let line = "";
  for (const b of vals) {
    const loose = (typeof a === "symbol" || typeof b === "symbol") ? a === b : a == b;
    line += (loose ? "1" : "0") + (a === b ? "1" : "0") + " ";
  }
  p(line);
  p(typeof a);
  p(Boolean(a));
  if (typeof a !== "symbol") p(Number(a));
}
p(typeof Object);
p(typeof Symbol.iterator);

const nums = [0.1, 1e21, 1e-7, 123456789012345680000, -1.5, 2147483648, -2147483649, 4294967296.5, Infinity, -Infinity, 5e-324, 1.7976931348623157e308, 0.000001, 100];
for (const x of nums) {
  p(String(x));
  p(x | 0);
  p(x >>> 0);
  p(x | 0);
  p(x >>> 0);
  p(x << 33);
  p(x >> 2);
  p(~x);
  p(x % 7);
  p(-x % 7);
  p(x ** 2);
  p(x / 3);
}
p(5 % 0);
p(1 / -0);
p(1 ** Infinity);
p(2 ** 0.5);
let s41 = "41"; s41++; p(s41);
let nl = null; nl--; p(nl);
p(+"0x1f");
p(+"1e3");
p(+"  12  ");
p(+"1_000");
p(-"");
p("12" ^ true);
p("10" < 9);
p("10" < "9");
p(undefined <= 0);
p(null >= 0);
p(NaN > 0);
p(Object.is(0, -0));
p(Object.is(NaN, NaN));
p([0].includes(-0));
p(0 in [1]);
