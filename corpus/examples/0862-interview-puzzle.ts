// The well-known interview puzzle with two async functions, a timeout and a promise, plus a variant
// where async2 returns a promise (two extra turns) and one where it returns a thenable.

const out: string[] = [];
const say = (s: string) => void out.push(s);

async function async1(variant: string, inner: () => unknown): Promise<void> {
  say(`${variant}: async1 start`);
  await inner();
  say(`${variant}: async1 end`);
}

function run(variant: string, inner: () => unknown): Promise<void> {
  return new Promise((done) => {
    say(`${variant}: script start`);
    setTimeout(() => {
      say(`${variant}: setTimeout`);
      done();
    }, 0);
    async1(variant, inner);
    new Promise<void>((resolve) => {
      say(`${variant}: promise1`);
      resolve();
    })
      .then(() => say(`${variant}: promise2`))
      .then(() => say(`${variant}: promise3`))
      .then(() => say(`${variant}: promise4`));
    say(`${variant}: script end`);
  });
}

setTimeout(async () => {
  await run("A", async () => say("A: async2"));
  await run("B", async () => {
    say("B: async2");
    return Promise.resolve();
  });
  await run("C", () => {
    say("C: inner (thenable)");
    return { then: (r: () => void) => r() };
  });
  for (const line of out) console.log(line);
}, 0);
