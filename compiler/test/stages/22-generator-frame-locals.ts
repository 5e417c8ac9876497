// Only locals live across a suspend move into the heap frame: `i` and `n` do, the temporary of the
// multiplication does not.
// CHECK: fn fn_1 (resumable squares)
// CHECK: locals: {{.*}}%{{[0-9]+}} n frame
// CHECK-NOT: t frame,{{.*}}t frame,{{.*}}t frame,{{.*}}t frame
function* squares(n: number) {
  let i = 0;
  while (i < n) {
    yield i * i;
    i++;
  }
}
console.log([...squares(4)]);
