// Comptime folding: template literals of constants — ToString of substitutions, nesting, escapes, multi-line text.
const n = 42;
const s = "str";
const neg = -0;
const arr = [1, [2, 3]];
const obj = { a: 1 };
const nil = null;
const undef = undefined;
console.log(`${1}${2}`, `${n}-${s}`, `${neg}`, `${nil}`, `${undef}`, `${arr}`, `${obj}`, `${1e21}`, `${1e-7}`, `${0.1 + 0.2}`);
console.log(`a${`b${`c${n}`}`}`, `${`${`${s}`}`}`, `${n > 40 ? `big ${n}` : `small`}`);
console.log(`line1
line2\tTabbed
  indented ${n}`);
console.log(`\``, `\${n}`, `$`, `$${n}`, `{${n}}`, `\u0041\x42\u{43}`, `\\`, `a\
b`);
console.log(`${true}${false}`, `${[]}|${[null]}|${[undefined, 1]}`, `${[, 1]}`, `${NaN}${Infinity}`);
const cells = [1, 22, 333];
console.log(`|${cells.map((c) => ` ${String(c).padStart(4)} `).join("|")}|`);
const t = `${n}`;
console.log(typeof t, t.length, t === "42", `${n}` + `${n}` === "4242", [`${s}`, `'${s}'`, `"${s}"`]);
console.log(`${"a".repeat(3)}${"b".toUpperCase()}${[3, 2, 1].sort().join("")}${Math.max(1, 9)}`);
console.log(`${{ toString: () => "custom" }}`, `${{ valueOf: () => 7, toString: () => "str wins" }}`);
console.log(`${new Map([[1, 2]])}`, `${new Set([1])}`, `${Symbol.iterator.toString()}`, `${(() => 1).toString()}`);
