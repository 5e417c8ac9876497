// console.log of promises shows their state as util.inspect does: pending, fulfilled with the
// inspected value, rejected with the reason; nested inside objects and arrays too.

const pending = new Promise<never>(() => {});
const fulfilled = Promise.resolve(42);
const withString = Promise.resolve("text");
const withObject = Promise.resolve({ id: 7, tags: ["a", "b"] });
// An error whose stack has no frames inspects in brackets, keeping the output free of paths.
const failure = new TypeError("nope");
failure.stack = "TypeError: nope";
const rejected = Promise.reject(failure);
rejected.catch(() => {});
const rejectedPlain = Promise.reject("reason text");
rejectedPlain.catch(() => {});
const nested = Promise.resolve(Promise.resolve([1, 2]));
const undef = Promise.resolve(undefined);

async function later(): Promise<string> {
  await null;
  return "done";
}

console.log(pending);
console.log(fulfilled);
console.log(withString);
console.log(withObject);
console.log(rejectedPlain);
console.log(nested);
console.log(undef);
console.log({ job: fulfilled, list: [pending, withString] });

const running = later();
console.log("async result before:", running);
running.then(() => {
  console.log("async result after:", running);
  console.log(String(running), Object.prototype.toString.call(running));
  console.log(typeof running.then, running instanceof Promise);
  console.log(`${[rejected].length} rejected promise(s) kept`);
  console.log(rejected);
});
