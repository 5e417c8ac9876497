// Object.prototype.__proto__ (ECMA-262 B.2.2.1): an accessor, so `o["__proto__"] = v` on an ordinary
// object runs its setter (a primitive value is ignored, an object or null replaces the prototype, a cycle
// or a non-extensible receiver throws) instead of creating an own property; objects without
// Object.prototype in their chain, computed keys in literals and JSON.parse make it an own property.
// Found by the comptime fuzzer's objectKeys helper.
const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__')!;
console.log(typeof d.get, typeof d.set, d.get!.name, d.set!.name, d.get!.length, d.set!.length, d.enumerable, d.configurable);
try { d.get!.call(null); } catch (e) { console.log((e as Error).message); }
try { d.set!.call(undefined, {}); } catch (e) { console.log((e as Error).message); }
console.log(d.set!.call(5, {}), d.get!.call(5) === Number.prototype, d.get!.call('s') === String.prototype);

const key: string = '__proto__';
const o: Record<string, unknown> = {};
o[key] = 5;
console.log(Object.keys(o), Object.getPrototypeOf(o) === Object.prototype, JSON.stringify(o));

const a: Record<string, unknown> = { x: 1 };
const b: Record<string, unknown> = {};
b[key] = a;
console.log(b.x, Object.keys(b), Object.getPrototypeOf(b) === a);
try { a[key] = b; } catch (e) { console.log((e as Error).constructor.name, (e as Error).message); }
const frozen: Record<string, unknown> = Object.preventExtensions({});
try { frozen[key] = a; } catch (e) { console.log((e as Error).constructor.name, (e as Error).message); }
frozen[key] = Object.prototype;
console.log('same prototype: no error');
b[key] = null;
console.log(Object.getPrototypeOf(b), b.x, b[key]);

const bare: Record<string, unknown> = Object.create(null);
bare[key] = 7;
console.log(Object.keys(bare), bare[key]);
const computed: Record<string, unknown> = { [key]: 3 };
console.log(Object.keys(computed), computed[key], Object.getPrototypeOf(computed) === Object.prototype);
const parsed = JSON.parse('{"__proto__": {"y": 2}}') as Record<string, unknown>;
console.log(Object.keys(parsed), (parsed as { y?: number }).y, JSON.stringify(parsed));
const arr: unknown[] = [];
console.log((arr as unknown as Record<string, unknown>)[key] === Array.prototype, (({}) as Record<string, unknown>)[key] === Object.prototype);
