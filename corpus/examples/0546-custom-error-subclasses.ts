// Custom Error subclasses: name/message/cause, instanceof across a hierarchy, String()/toString, catch dispatch, rethrow and finally.
class AppError extends Error {
  code: string;
  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }
}
class NotFoundError extends AppError {
  resource: string;
  constructor(resource: string) {
    super(`${resource} not found`, "E_NOT_FOUND");
    this.name = "NotFoundError";
    this.resource = resource;
  }
}
class ValidationError extends AppError {
  fields: string[];
  constructor(fields: string[]) {
    super("invalid fields: " + fields.join(", "), "E_INVALID");
    this.name = new.target.name;
    this.fields = fields;
  }
}

const errors: Error[] = [new NotFoundError("user/42"), new ValidationError(["email", "age"]), new AppError("generic", "E_GEN"), new TypeError("plain type error"), new Error("")];
for (const e of errors) {
  console.log(String(e), "|", e.name, "|", JSON.stringify(e.message), "|", e instanceof AppError, e instanceof NotFoundError, e instanceof Error);
}
console.log(Object.keys(errors[0]), Object.keys(errors[3]), JSON.stringify(errors[1]));

// cause is an own, non-enumerable property.
const wrapped = new AppError("wrapper", "E_WRAP", { cause: new RangeError("inner") });
console.log(String(wrapped.cause), Object.hasOwn(wrapped, "cause"), Object.keys(wrapped), "cause" in new Error("x"));

// Error.prototype.toString rules.
const odd = new Error("msg");
odd.name = "";
console.log(String(odd));
const noMsg = new Error();
console.log(String(noMsg), JSON.stringify(noMsg.message));
console.log(Error.prototype.toString.call({ name: "Custom", message: "from object" }), Error.prototype.toString.call({}));
console.log(String(new Error(undefined)), String(new Error(null as unknown as string)), String(new Error(42 as unknown as string)));

// Dispatch on type in catch; rethrow unknown; finally always runs.
function handle(thrower: () => void): string {
  const log: string[] = [];
  try {
    try {
      thrower();
      log.push("no error");
    } catch (e) {
      if (e instanceof NotFoundError) log.push("404 " + e.resource);
      else if (e instanceof ValidationError) log.push("400 " + e.fields.length);
      else throw e;
    } finally {
      log.push("finally");
    }
  } catch (outer) {
    log.push("outer caught " + (outer instanceof Error ? outer.name : typeof outer + ":" + String(outer)));
  }
  return log.join(" > ");
}
console.log(handle(() => {}));
console.log(handle(() => {
  throw new NotFoundError("page");
}));
console.log(handle(() => {
  throw new ValidationError(["a"]);
}));
console.log(handle(() => {
  throw new SyntaxError("weird");
}));
console.log(handle(() => {
  throw "a string";
}));
console.log(handle(() => {
  throw { code: 1 };
}));

// Built-in error constructors and their names.
for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new C("m");
  console.log(C.name, e.name, e instanceof Error, Object.getPrototypeOf(C) === Error || C === Error, String(C("called without new")));
}
