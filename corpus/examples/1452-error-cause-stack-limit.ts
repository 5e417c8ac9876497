// Error cause, Error.isError, Error.captureStackTrace and Error.stackTraceLimit (what a stack records).
const low = new Error("disk full");
const high = new Error("save failed", { cause: low });
const { value, ...attributes } = Object.getOwnPropertyDescriptor(high, "cause")!;
console.log(high.cause === low, value === low, attributes);
console.log(Object.hasOwn(new Error("x", {}), "cause"), Object.hasOwn(new Error("x", { cause: undefined }), "cause"));
console.log(new RangeError("r", { cause: 42 }).cause, new TypeError("t", { cause: null }).cause);

// walking a cause chain
function chain(e: unknown): string[] {
  const out: string[] = [];
  for (let cur = e; cur instanceof Error; cur = cur.cause) out.push(cur.message);
  return out;
}
const top = new Error("request failed", { cause: new Error("connection reset", { cause: new Error("timeout") }) });
console.log(chain(top).join(" <- "));

// Error.isError: real errors (subclasses too), not look-alikes
class HttpError extends Error {
  status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}
console.log(Error.isError(new HttpError(404)), Error.isError(new TypeError()), Error.isError({ name: "Error", message: "fake" }));
console.log(Error.isError(Object.create(Error.prototype)), Error.isError("Error"), Error.isError(undefined));

// stackTraceLimit: a data property; zero keeps only the header, a non-number records no stack
console.log(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit"));
Error.stackTraceLimit = 0;
const bare = new Error("no frames");
console.log(JSON.stringify(bare.stack), Object.hasOwn(bare, "stack"));
console.log(bare);
Error.stackTraceLimit = 0.5;
console.log(JSON.stringify(new TypeError("half").stack));
Error.stackTraceLimit = NaN;
console.log(JSON.stringify(new Error("nan").stack));
(Error as { stackTraceLimit: unknown }).stackTraceLimit = "ten";
const none = new Error("no stack at all");
console.log(none.stack, Object.hasOwn(none, "stack"), String(none));

// captureStackTrace puts a stack on any object, named from that object
const target: { name: string; message: string; stack?: string } = { name: "Custom", message: "from object" };
Error.stackTraceLimit = 0;
Error.captureStackTrace(target);
console.log(JSON.stringify(target.stack), Object.keys(target));
try {
  Error.captureStackTrace(7 as unknown as object);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
console.log("stackTraceLimit" in Error, new Error("after delete").stack);
