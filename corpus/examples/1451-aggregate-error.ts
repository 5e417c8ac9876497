// AggregateError: errors from any iterable, message and cause, own keys, printing, subclassing, bad arguments.
const inner = [new TypeError("bad type"), new RangeError("out of range"), "plain string", 42];
const agg = new AggregateError(inner, "several things failed", { cause: "root cause" });
console.log(agg.name, agg.message, agg.errors.length, agg.cause);
console.log(Object.getOwnPropertyNames(agg).join(","));
console.log(Object.getOwnPropertyDescriptor(agg, "errors")!.enumerable, agg.errors !== inner);
console.log(String(agg));
console.log(agg instanceof AggregateError, agg instanceof Error, Object.getPrototypeOf(AggregateError) === Error);
console.log(AggregateError.name, AggregateError.length, AggregateError.prototype.name, JSON.stringify(AggregateError.prototype.message));

// called without new, from a Set and from a generator
const bare = AggregateError(new Set([1, 2, 2, 3]));
console.log(bare.errors, JSON.stringify(bare.message), Object.hasOwn(bare, "message"));
const byName = new Map([["first", new Error("first")], ["second", new Error("second")]]);
console.log(new AggregateError(byName.values(), "from a map").errors.map((e: Error) => e.message));

// the errors list is a plain array the program can change
const mutable = new AggregateError([], "empty");
mutable.errors.push("late");
console.log(mutable.errors);

// not iterable
for (const bad of [5, undefined, {}]) {
  try {
    new AggregateError(bad as unknown as Iterable<unknown>);
  } catch (e) {
    console.log((e as Error).constructor.name, (e as Error).message);
  }
}

// a subclass
class ValidationErrors extends AggregateError {
  constructor(errors: Error[]) {
    super(errors, `${errors.length} validation errors`);
    this.name = "ValidationErrors";
  }
}
const v = new ValidationErrors([new Error("name missing"), new Error("age negative")]);
console.log(v.name, v.message, v instanceof AggregateError, v.errors.map((e: Error) => e.message).join("; "));
console.log(String(v));

// printed by console.log
console.log(new AggregateError([1, "two"], "printed").errors);
try {
  throw new AggregateError([new Error("x")], "thrown");
} catch (e) {
  if (e instanceof AggregateError) console.log("caught", e.message, e.errors.length);
}
