// Tests left-to-right evaluation of callee, arguments, operands, object literal values, computed keys and templates.
const log: string[] = [];
function t<T>(label: string, v: T): T {
  log.push(label);
  return v;
}
function flush(title: string): void {
  console.log(title.padEnd(18), log.join(" "));
  log.length = 0;
}
function three(a: number, b: number, c: number): number {
  log.push("body");
  return a + b + c;
}
t("callee", three)(t("a", 1), t("b", 2), t("c", 3));
flush("call");
const obj = { m(x: number): number { log.push("m body"); return x; } };
t("object", obj).m(t("arg", 1));
flush("method call");
void (t("left", 1) + t("right", 2) * t("rightmost", 3));
flush("binary ops");
const o = { [t("k1", "a")]: t("v1", 1), [t("k2", "b")]: t("v2", 2) };
flush("object literal");
void o;
void `${t("x", 1)}-${t("y", 2)}`;
flush("template");
const arr = [t("e0", 0), ...t("spread", [1, 2]), t("e3", 3)];
flush("array literal");
void arr;
const target: Record<string, number> = {};
target[t("key", "k")] = t("value", 5);
flush("member assign");
let i = 0;
const seq = [i++, i++, i, ++i, i--, i];
console.log(seq);
function args(...xs: number[]): number[] {
  return xs;
}
let j = 1;
console.log(args(j, (j = 5), j, j++, j));
const cond = t("test", true) ? t("then", "T") : t("else", "E");
flush("conditional " + cond);
t("a", false) && t("b", true);
t("c", 0) || t("d", 1);
t("e", null) ?? t("f", 2);
flush("short circuit");
new (t("ctor", class { constructor(_a: number, _b: number) { log.push("ctor body"); } }))(t("n1", 1), t("n2", 2));
flush("new");
