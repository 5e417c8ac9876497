// Getters and setters in object literals: computed values, validation, missing setter/getter behaviour in strict mode.
const temp = {
  _c: 25,
  get celsius() {
    return this._c;
  },
  set celsius(v: number) {
    this._c = v;
  },
  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  },
  set fahrenheit(f: number) {
    this._c = (f - 32) * 5 / 9;
  },
};
console.log(temp.celsius, temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit);
temp.celsius = -40;
console.log(temp.celsius, temp.fahrenheit);
console.log(temp);

// Getter-only property: assignment throws in strict mode.
const ro = {
  get value() {
    return 7;
  },
};
try {
  (ro as { value: number }).value = 8;
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
console.log(ro.value);

// Setter-only property: reading gives undefined.
const wo = {
  stored: [] as number[],
  set push(v: number) {
    this.stored.push(v);
  },
};
wo.push = 1;
wo.push = 2;
console.log(wo.stored, (wo as { push?: number }).push);
console.log(wo);

// Setters that validate.
const person = {
  _age: 0,
  set age(v: number) {
    if (v < 0 || !Number.isInteger(v)) throw new RangeError("invalid age: " + v);
    this._age = v;
  },
  get age() {
    return this._age;
  },
};
for (const v of [30, -1, 2.5, 40]) {
  try {
    person.age = v;
    console.log("set", person.age);
  } catch (e) {
    console.log(String(e));
  }
}

// Descriptors of accessor properties.
const d = Object.getOwnPropertyDescriptor(temp, "celsius")!;
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d);
