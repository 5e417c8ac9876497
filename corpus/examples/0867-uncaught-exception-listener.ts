// An 'uncaughtException' listener keeps the process alive: throws from a timer, a nextTick and a
// microtask all reach it with their origin, later callbacks still run, and a rejection nobody
// handles (from a timer) arrives with origin 'unhandledRejection'. The exit code stays 0.
const seen: string[] = [];
process.on('uncaughtException', (err, origin) => {
  seen.push(`${origin}: ${err instanceof Error ? err.message : String(err)}`);
});
process.on('exit', (code) => {
  for (const s of seen) console.log(s);
  console.log('exit code', code);
});

setTimeout(() => {
  console.log('timer 1 runs');
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 5);
process.nextTick(() => {
  throw new RangeError('from a tick');
});
queueMicrotask(() => {
  throw new TypeError('from a microtask');
});
Promise.resolve().then(() => console.log('other microtasks still run'));
setTimeout(() => void Promise.reject(new Error('nobody handles this')), 10);
console.log('main module ends');
