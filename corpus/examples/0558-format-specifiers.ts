// util.format specifiers in console.log: %s %d %i %f %j %o %O %c %%, missing/extra arguments, non-string first argument.
console.log("%s|%s|%s|%s|%s", "str", 42, -0, null, undefined);
console.log("%s|%s|%s", { a: 1, b: { c: { d: 1 } } }, [1, [2, [3, [4]]]], () => 1);
console.log("%s|%s", new Map([[1, 2]]), new Set(["x"]));
class Pt {
  x = 1;
  toString(): string {
    return "Pt!";
  }
}
class Plain {
  y = 2;
}
console.log("%s|%s|%s", new Pt(), new Plain(), new Error("err msg").message);

console.log("%d|%d|%d|%d|%d|%d|%d", 42, "42", "4.7e1", 1.5, -0, "abc", {});
console.log("%i|%i|%i|%i|%i|%i", 42.9, "-42.9", "0x10", 1e21, NaN, "12px");
console.log("%f|%f|%f|%f|%f", "3.25", 1e-7, "1e3", "abc", -0);
console.log("%d|%i|%f", null, undefined, true);

console.log("%j|%j|%j|%j", { a: [1, "two"] }, "str", undefined, [NaN]);
const cyc: Record<string, unknown> = { name: "cyc" };
cyc.self = cyc;
console.log("%j", cyc);

console.log("%o", { a: 1, fn: function named() {}, arr: [1, 2] });
console.log("%O", { a: 1, nested: { deeper: { deepest: { bottom: 1 } } } });
console.log("%c styled %c text", "color: red", "font-weight: bold");
console.log("100%% sure, %s%%", 50);
console.log("%x %y %", 1, 2);

// Too few arguments leave specifiers as-is; too many are appended with spaces.
console.log("%s and %s and %d", "one");
console.log("%s", "a", "b", { c: 1 }, [2], 3);
console.log("no specifiers", "extra", 1, null);

// First argument not a string: everything is inspected and joined by spaces.
console.log(5, "%s", "x");
console.log({ k: "%s" }, "%d", 1);
console.log(null, undefined, true, -0, 1e21);

// Percent at end and adjacent specifiers.
console.log("%s%s%s", 1, 2, 3);
console.log("%%s %s", "x");
console.log("end %");
