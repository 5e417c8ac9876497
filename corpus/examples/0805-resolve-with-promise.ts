// Resolving a promise with another promise schedules NewPromiseResolveThenableJob, which costs two
// extra turns compared with resolving with a plain value; Promise.resolve(p) returns p itself.

const order: string[] = [];
const inner = Promise.resolve("inner");

const viaExecutor = new Promise<string>((resolve) => resolve(inner));
const viaValue = new Promise<string>((resolve) => resolve("value"));
const viaStatic = Promise.resolve(inner);

console.log("Promise.resolve(p) === p:", viaStatic === inner);
console.log("new Promise(r => r(p)) === p:", (viaExecutor as Promise<string>) === inner);

viaExecutor.then((v) => order.push(`executor:${v}`));
viaValue.then((v) => order.push(`value:${v}`));
viaStatic.then((v) => order.push(`static:${v}`));

let p: Promise<unknown> = Promise.resolve();
for (let i = 1; i <= 4; i++) {
  const n = i;
  p = p.then(() => order.push(`tick${n}`));
}

// Resolving from inside then: returning a promise from a handler behaves the same way.
Promise.resolve()
  .then(() => inner)
  .then((v) => order.push(`then-returned:${v}`));

// A rejected promise adopted through resolve still rejects.
new Promise<string>((resolve) => resolve(Promise.reject(new Error("adopted rejection"))))
  .catch((e: Error) => order.push(`caught:${e.message}`));

setTimeout(() => {
  for (const entry of order) console.log(entry);
}, 0);
