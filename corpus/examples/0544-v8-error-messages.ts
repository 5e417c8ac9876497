// V8 error messages for common runtime errors: property reads on undefined/null, calling non-functions, const assignment, TDZ, undefined names.
function report(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "-> no error");
  } catch (e) {
    const err = e as Error;
    console.log(label.padEnd(22), err.constructor.name, "|", err.message);
  }
}

const obj: Record<string, any> = { a: { b: null }, s: "str", n: 5, f: () => 1 };
const u: any = undefined;
const nul: any = null;

report("read of undefined", () => u.x);
report("read of null", () => nul.x);
report("nested read", () => obj.a.b.c);
report("computed read", () => u["key with space"]);
report("numeric read", () => nul[0]);
report("write to undefined", () => {
  u.x = 1;
});
report("write to null", () => {
  nul.y = 2;
});
report("call undefined prop", () => obj.missing());
report("call number prop", () => obj.n());
report("call string prop", () => obj.s());
report("call nested", () => obj.a.b());
report("call result", () => obj.f()());
report("call local", () => {
  const notFn: any = 42;
  return notFn();
});
report("new non-ctor", () => new obj.f());
report("new arrow", () => {
  const arrow: any = () => 1;
  return new arrow();
});
report("const assign", () => {
  const c = 1;
  (c as any)++;
});
report("tdz let", () => {
  const read = () => later;
  read();
  let later = 1;
  return later;
});
report("undefined name", () => undeclaredVariable);
report("in on null", () => "x" in (nul as object));
report("spread null", () => [...nul]);
report("destructure null", () => {
  const { x } = nul;
  return x;
});
report("toFixed range", () => (1).toFixed(-1));
report("bad array length", () => new Array(-1));
report("null proto object", () => String(Object.create(null)));
report("instanceof non-fn", () => ({}) instanceof (obj.s as any));

declare const undeclaredVariable: number;
