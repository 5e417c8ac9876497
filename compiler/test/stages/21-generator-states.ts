// A generator is a resumable function: its parameters are bound before the start suspend (state 1),
// each yield is a further state, and resumed modes are dispatched after each resume.
// CHECK: fn fn_1 (resumable count)
// CHECK: = arg[0]
// CHECK: suspend undefined state 1 resume bb
// CHECK: suspend %{{[0-9]+}} state 2 resume bb
// CHECK: branch resumeMode throw
// CHECK: branch resumeMode return
function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
console.log([...count(3)]);
