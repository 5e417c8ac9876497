// Comptime folding must NOT happen: functions that read mutable outer variables (let/var/object fields) give different results over time.
let rate = 2;
const scale = (x: number) => x * rate;
const BEFORE = scale(10);
rate = 3;
const AFTER = scale(10);
console.log(BEFORE, AFTER, scale(10) === AFTER);
var counterVar = 1;
function readVar() {
  return counterVar * 100;
}
console.log(readVar());
counterVar += 1;
console.log(readVar());
const settings = { prefix: ">", width: 6 };
const fmt = (s: string) => settings.prefix + s.padStart(settings.width);
const first = fmt("a");
settings.prefix = "#";
settings.width = 3;
console.log(first, fmt("a"), fmt("abcdef"));
const list = [1, 2, 3];
const total = () => list.reduce((a, b) => a + b, 0);
const T1 = total();
list.push(4);
console.log(T1, total(), list.length);
let mode: "upper" | "lower" = "upper";
function shout(s: string): string {
  return mode === "upper" ? s.toUpperCase() : s.toLowerCase();
}
const greetings: string[] = [];
for (const m of ["upper", "lower", "upper"] as const) {
  mode = m;
  greetings.push(shout("Hello"));
}
console.log(greetings);
function setRateLater(): void {
  rate = 0.5;
}
const beforeCall = scale(4);
setRateLater();
console.log(beforeCall, scale(4));
let lazy: number | undefined;
const getLazy = () => (lazy ??= scale(100));
console.log(getLazy(), (rate = 7), getLazy(), lazy);
const argvDependent = process.argv.length;
let dyn = 1;
if (argvDependent >= 0) dyn = 5;
console.log(scale(dyn), dyn);
