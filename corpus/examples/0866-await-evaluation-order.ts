// Evaluation order around await: operands left to right, short-circuit operators skip awaits,
// call arguments and object literals evaluate in order, and a variable read before an await keeps
// its old value even if another task changes it meanwhile.

const trace: string[] = [];
async function val<T>(label: string, v: T): Promise<T> {
  trace.push(label);
  await null;
  return v;
}

let shared = 1;

async function main(): Promise<void> {
  const sum = (await val("a", 1)) + (await val("b", 2)) * (await val("c", 3));
  console.log(sum, trace.splice(0));

  const and = (await val("left-false", false)) && (await val("skipped", true));
  const or = (await val("left-true", true)) || (await val("skipped", false));
  const nul = (await val("left-null", null)) ?? (await val("fallback", "used"));
  console.log(and, or, nul, trace.splice(0));

  const cond = (await val("test", 0)) ? await val("then-branch", "T") : await val("else-branch", "E");
  console.log(cond, trace.splice(0));

  const f = (...xs: number[]) => xs.join("-");
  console.log(f(await val("arg1", 1), 2, await val("arg3", 3)), trace.splice(0));

  switch (await val("discriminant", "b")) {
    case await val("case-a", "a"):
      console.log("matched a");
      break;
    case await val("case-b", "b"):
      console.log("matched b", trace.splice(0));
      break;
    case await val("case-c", "c"):
      console.log("matched c");
  }

  setTimeout(() => (shared = 100), 0);
  const stale = shared + (await new Promise<number>((r) => setTimeout(() => r(shared), 5)));
  console.log("read before await:", stale, "now:", shared);

  const arr = [1, 2, 3];
  arr[(await val("index", 1))] += await val("rhs", 10);
  console.log(arr, trace.splice(0));
}

main();
