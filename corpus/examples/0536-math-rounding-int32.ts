// Rounding (round/floor/ceil/trunc incl. -0 results and .5 ties toward +Infinity) and ToInt32/ToUint32 via bitwise operators.
const fmt = (x: number) => (Object.is(x, -0) ? "-0" : String(x));
const xs = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.4, 1.4999999999999998, 4503599627370495.5, -4503599627370495.5, 2 ** 52 + 1, 1e21, -1e-300, NaN, Infinity, -Infinity];
console.log("x".padEnd(24), "round".padEnd(20), "floor".padEnd(20), "ceil".padEnd(20), "trunc");
for (const x of xs) console.log([x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x)].map((v, i) => (i < 4 ? fmt(v).padEnd(i ? 20 : 24) : fmt(v))).join(" "));

// Rounding to N decimals the naive way vs via toFixed.
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
console.log([1.005, 2.675, 1.255, -1.005, 0.615].map((x) => `${roundTo(x, 2)}/${x.toFixed(2)}`).join(" "));

// ToInt32 via | 0, ToUint32 via >>> 0.
const ints = [0, -0, 1.9, -1.9, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 32, 2 ** 32 + 5, -(2 ** 32) - 5, 2 ** 53, 1e21, 4294967295.5, NaN, Infinity, -Infinity, "12" as unknown as number, "0x10" as unknown as number, [] as unknown as number, null as unknown as number];
console.log(ints.map((v) => `${fmt(v)}:${v | 0}:${v >>> 0}`).join("\n"));

// Shifts take the count modulo 32.
console.log(1 << 31, 1 << 32, 1 << 33, -1 >> 31, -1 >>> 31, -1 >>> 0, 5 >> -1, 5 << -31, 0x80000000 >> 0, 0x80000000 >>> 0);
console.log(~0, ~-1, ~5, ~~3.7, ~~-3.7, ~~(2 ** 31), ~NaN, ~(-0));
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, -1 & 0xffffffff, 2 ** 32 | 0, (2 ** 32 + 1) & 1);

// Integer division and modulo sign rules.
const divs: [number, number][] = [[7, 2], [-7, 2], [7, -2], [-7, -2], [7.5, 2], [-0, 5], [5, 0], [0, 0], [5, Infinity], [-5, Infinity], [Infinity, 5]];
console.log(divs.map(([a, b]) => `${a}%${b}=${fmt(a % b)} trunc=${fmt(Math.trunc(a / b))} floor=${fmt(Math.floor(a / b))}`).join("\n"));
// Mathematical modulo helper.
const mod = (a: number, n: number) => ((a % n) + n) % n;
console.log([-7, -1, 0, 1, 7, 13].map((a) => mod(a, 5)));
