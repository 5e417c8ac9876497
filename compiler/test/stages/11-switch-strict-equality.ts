// switch compares with strict equality in case order, then jumps to default; cases fall through.
// CHECK: fn fn_1 (function kind)
// CHECK: branch %{{[0-9]+}} === 1 ? bb{{[0-9]+}} : bb{{[0-9]+}}
// CHECK: branch %{{[0-9]+}} === "two" ? bb{{[0-9]+}} : bb{{[0-9]+}}
// CHECK: return "other"
function kind(x: unknown) {
  switch (x) {
    case 1: return "one";
    case "two":
    default: return "other";
  }
}
console.log(kind(1), kind("two"), kind(3));
