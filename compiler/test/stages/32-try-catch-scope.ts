// COMPTIME: off
// A catch clause pops its handler in the landing block, then binds the exception.
// CHECK: tryEnter %{{[0-9]+}} body bb{{[0-9]+}} landing bb{{[0-9]+}}
// CHECK: (catch):
// CHECK-NEXT: tryPop
// CHECK-NEXT: = runtime caughtException()
try { JSON.parse("{"); } catch (e) { console.log((e as Error).name); }
