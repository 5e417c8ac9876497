// Tests OrdinaryToPrimitive hint order: valueOf first for +, -, <, ==; toString first for String(), templates and property keys.
const calls: string[] = [];
function make(tag: string, v: number, s: string): any {
  return {
    valueOf(): number {
      calls.push(`${tag}.valueOf`);
      return v;
    },
    toString(): string {
      calls.push(`${tag}.toString`);
      return s;
    },
  };
}
function show(label: string, result: unknown): void {
  console.log(label.padEnd(14), result, calls.join(" "));
  calls.length = 0;
}
const a = make("a", 1, "A");
const b = make("b", 2, "B");
show("a + b", a + b);
show("a + ''", a + "");
show("'' + b", "" + b);
show("`${a}`", `${a}`);
show("String(a)", String(a));
show("a - b", a - b);
show("a < b", a < b);
show("a == 1", a == 1);
show("a == 'A'", a == "A");
show("a === a", a === a);
show("+a", +a);
show("[a, b].join", [a, b].join("-"));
const o: Record<string, number> = {};
o[a] = 5;
show("o[a] = 5", Object.keys(o));
const onlyString: any = {
  valueOf(): object {
    calls.push("v");
    return {};
  },
  toString(): string {
    calls.push("t");
    return "7";
  },
};
show("onlyString * 2", onlyString * 2);
show("onlyString + 1", onlyString + 1);
const arr: any = [3];
show("[3] * [2]", arr * ([2] as any));
show("[1,2] + 1", [1, 2] + (1 as any));
