// Tests the temporal dead zone of let/const/class: ReferenceError messages when a binding is read before initialization.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, "ok:", f());
  } catch (e) {
    console.log(label, (e as Error).name + ":", (e as Error).message);
  }
}
const readLater = (): number => later;
attempt("let before init", readLater);
let later = 10;
attempt("let after init", readLater);
const readConst = (): string => constLater;
attempt("const before init", readConst);
const constLater = "ready";
attempt("const after init", readConst);
const makeK = (): unknown => new K();
attempt("class before init", makeK);
class K {
  tag = "k";
}
attempt("class after init", makeK);
function shadowTdz(): number {
  const outer = 1;
  {
    const peek = (): number => outer;
    try {
      return peek();
    } finally {
      // The inner binding shadows the outer one from the start of the block.
    }
    const outer = 2;
  }
}
attempt("shadowed tdz", shadowTdz);
function loopTdz(): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const get = (): number => i * 2 + offset;
    const offset = 100;
    out.push(get());
  }
  return out;
}
attempt("tdz resolved in loop", loopTdz);
let undefinedLet: number | undefined;
console.log("declared without initializer:", undefinedLet);
const fnInSwitch = (n: number): string => {
  switch (n) {
    case 0: {
      const msg = "zero";
      return msg;
    }
    default:
      return "other";
  }
};
console.log(fnInSwitch(0), fnInSwitch(1));
