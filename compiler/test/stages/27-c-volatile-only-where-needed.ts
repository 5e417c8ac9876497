// STAGE: c
// In C, only the local assigned in the protected body and read after the longjmp is volatile.
// CHECK: static tsn_value fn_1(
// CHECK: tsn_value volatile l{{[0-9]+}}_tries
// CHECK-NOT: volatile l{{[0-9]+}}_limit
// CHECK: setjmp
function attempt(limit: number) {
  let tries = 0;
  try {
    while (tries < limit) { tries++; if (tries === 3) throw new Error("three"); }
  } catch {
    return tries;
  }
  return -1;
}
console.log(attempt(5));
