// A base constructor returning a value returns it only when it is an object, else `this`.
// CHECK: fn fn_{{[0-9]+}} (function P)
// CHECK: runtime isObject(
// CHECK: (return.object):
// CHECK: (return.notObject):
// CHECK-NEXT: return %
class P { constructor(v: unknown) { if (v) return v as object; } }
console.log(new P({ a: 1 }), new P(0));
