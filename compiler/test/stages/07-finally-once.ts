// A finally block is built once and entered with a completion code from every exit; a dispatch switch
// continues each exit (0 rethrow, 1 fall through, 2+ the jumps routed through it).
// CHECK: fn fn_1 (function f)
// CHECK: (finally):
// CHECK: = global console
// CHECK: switch %{{[0-9]+}} [0: bb{{[0-9]+}}, 1: bb{{[0-9]+}}, 2: bb{{[0-9]+}}, 3: bb{{[0-9]+}}]
function f(x: number) {
  for (;;) {
    try {
      if (x > 1) return "big";
      if (x > 0) break;
    } finally {
      console.log("finally");
    }
  }
  return "small";
}
console.log(f(2), f(1));
