// Tests catch without a binding, catch parameter destructuring, and variable shadowing inside catch blocks.
function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return "invalid";
  }
}
console.log(safeParse("[1,2]"), safeParse("{"), safeParse('"str"'), safeParse("nul"));
try {
  throw { code: 12, detail: { where: "parser" } };
} catch ({ code, detail: { where } }: any) {
  console.log("destructured", code, where);
}
try {
  throw [10, 20, 30];
} catch ([first, , third]: any) {
  console.log("array destructured", first, third);
}
try {
  throw new RangeError("bad range");
} catch ({ name, message }: any) {
  console.log(name, message);
}
let e = "outer";
try {
  throw "thrown";
} catch (e) {
  e = "reassigned inside catch";
  console.log(e);
}
console.log(e);
const handlers: Array<() => string> = [];
for (let i = 0; i < 3; i++) {
  try {
    throw i * 11;
  } catch (err) {
    handlers.push(() => `err=${err}`);
  }
}
console.log(handlers.map((h) => h()));
let attempts = 0;
function flaky(): string {
  attempts++;
  if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
  return `succeeded after ${attempts}`;
}
let result = "";
while (!result) {
  try {
    result = flaky();
  } catch (err) {
    console.log("retry:", (err as Error).message);
  }
}
console.log(result);
