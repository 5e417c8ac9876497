// Comptime folding: constant object literals — property reads, computed keys, key order (integer keys first), spread/assign overwrite order, freeze.
const N = 2;
const key = "dyn";
const obj = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "lead", [key + N]: "computed", [N * 2]: "four", [`t${N}`]: true, 1.5: "float" };
console.log(obj, Object.keys(obj), Object.values(obj).length);
console.log(obj.a + obj.b, obj[10], obj["2"], obj[4], obj.dyn2, obj["1.5"], (obj as Record<string, unknown>)["missing"], "a" in obj, "toString" in obj, Object.hasOwn(obj, "toString"));
const defaults = { host: "localhost", port: 80, tls: false, tags: ["x"] };
const override = { port: 8443, tls: true, extra: undefined };
const merged = { ...defaults, ...override, host: "example.org" };
const merged2 = Object.assign({}, defaults, override);
console.log(merged, merged2, merged.tags === defaults.tags, Object.entries(merged).length);
const shorthand = { N, key, merged: merged.port, fn() { return this.N * 10; }, arrow: () => "arrow" };
console.log(shorthand.fn(), shorthand.arrow(), shorthand);
const frozen = Object.freeze({ x: 1, nested: { y: 2 } });
console.log(Object.isFrozen(frozen), Object.isFrozen(frozen.nested), frozen);
try {
  (frozen as { x: number }).x = 5;
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
frozen.nested.y = 3;
console.log(frozen, Object.fromEntries([["p", 1], ["q", [2]], ["p", 3]]), Object.entries({ z: 1, 0: "zero" }));
const deep = { l1: { l2: { l3: { l4: { l5: "deep" } } } }, arr: [[1, [2, [3, [4]]]]] };
console.log(deep, JSON.stringify(deep));
console.log({}, { "": "empty key", "with space": 1, "quo'te": 2, 'dq"': 3, valid_id$: 4, "1a": 5, "ünï": 6 });
const proto = Object.create(null) as Record<string, number>;
proto.z = 1;
console.log(proto, Object.keys(proto), Object.getPrototypeOf(proto), Object.getPrototypeOf({}) === Object.prototype);
