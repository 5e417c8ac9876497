// A labelled break out of try around for-of: iterator closed, then the finally continuation.
// CHECK: fn fn_1 (function g)
// CHECK: runtime iterClose
// CHECK-NEXT: tryPop
// CHECK-NEXT: = i:2
function g(xs: number[]) {
  out: try {
    for (const x of xs) if (x === 2) break out;
  } finally {
    console.log("fin");
  }
}
g([1, 2, 3]);
