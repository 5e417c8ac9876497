// Tests ?? against || and && for every falsy value, chaining, short-circuit evaluation and mixing with parentheses.
const vals: any[] = [null, undefined, 0, -0, "", NaN, false, "0", [], "x", 5];
for (const v of vals) {
  console.log([v], "??", v ?? "dflt", "||", v || "dflt", "&&", v && "dflt");
}
let evaluated = 0;
function rhs(): string {
  evaluated++;
  return "rhs";
}
const zero: number | null = 0 as number | null;
const nil: string | null = null as string | null;
console.log(zero ?? rhs(), nil ?? rhs(), evaluated);
const chain = (a: any, b: any, c: any): any => a ?? b ?? c;
console.log(chain(null, undefined, 3), chain(null, 0, 3), chain(false, 1, 2), chain(undefined, undefined, undefined));
const mixed = (a: any, b: any, c: any): any => (a || b) ?? c;
console.log(mixed(0, null, "c"), mixed(0, "", "c"), mixed(1, null, "c"));
const mixed2 = (a: any, b: any, c: any): any => a ?? (b && c);
console.log(mixed2(null, 1, 2), mixed2(null, 0, 2), mixed2(0, 1, 2));
type Cfg = { port?: number | null; host?: string; retries?: number };
function resolve(cfg: Cfg): string {
  const port = cfg.port ?? 8080;
  const host = cfg.host || "localhost";
  const retries = cfg.retries ?? 3;
  return `${host}:${port} x${retries}`;
}
console.log(resolve({}), resolve({ port: 0, host: "", retries: 0 }), resolve({ port: null, host: "h" }));
const deep: any = { a: { b: null } };
console.log(deep.a?.b ?? "none", deep.x?.y ?? "none2", deep.a.b?.c ?? 0);
