// Every syntactic form of async function: declaration, expression, arrow (lexical this and
// arguments), object method, computed-name method, class methods; all return native promises.

async function declared(x: number): Promise<number> {
  return x * 2;
}
const expressed = async function named(x: number): Promise<number> {
  return x + 1;
};
const arrow = async (x: number) => x - 1;
const concise = async () => ({ kind: "object literal" });

const key = "computed";
const service = {
  prefix: "svc",
  async method(id: number): Promise<string> {
    const tag = await Promise.resolve(id);
    return `${this.prefix}-${tag}`;
  },
  async [key](): Promise<string> {
    return "computed name";
  },
  delayed(): Promise<string> {
    // An arrow keeps `this` from the enclosing method.
    return (async () => `${this.prefix} arrow`)();
  },
};

class Counter {
  count = 0;
  async bump(by: number): Promise<number> {
    await null;
    this.count += by;
    return this.count;
  }
  static async create(start: number): Promise<Counter> {
    const c = new Counter();
    await c.bump(start);
    return c;
  }
}

async function main(): Promise<void> {
  console.log(await declared(5), await expressed(5), await arrow(5), await concise());
  console.log(await service.method(9), await service[key](), await service.delayed());
  const c = await Counter.create(10);
  console.log(await c.bump(5), c.count);
  console.log(declared.name, expressed.name, arrow.name, service.method.name, Counter.create.name);
  console.log(declared.length, declared.constructor.name, Object.getPrototypeOf(declared) === Function.prototype);
  console.log(declared(1) instanceof Promise, typeof arrow);
  const args = await (async function (..._rest: number[]) {
    return arguments.length;
  })(1, 2, 3);
  console.log("arguments length:", args);
}

main();
