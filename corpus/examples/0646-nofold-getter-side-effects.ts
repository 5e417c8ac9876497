// Comptime folding must NOT treat getter reads as constant: accessors with side effects on const objects, spread/JSON/inspect of accessors.
let reads = 0;
const cfg = {
  base: 10,
  get doubled() {
    reads++;
    return this.base * 2;
  },
  set doubled(v: number) {
    console.log("setter called with", v);
    this.base = v / 2;
  },
  get fresh() {
    return [reads];
  },
};
console.log(cfg.doubled + cfg.doubled, reads);
cfg.doubled = 50;
console.log(cfg.base, cfg.doubled, reads);
console.log(cfg.fresh === cfg.fresh, cfg.fresh);
console.log(cfg);
const copy = { ...cfg };
console.log(reads, copy, Object.getOwnPropertyDescriptor(copy, "doubled")?.value);
console.log(JSON.stringify(cfg), reads);
console.log(Object.keys(cfg), Object.values(cfg), reads);
const hidden = {};
Object.defineProperty(hidden, "secret", { get: () => "shh", enumerable: false });
Object.defineProperty(hidden, "shown", { value: 42, enumerable: true, writable: false });
console.log(hidden, (hidden as { secret: string }).secret, Object.keys(hidden), JSON.stringify(hidden));
class Temperature {
  static conversions = 0;
  #celsius: number;
  constructor(c: number) {
    this.#celsius = c;
  }
  get fahrenheit(): number {
    Temperature.conversions++;
    return (this.#celsius * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.#celsius = ((f - 32) * 5) / 9;
  }
  static get count(): number {
    return Temperature.conversions;
  }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.fahrenheit, Temperature.count);
t.fahrenheit = -40;
console.log(t.fahrenheit, Temperature.count, t, Object.keys(t));
const onlyGetter = {
  get value() {
    return 1;
  },
};
try {
  (onlyGetter as { value: number }).value = 2;
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
const onlySetter = {
  set value(v: number) {
    reads += v;
  },
};
onlySetter.value = 1000;
console.log((onlySetter as { value?: number }).value, reads, onlySetter);
