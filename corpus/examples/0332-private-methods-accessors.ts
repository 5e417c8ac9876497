// Private #methods, private accessors and static private members; using them on a foreign receiver throws TypeError.
class Temperature {
  #celsius = 0;
  static #instances = 0;

  constructor(c: number) {
    this.#celsius = c;
    Temperature.#instances++;
  }

  get #fahrenheit(): number {
    return this.#round(this.#celsius * 1.8 + 32);
  }

  set #kelvin(k: number) {
    this.#celsius = k - 273.15;
  }

  #round(x: number): number {
    return Math.round(x * 100) / 100;
  }

  static #describe(t: Temperature): string {
    return `${t.#round(t.#celsius)}C = ${t.#fahrenheit}F`;
  }

  setKelvin(k: number): string {
    this.#kelvin = k;
    return Temperature.#describe(this);
  }

  report(): string {
    return Temperature.#describe(this);
  }

  static count(): number {
    return Temperature.#instances;
  }

  hasRound(o: object): boolean {
    return #round in o;
  }
}

const t = new Temperature(100);
console.log(t.report());
console.log(t.setKelvin(0));
console.log(t.setKelvin(300));
new Temperature(-40);
console.log(Temperature.count(), t.hasRound(t), t.hasRound({}));
console.log(t, Object.getOwnPropertyNames(Temperature.prototype));

// Private method identity is shared across instances.
class Shape {
  #area(): number {
    return 0;
  }
  same(other: Shape): boolean {
    return this.#area === other.#area;
  }
}
console.log(new Shape().same(new Shape()));

// Using private members through a foreign receiver throws.
for (const f of [() => Temperature.prototype.report.call({}), () => Temperature.prototype.setKelvin.call({}, 1)]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
