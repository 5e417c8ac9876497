// STAGE: c
// A generator prints as a frame struct, a resume function dispatching on the state, and an entry
// function that runs until the start suspend and returns the generator object.
// CHECK: struct frame_1 {
// CHECK: static tsn_value fn_1_resume(void *frame_, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
// CHECK: switch (F->state) {
// CHECK: F->state = 1; TSN_LEAVE(); *how = TSN_BODY_YIELD;
// CHECK: static tsn_value fn_1(
// CHECK: return tsn_generator_create(callee, fn_1_resume, F);
function* two() { yield 1; yield 2; }
console.log([...two()]);
