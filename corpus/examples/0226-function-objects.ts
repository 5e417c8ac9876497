// Tests functions as objects: own properties, Object.keys on functions, name/length are non-enumerable and read-only.
function tool(x: number): number {
  return x * 2;
}
tool.version = "1.0";
tool.uses = 0;
console.log(Object.keys(tool), tool.version, tool(4), typeof tool, tool instanceof Object);
const enumerated: string[] = [];
for (const k in tool) enumerated.push(k);
console.log(enumerated, "name" in tool, tool.hasOwnProperty("name"), tool.hasOwnProperty("length"), tool.name, tool.length);
const arrowFn = (a: number, b = 2): number => a + b;
console.log(Object.keys(arrowFn), arrowFn.name, arrowFn.length, arrowFn.hasOwnProperty("name"));
Object.defineProperty(tool, "name", { value: "redefined" });
console.log(tool.name, tool);
const counter = Object.assign((): number => ++counter.count, { count: 0, reset(): void { counter.count = 0; } });
counter();
counter();
console.log(counter.count, counter);
counter.reset();
console.log(counter.count, JSON.stringify({ f: tool, n: 1 }), JSON.stringify([tool]), JSON.stringify(tool));
const registry: Record<string, (...a: number[]) => number> = {};
function register(fn: (...a: number[]) => number): void {
  registry[fn.name] = fn;
}
register(function add(a: number, b: number): number { return a + b; });
register(function neg(a: number): number { return -a; });
register(Math.hypot);
console.log(Object.keys(registry), registry.add(2, 3), registry.neg(4), registry.hypot(6, 8));
console.log(typeof Function.prototype, Object.getPrototypeOf(tool) === Function.prototype, tool.constructor === Function);
console.log(tool.hasOwnProperty("prototype"), (() => 0).hasOwnProperty("prototype"), typeof tool.prototype);
