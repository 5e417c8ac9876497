// Object literal methods are enumerable (last argument 1) and have a home object.
// CHECK: runtime setHome(
// CHECK: runtime defineMethod(obj(%{{[0-9]+}}), "m", %{{[0-9]+}}, i:0, i:1)
const o = { m() { return 1; } };
console.log(o.m(), Object.keys(o));
