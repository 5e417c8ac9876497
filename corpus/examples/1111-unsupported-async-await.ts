// Diagnostic (unsupported construct): async function / await is valid TypeScript but not supported by the compiler yet — must be rejected.
async function twice(x: number): Promise<number> {
  const v = await x;
  return v * 2;
}
twice(21).then((v) => console.log(v));
