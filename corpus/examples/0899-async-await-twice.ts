// An async function awaiting a plain number: the first program tsn rejected for async, now compiled.
async function twice(x: number): Promise<number> {
  const v = await x;
  return v * 2;
}
twice(21).then((v) => console.log(v));
