// Comptime folding: nullish coalescing (??) and optional chaining (?. ?.[] ?.()) on constant objects and values.
const vals: any[] = [0, -0, "", false, NaN, null, undefined, "x", []];
console.log(vals.map((v) => v ?? "default"));
console.log(vals.map((v) => v || "default"));
const cfg: any = { server: { port: 0, host: "", tls: null, paths: ["/a", "/b"], handler: (p: string) => "handled " + p }, empty: {} };
console.log(cfg.server.port ?? 8080, cfg.server.port || 8080, cfg.server.host ?? "localhost", cfg.server.tls ?? "no-tls");
console.log(cfg?.server?.paths?.[1], cfg.server.paths?.[5], cfg.missing?.paths[0], cfg.missing?.a.b.c, cfg.empty?.x?.y);
console.log(cfg.server.handler?.("/x"), cfg.server.nothing?.("/x"), cfg.empty.fn?.(), typeof cfg.server.handler?.call);
const nul: any = null;
const und: any = undefined;
console.log(nul?.x, und?.[0], nul?.(), (nul ?? 0) || 5, (und ?? "") || "empty", nul ?? und ?? vals[0] ?? 1, (nul || und) ?? "both");
let hits = 0;
const side = () => {
  hits++;
  return "side";
};
const r = [nul?.[side()], und?.a(side()), cfg.server?.[side() === "side" ? "port" : "host"], vals[7] ?? side(), nul ?? side()];
console.log(r, hits);
const arr = [1, 2, 3];
const maybeArr: number[] | undefined = arr.length > 5 ? arr : undefined;
console.log(maybeArr?.length, maybeArr?.map((x) => x * 2), arr?.at(-1), arr.find((x) => x > 5) ?? -1, arr.find((x) => x > 1) ?? -1);
const m = new Map<string, { n: number }>([["a", { n: 0 }]]);
console.log(m.get("a")?.n ?? "none", m.get("b")?.n ?? "none", m.get("a")?.n || "falsy", delete cfg?.server.port, cfg.server);
