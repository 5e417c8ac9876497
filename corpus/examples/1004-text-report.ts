// Realistic: text report generator — column alignment, padding, word wrap, box tables, totals and percentages.

type Align = "left" | "right" | "center";
type Column = { title: string; align: Align; width?: number; format?: (v: unknown) => string };

type Sale = { region: string; rep: string; units: number; price: number; returned: boolean };

const sales: Sale[] = [
  { region: "North", rep: "Ada Lovelace", units: 120, price: 9.99, returned: false },
  { region: "South", rep: "Grace Hopper", units: 75, price: 14.5, returned: false },
  { region: "North", rep: "Alan Turing", units: 0, price: 120, returned: true },
  { region: "East", rep: "Edsger W. Dijkstra", units: 310, price: 2.25, returned: false },
  { region: "West", rep: "Barbara Liskov", units: 42, price: 99.95, returned: false },
  { region: "South", rep: "Ken Thompson", units: 8, price: 1234.5, returned: true },
  { region: "East", rep: "Donald Knuth", units: 1, price: 0.005, returned: false },
];

function pad(text: string, width: number, align: Align): string {
  if (text.length >= width) return text;
  const gap = width - text.length;
  if (align === "left") return text + " ".repeat(gap);
  if (align === "right") return " ".repeat(gap) + text;
  const leftGap = Math.floor(gap / 2);
  return " ".repeat(leftGap) + text + " ".repeat(gap - leftGap);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + "~";
}

function money(n: number): string {
  const [whole, frac] = n.toFixed(2).split(".");
  const neg = whole.startsWith("-");
  const digits = neg ? whole.slice(1) : whole;
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return (neg ? "-" : "") + parts.join(",") + "." + frac;
}

function renderTable(columns: Column[], rows: unknown[][], footer?: unknown[]): string {
  const cells = rows.map((r) => r.map((v, i) => (columns[i].format ?? String)(v)));
  const foot = footer?.map((v, i) => (v === undefined ? "" : (columns[i].format ?? String)(v)));
  const widths = columns.map((c, i) => {
    const natural = Math.max(c.title.length, ...cells.map((r) => r[i].length), foot ? foot[i].length : 0);
    return c.width === undefined ? natural : Math.min(natural, c.width);
  });
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => "-".repeat(w + 2)).join(m) + r;
  const line = (vals: string[], forceAlign?: Align) =>
    "|" + vals.map((v, i) => " " + pad(truncate(v, widths[i]), widths[i], forceAlign ?? columns[i].align) + " ").join("|") + "|";
  const out = [rule("+", "+", "+"), line(columns.map((c) => c.title), "center"), rule("+", "+", "+")];
  for (const r of cells) out.push(line(r));
  if (foot) out.push(rule("+", "+", "+"), line(foot));
  out.push(rule("+", "+", "+"));
  return out.join("\n");
}

function wrap(text: string, width: number): string[] {
  const words = text.split(" ").filter((w) => w.length > 0);
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur.length === 0) cur = w;
    else if (cur.length + 1 + w.length <= width) cur += " " + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

const columns: Column[] = [
  { title: "#", align: "right" },
  { title: "Region", align: "left" },
  { title: "Representative", align: "left", width: 14 },
  { title: "Units", align: "right" },
  { title: "Price", align: "right", format: (v) => money(v as number) },
  { title: "Revenue", align: "right", format: (v) => money(v as number) },
  { title: "Ret", align: "center", format: (v) => (v ? "yes" : "-") },
];

const rows = sales.map((s, i) => [i + 1, s.region, s.rep, s.units, s.price, s.returned ? 0 : s.units * s.price, s.returned]);
const totalUnits = sales.reduce((a, s) => a + s.units, 0);
const totalRevenue = rows.reduce((a, r) => a + (r[5] as number), 0);
console.log(renderTable(columns, rows, [undefined, "TOTAL", `${sales.length} reps`, totalUnits, undefined, totalRevenue, undefined]));

// Group by region, sorted by revenue desc then name.
const byRegion = new Map<string, { units: number; revenue: number; reps: string[] }>();
for (const s of sales) {
  const g = byRegion.get(s.region) ?? { units: 0, revenue: 0, reps: [] };
  g.units += s.units;
  g.revenue += s.returned ? 0 : s.units * s.price;
  g.reps.push(s.rep.split(" ").pop() ?? "");
  byRegion.set(s.region, g);
}
const regions = [...byRegion.entries()].sort((a, b) => b[1].revenue - a[1].revenue || (a[0] < b[0] ? -1 : 1));
console.log();
console.log(pad("REVENUE BY REGION", 60, "center") + "|");
for (const [name, g] of regions) {
  const share = g.revenue / totalRevenue;
  const bar = "#".repeat(Math.round(share * 30));
  console.log(`${name.padEnd(6)} ${bar.padEnd(30, ".")} ${(share * 100).toFixed(1).padStart(5)}% ${g.reps.sort().join(", ")}`);
}

console.log();
const blurb =
  "This report lists every sale recorded in the quarter. Returned items contribute no revenue but their units are still counted, which is why the unit total can look inflated compared to revenue.";
for (const w of [40, 25, 12]) {
  const lines = wrap(blurb, w);
  console.log(`-- width ${w}: ${lines.length} lines`);
  for (const l of lines) console.log("  > " + pad(l, w, "right") + " <");
}
console.log(byRegion);
console.log(["left", "right", "center"].map((a) => `[${pad("ab", 7, a as Align)}]`).join(" "), `[${pad("toolong", 3, "center")}]`);
console.log([0, -0.004, 999.995, 1234567.891, -1e6, 1e21].map(money));
