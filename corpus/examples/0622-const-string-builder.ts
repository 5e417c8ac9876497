// Comptime folding: pure string-building helpers called with constants (roman numerals, base conversion, ruler, caesar, zigzag).
function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
function toBase(n: number, base: number): string {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (n === 0) return "0";
  let s = "";
  let m = Math.abs(n);
  while (m > 0) {
    s = digits[m % base] + s;
    m = Math.floor(m / base);
  }
  return (n < 0 ? "-" : "") + s;
}
function ruler(width: number): string {
  let top = "";
  let bottom = "";
  for (let i = 0; i < width; i++) {
    top += i % 10 === 0 ? String(i / 10 % 10) : i % 5 === 0 ? "+" : "-";
    bottom += String(i % 10);
  }
  return top + "\n" + bottom;
}
const caesar = (s: string, k: number) =>
  s.split("").map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + k) % 26 + 26) % 26 + 97);
    if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + k) % 26 + 26) % 26 + 65);
    return c;
  }).join("");
function zigzag(s: string, rows: number): string {
  if (rows <= 1) return s;
  const lines: string[] = new Array(rows).fill("");
  let r = 0;
  let step = 1;
  for (const c of s) {
    lines[r] += c;
    if (r === 0) step = 1;
    else if (r === rows - 1) step = -1;
    r += step;
  }
  return lines.join("");
}
const ROMANS = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].map(roman);
console.log(ROMANS);
console.log([0, 255, -255, 2 ** 31, 36 ** 4 - 1, 1e15].map((n) => [toBase(n, 2), toBase(n, 16), toBase(n, 36), n.toString(36) === toBase(n, 36)]));
console.log(ruler(32));
const secret = caesar("Hello, World! xyz ABC", 3);
console.log(secret, caesar(secret, -3), caesar("abc", 29), caesar("abc", -27));
console.log(zigzag("PAYPALISHIRING", 3), zigzag("PAYPALISHIRING", 4), zigzag("AB", 1), zigzag("", 3));
const box = (lines: string[]) => {
  const w = Math.max(...lines.map((l) => l.length));
  return ["+" + "-".repeat(w + 2) + "+", ...lines.map((l) => "| " + l.padEnd(w) + " |"), "+" + "-".repeat(w + 2) + "+"].join("\n");
};
console.log(box(ROMANS.slice(0, 5)));
console.log(box(["single"]), JSON.stringify(box(["a", "bc"])));
