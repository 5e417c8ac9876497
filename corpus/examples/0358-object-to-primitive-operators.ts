// ToPrimitive on objects in operators: == vs ===, relational comparison, arithmetic, hint order (valueOf first for number/default).
const calls: string[] = [];
function tracked(name: string, v: number, s: string) {
  return {
    valueOf() {
      calls.push(name + ".valueOf");
      return v;
    },
    toString() {
      calls.push(name + ".toString");
      return s;
    },
  };
}
const x = tracked("x", 10, "ten");
const y = tracked("y", 3, "three");
type N = number;

function show(label: string, v: unknown): void {
  console.log(label.padEnd(10), JSON.stringify(v), calls.join(","));
  calls.length = 0;
}

show("x + y", (x as unknown as N) + (y as unknown as N));
show("x - y", (x as unknown as N) - (y as unknown as N));
show("x + ''", (x as unknown as string) + "");
show("`${x}`", `${x}`);
show("String(x)", String(x));
show("x > y", (x as unknown as N) > (y as unknown as N));
show("x == 10", (x as unknown as N) == 10);
show("x == 'ten'", (x as unknown as string) == "ten");
show("x === 10", (x as unknown as N) === 10);
show("x * '2'", (x as unknown as N) * ("2" as unknown as N));
show("[x] + ''", [x] + "");
show("+x", +(x as unknown as N));
show("-x", -(x as unknown as N));
show("x % 4", (x as unknown as N) % 4);
show("x ** 2", (x as unknown as N) ** 2);
show("x | 1", (x as unknown as N) | 1);
show("obj key", ({ ten: "via toString" } as Record<string, string>)[x as unknown as string]);

// Objects compare by identity with == and ===, even when their primitive values match.
const p = tracked("p", 1, "1");
const q = tracked("q", 1, "1");
show("p == q", (p as unknown) == (q as unknown));
show("p == p", p == p);

// Arrays and plain objects.
show("[] + []", ([] as unknown as N) + ([] as unknown as N));
show("[] + {}", ([] as unknown as N) + ({} as unknown as N));
show("[1,2] + [3]", ([1, 2] as unknown as N) + ([3] as unknown as N));
show("[5] * [2]", ([5] as unknown as N) * ([2] as unknown as N));
show("[] == 0", ([] as unknown as N) == 0);
show("[0] == false", ([0] as unknown as boolean) == false);
show("[1,2] == '1,2'", ([1, 2] as unknown as string) == "1,2");
show("{} == '[object Object]'", ({} as unknown as string) == "[object Object]");
show("null == 0", (null as unknown as N) == 0);
show("null >= 0", (null as unknown as N) >= 0);
show("undefined == null", undefined == null);
