// Realistic: hand-written recursive JSON pretty printer (quoting, escapes, indent, toJSON, undefined/function skipping), compared with JSON.stringify.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (code < 0x20) out += "\\u" + code.toString(16).padStart(4, "0");
    else if (code >= 0xd800 && code <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1];
        i++;
      } else out += "\\u" + code.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
}

function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === "function";
}

function pretty(value: unknown, indent: string, depth = 0, key = ""): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: (k: string) => unknown }).toJSON(key);
  }
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "string":
      return quote(value);
    case "undefined":
    case "function":
      return undefined;
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return pretty(value.valueOf(), indent, depth, key);
  const inner = indent.repeat(depth + 1);
  const outer = indent.repeat(depth);
  const sep = indent ? ",\n" + inner : ",";
  const open = indent ? "\n" + inner : "";
  const close = indent ? "\n" + outer : "";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(pretty(value[i], indent, depth + 1, String(i)) ?? "null");
    return "[" + open + items.join(sep) + close + "]";
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj)) {
    if (isSkipped(obj[k])) continue;
    const v = pretty(obj[k], indent, depth + 1, k);
    if (v !== undefined) parts.push(quote(k) + (indent ? ": " : ":") + v);
  }
  if (parts.length === 0) return "{}";
  return "{" + open + parts.join(sep) + close + "}";
}

class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  toJSON(key: string) {
    return { pt: `${this.x},${this.y}`, key };
  }
}

const samples: Array<[string, unknown]> = [
  ["scalars", [1, -0, 1.5e300, 1e21, 1e-7, NaN, -Infinity, true, false, null]],
  ["strings", ["plain", 'say "hi"', "back\\slash", "tab\there", "nl\nend", "\u0001\u001f\u007f", "emoji \ud83d\ude00", "lone \ud800 x", "lone \udc00"]],
  ["empty", { a: [], b: {}, c: [[]], d: [{}] }],
  ["skips", { u: undefined, f: () => 1, n: null, arr: [undefined, () => 2, null] }],
  ["order", { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "lead" }],
  ["nested", { user: { name: "Ada", tags: ["x", "y"], address: { city: "London", zip: null } }, ok: true }],
  ["toJSON", { p: new Point(3, -4), list: [new Point(0, 0)] }],
  ["boxed", [Object(5), Object("s"), Object(false)]],
  ["top string", "just a string"],
  ["top undefined", undefined],
];

let mismatches = 0;
for (const [name, v] of samples) {
  for (const ind of ["", "  ", "\t", "--"]) {
    const mine = pretty(v, ind);
    const ref = JSON.stringify(v, null, ind);
    if (mine !== ref) {
      mismatches++;
      console.log("MISMATCH", name, JSON.stringify(ind), mine, ref);
    }
  }
  console.log(`## ${name}`);
  console.log(pretty(v, "  "));
}
console.log("mismatches:", mismatches);

// Number and string indents behave differently in JSON.stringify; compare with ours.
const obj = { a: [1, { b: 2 }] };
for (const ind of [0, 1, 4, 10, 20, -3, 2.9]) console.log(JSON.stringify(ind), JSON.stringify(obj, null, ind) === pretty(obj, " ".repeat(Math.min(10, Math.max(0, Math.floor(ind))))));
console.log(JSON.stringify(obj, null, "0123456789abc"));

// Round trip through JSON.parse.
const text = pretty(samples[5][1], "    ") ?? "";
const back = JSON.parse(text) as Json;
console.log(back);
console.log(JSON.stringify(back) === JSON.stringify(samples[5][1]), text.length, text.split("\n").length);
try {
  JSON.parse(text.slice(0, -1));
} catch (e) {
  console.log(e instanceof SyntaxError, (e as Error).name);
}
