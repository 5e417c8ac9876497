// Tests closures capturing loop variables: per-iteration let bindings in for/for-of/for-in versus one shared var binding.
const withLet: Array<() => number> = [];
for (let i = 0; i < 4; i++) withLet.push(() => i);
console.log("let:", withLet.map((f) => f()));
const withVar: Array<() => number> = [];
for (var v = 0; v < 4; v++) withVar.push(() => v);
console.log("var:", withVar.map((f) => f()));
const iife: Array<() => number> = [];
for (var w = 0; w < 4; w++) iife.push(((captured: number) => () => captured)(w));
console.log("iife:", iife.map((f) => f()));
const ofFns: Array<() => string> = [];
for (const s of ["a", "b", "c"]) ofFns.push(() => s);
console.log("for-of:", ofFns.map((f) => f()));
const inFns: Array<() => string> = [];
for (const k in { x: 1, y: 2 }) inFns.push(() => k);
console.log("for-in:", inFns.map((f) => f()));
const mutators: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  mutators.push(() => ++i);
}
console.log("mutate own copy:", mutators.map((f) => f()), mutators.map((f) => f()));
const copied: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  copied.push(() => i);
  i++;
}
console.log("incremented in body:", copied.map((f) => f()));
const whileFns: Array<() => number> = [];
let n = 0;
while (n < 3) {
  const snapshot = n;
  whileFns.push(() => snapshot * 10 + n);
  n++;
}
console.log("while:", whileFns.map((f) => f()));
const nestedFns: Array<() => string> = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 2; c++) nestedFns.push(() => `${r}${c}`);
}
console.log("nested:", nestedFns.map((f) => f()));
const initClosures: Array<() => number> = [];
for (let i = 0, get = (): number => i; i < 2; i++) initClosures.push(get);
console.log("closure in initializer:", initClosures.map((f) => f()));
