// A yield inside try pops the handler before suspending and pushes it again (a new setjmp) on resume;
// a resumed return() runs the finally block.
// CHECK: fn fn_1 (resumable g)
// CHECK: tryPop %{{[0-9]+}}
// CHECK-NEXT: suspend
// CHECK: (yield.reenter):
// CHECK: (yield.resume):
// CHECK-NEXT: tryEnter
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup");
  }
}
const it = g();
console.log(it.next(), it.return(undefined), it.next());
