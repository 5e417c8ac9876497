// Tests for-in enumeration order: integer-like keys ascending, then strings in insertion order, inherited keys after own.
const o: Record<string, number> = {};
o.b = 1;
o["10"] = 2;
o.a = 3;
o["2"] = 4;
o["-1"] = 5;
o["01"] = 6;
o["4294967295"] = 7;
o["4294967294"] = 8;
o["1.5"] = 9;
o[" 3"] = 10;
for (const k in o) console.log(JSON.stringify(k), o[k]);
console.log(Object.keys(o).join(","));
const proto = { inherited: 1, shared: 2 };
const child = Object.create(proto) as Record<string, number>;
child.own = 3;
child.shared = 4;
const keys: string[] = [];
for (const k in child) keys.push(k);
console.log(keys, Object.keys(child));
const arr = ["x", "y", "z"];
(arr as any).extra = "e";
for (const i in arr) console.log(i, typeof i, (arr as any)[i]);
const sparse = [1, , 3];
for (const i in sparse) console.log("sparse key", i);
for (const i in "abc" as any) console.log("string key", i);
const hidden: Record<string, number> = { visible: 1 };
Object.defineProperty(hidden, "hidden", { value: 2, enumerable: false });
for (const k in hidden) console.log("enumerable only", k);
const mutating: Record<string, number> = { p: 1, q: 2, r: 3 };
const visited: string[] = [];
for (const k in mutating) {
  visited.push(k);
  if (k === "p") {
    delete mutating.q;
    mutating.s = 4;
  }
}
console.log(visited);
class Base {
  baseField = 1;
  method(): void {}
}
class Derived extends Base {
  derivedField = 2;
}
const d = new Derived();
for (const k in d) console.log("instance key", k);
const nul: any = null;
for (const k in nul) console.log("never", k);
const und: any = undefined;
for (const k in und) console.log("never", k);
for (const k in (42 as any)) console.log("never", k);
console.log("done");
