// Property enumeration order: array-index keys ascending first, then strings in insertion order; non-canonical numerics stay strings.
const o: Record<string, number> = {};
o.b = 1;
o["10"] = 2;
o.a = 3;
o["2"] = 4;
o["-1"] = 5;
o["01"] = 6;
o["1.0"] = 7;
o["4294967294"] = 8;
o["4294967295"] = 9;
o["4294967296"] = 10;
o["0"] = 11;
o[" 3"] = 12;
o["9007199254740993"] = 13;
console.log(Object.keys(o));
console.log(o);

const seen: string[] = [];
for (const k in o) seen.push(k);
console.log(seen.join(","));
console.log(JSON.stringify(o));
console.log(Object.entries(o).map(([k, v]) => k + "=" + v).join(" "));

// Re-assigning an existing key does not move it; delete + re-add moves it to the end.
const m: Record<string, number> = { x: 1, y: 2, z: 3 };
m.x = 10;
console.log(Object.keys(m));
delete m.x;
m.x = 100;
console.log(Object.keys(m), m);

// for-in walks own keys, then inherited enumerable keys not shadowed.
const proto = { inherited: 1, shadowed: 2, 5: "five" };
const child = Object.create(proto) as Record<string, unknown>;
child.own = 3;
child.shadowed = 4;
child[1] = "one";
const forIn: string[] = [];
for (const k in child) forIn.push(k);
console.log(forIn, Object.keys(child));

// Arrays with extra properties.
const arr: number[] & { extra?: string } = [3, 2, 1];
arr.extra = "x";
console.log(Object.keys(arr), arr);
