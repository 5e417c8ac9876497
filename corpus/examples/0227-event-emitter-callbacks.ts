// Tests a callback registry: on/off/once, listener call order, removal during emit and listeners throwing.
class Emitter {
  #listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  on(evt: string, fn: (...args: unknown[]) => void): () => void {
    const list = this.#listeners.get(evt) ?? [];
    list.push(fn);
    this.#listeners.set(evt, list);
    return () => this.off(evt, fn);
  }
  off(evt: string, fn: (...args: unknown[]) => void): void {
    const list = this.#listeners.get(evt);
    if (!list) return;
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
  }
  once(evt: string, fn: (...args: unknown[]) => void): void {
    const wrapper = (...args: unknown[]): void => {
      this.off(evt, wrapper);
      fn(...args);
    };
    this.on(evt, wrapper);
  }
  emit(evt: string, ...args: unknown[]): number {
    const list = [...(this.#listeners.get(evt) ?? [])];
    const errors: string[] = [];
    for (const fn of list) {
      try {
        fn(...args);
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    if (errors.length) console.log("  listener errors:", errors);
    return list.length;
  }
  count(evt: string): number {
    return this.#listeners.get(evt)?.length ?? 0;
  }
}
const em = new Emitter();
const log: string[] = [];
const offA = em.on("data", (x) => log.push(`A${x}`));
em.on("data", (x) => log.push(`B${x}`));
em.once("data", (x) => log.push(`once${x}`));
console.log(em.emit("data", 1), log);
console.log(em.emit("data", 2), log);
offA();
offA();
console.log(em.emit("data", 3), log, em.count("data"));
em.on("err", () => { throw new Error("listener failed"); });
em.on("err", (a, b) => log.push(`err ${a} ${b}`));
console.log(em.emit("err", "x", "y"), log.at(-1));
console.log(em.emit("nothing"), em.count("nothing"), em);
