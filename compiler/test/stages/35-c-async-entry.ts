// STAGE: c
// An async function's entry starts the body through the async-function driver and returns its
// promise; a module with top-level await is one resumable body started by tsn_program_main, after
// which an ES module drains its microtasks.
// CHECK: *how = TSN_BODY_AWAIT;
// CHECK: tsn_value promise = tsn_async_function_start(fn_1_resume, F);
// CHECK: static tsn_value module_body_resume(
// CHECK: void tsn_program_main(void) {
// CHECK: tsn_async_module_start(module_body_resume, tsn_alloc(sizeof(struct frame_0)));
// CHECK-NEXT: tsn_run_microtasks();
async function one(): Promise<number> { return await 1; }
console.log(await one());
