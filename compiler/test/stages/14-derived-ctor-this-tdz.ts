// A derived constructor's `this` starts in TDZ; super() binds it once; the return checks it.
// CHECK: fn fn_{{[0-9]+}} (function B)
// CHECK: = empty
// CHECK: = super ()
// CHECK: branch isEmpty
// CHECK: checkTdz %{{[0-9]+}} this
// CHECK: runtime throwThisTdz()
// CHECK: runtime throwSuperTwice()
class A { constructor() { console.log("A"); } }
class B extends A { constructor() { super(); console.log(this instanceof B); } }
new B();
