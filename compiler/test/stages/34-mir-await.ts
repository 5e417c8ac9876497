// STAGE: mir
// COMPTIME: off
// An await is a suspend point marked `await` (the async driver awaits its value); on resume, the
// throw mode throws the rejection reason at the await, inside the try's handler re-entered there.
// CHECK: fn fn_1 (resumable f) {
// CHECK: suspend await
// CHECK: tryEnter
// CHECK: resumeMode throw
async function f(p: Promise<number>): Promise<number> {
  try {
    return await p;
  } catch {
    return -1;
  }
}
f(Promise.resolve(1)).then((v) => console.log(v));
