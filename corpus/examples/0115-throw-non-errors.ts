// Tests throwing non-Error values (strings, numbers, null, undefined, objects, arrays, functions) and how catch sees them.
const thrown: unknown[] = ["a string", 42, -0, NaN, null, undefined, true, { code: 7, msg: "obj" }, [1, 2], () => "fn", 0];
for (const value of thrown) {
  try {
    throw value;
  } catch (e) {
    const isError = e instanceof Error;
    console.log(typeof e, isError, e === value || Number.isNaN(e), e);
  }
}
function thrower(kind: number): never {
  if (kind === 0) throw "string failure";
  if (kind === 1) throw { status: 404 };
  throw kind;
}
for (let k = 0; k < 3; k++) {
  try {
    thrower(k);
  } catch (e: unknown) {
    if (typeof e === "string") console.log("string:", e.toUpperCase());
    else if (typeof e === "object" && e !== null && "status" in e) console.log("status:", (e as { status: number }).status);
    else console.log("other:", e);
  }
}
class NotAnError {
  reason: string;
  constructor(r: string) { this.reason = r; }
  toString(): string { return `NotAnError(${this.reason})`; }
}
try {
  throw new NotAnError("custom");
} catch (e) {
  console.log(e instanceof NotAnError, String(e), `${e}`, e);
}
let depth = 0;
function rethrowWrapped(n: number): void {
  depth++;
  if (n === 0) throw n;
  try {
    rethrowWrapped(n - 1);
  } catch (e) {
    throw [e, n];
  }
}
try {
  rethrowWrapped(4);
} catch (e) {
  console.log(JSON.stringify(e), depth);
}
