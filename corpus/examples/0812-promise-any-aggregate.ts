// Promise.any fulfils with the first fulfilment and ignores rejections; when every input rejects it
// rejects with an AggregateError listing the reasons in input order.

function mirror(name: string, ms: number, up: boolean): Promise<string> {
  return new Promise((resolve, reject) =>
    setTimeout(() => (up ? resolve(`${name} (${ms}ms)`) : reject(new Error(`${name} unreachable`))), ms));
}

async function main(): Promise<void> {
  const winner = await Promise.any([mirror("eu", 8, true), mirror("us", 2, false), mirror("asia", 5, true)]);
  console.log("downloaded from", winner);

  try {
    await Promise.any([mirror("a", 6, false), mirror("b", 1, false), Promise.reject("c plain")]);
  } catch (e) {
    if (e instanceof AggregateError) {
      console.log(e.name, "|", e.message);
      console.log("errors:", e.errors.map((x: unknown) => (x instanceof Error ? x.message : x)));
      console.log("is Error:", e instanceof Error, "own errors:", Object.hasOwn(e, "errors"));
    }
  }

  try {
    await Promise.any([]);
  } catch (e) {
    const agg = e as AggregateError;
    console.log("empty:", agg.constructor.name, agg.message, agg.errors.length);
  }

  console.log("non-promise wins:", await Promise.any([Promise.reject(1), 2, Promise.resolve(3)]));

  const made = new AggregateError([new TypeError("t"), "s"], "custom message");
  console.log(made.message, made.errors.length, String(made));
}

main();
