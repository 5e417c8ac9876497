// Tests Error subclasses: name/message/cause, instanceof chains, toString, Error.prototype.name overrides and catch dispatch.
class AppError extends Error {
  code: number;
  constructor(message: string, code: number) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}
class NotFound extends AppError {
  constructor(what: string) {
    super(`${what} not found`, 404);
    this.name = "NotFound";
  }
}
class Silent extends Error {}
const errors: Error[] = [
  new Error("plain"), new AppError("app failed", 500), new NotFound("user"), new Silent("quiet"),
  new TypeError("type"), new RangeError("range"), new SyntaxError("syntax"), new ReferenceError("ref"),
  new EvalError("eval"), new URIError("uri"), new Error(), new Error(undefined), new Error("with cause", { cause: "root" }),
];
for (const e of errors) {
  const kinds = [e instanceof AppError, e instanceof NotFound, e instanceof TypeError, e instanceof Error];
  console.log(JSON.stringify(e.name), JSON.stringify(e.message), String(e), kinds, (e as AppError).code);
}
console.log(errors[12].cause, "cause" in errors[0], Object.keys(errors[1]), Object.keys(errors[0]));
function handle(f: () => void): string {
  try {
    f();
    return "ok";
  } catch (e) {
    if (e instanceof NotFound) return `404: ${e.message}`;
    if (e instanceof AppError) return `app ${e.code}: ${e.message}`;
    if (e instanceof TypeError) return `type: ${e.message}`;
    throw e;
  }
}
console.log(handle(() => { throw new NotFound("page"); }));
console.log(handle(() => { throw new AppError("boom", 503); }));
console.log(handle(() => { (null as any).x; }));
console.log(handle(() => {}));
try {
  handle(() => { throw new RangeError("escapes"); });
} catch (e) {
  console.log("outer caught", (e as Error).name, (e as Error).message);
}
const e1 = new Error("msg");
e1.name = "Renamed";
console.log(String(e1), e1.toString(), `${e1}`);
const e2 = new Error("");
e2.name = "";
console.log(JSON.stringify(String(e2)), String(new TypeError()), Object.prototype.toString.call(e1));
console.log(typeof e1.stack, e1 instanceof Object, Error.prototype.name, TypeError.prototype.name, new NotFound("x").constructor.name);
console.log(Error("called without new").message, TypeError("tt") instanceof TypeError);
