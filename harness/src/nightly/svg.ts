/**
 * A line chart as inline SVG markup (no script, no external resource), for the nightly's trend plots:
 * points evenly spaced left to right in the order given, one polyline per series (broken where a
 * value is missing), a dot per value with a tooltip (`<title>`), three labelled horizontal grid lines,
 * at most MAX_X_LABELS labels under the x axis (the newest always), and the title over a legend row.
 */
import { escapeMarkup as esc } from '../report/escape.ts';

/** One line of the chart. */
export interface ChartSeries {
  readonly name: string;
  /** A CSS colour. */
  readonly color: string;
  /** One value per x label; null where the series has no value. */
  readonly values: readonly (number | null)[];
}

/** What to draw. */
export interface LineChartSpec {
  readonly title: string;
  /** The x labels (e.g. dates), in drawing order. */
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Formats a y value for the axis and tooltips (e.g. `82.5%`). */
  readonly format: (value: number) => string;
  /** Fixed y range (e.g. 0 and 100 for percentages); by default the values' range. */
  readonly yMin?: number;
  readonly yMax?: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 64;
const RIGHT = 16;
const TOP = 44;
const BOTTOM = 36;
const MAX_X_LABELS = 8;

function round(n: number): string {
  return n.toFixed(1);
}

function yRange(spec: LineChartSpec): [number, number] {
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  let low = spec.yMin ?? Math.min(...values);
  let high = spec.yMax ?? Math.max(...values);
  if (high - low < 1e-9) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    low -= spec.yMin === undefined ? pad : 0;
    high += spec.yMax === undefined ? pad : 0;
  }
  return [low, high];
}

/** The chart's `<svg>` element (see the module doc); a short note instead of axes when there is no value. */
export function renderLineChart(spec: LineChartSpec): string {
  const title = `<text x="${LEFT}" y="16" font-weight="600">${esc(spec.title)}</text>`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(spec.title)}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui,sans-serif" font-size="11">`;
  const hasValue = spec.series.some((s) => s.values.some((v) => v !== null && Number.isFinite(v)));
  if (!hasValue || spec.labels.length === 0) return `${open}${title}<text x="${LEFT}" y="${TOP + 40}">No data yet.</text></svg>`;
  const [low, high] = yRange(spec);
  const n = spec.labels.length;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number): number => LEFT + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number): number => TOP + plotH - ((v - low) / (high - low)) * plotH;
  const parts = [open, title];
  for (const v of [low, (low + high) / 2, high]) {
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="#ddd"/>`,
      `<text x="${LEFT - 6}" y="${round(y(v) + 4)}" text-anchor="end">${esc(spec.format(v))}</text>`);
  }
  const step = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  for (let i = 0; i < n; i++) {
    if ((n - 1 - i) % step !== 0) continue; // every step-th label, counted back from the newest
    const anchor = n > 1 && i === n - 1 ? 'end' : n > 1 && i === 0 ? 'start' : 'middle';
    parts.push(`<text x="${round(x(i))}" y="${HEIGHT - BOTTOM + 16}" text-anchor="${anchor}">${esc(spec.labels[i])}</text>`);
  }
  spec.series.forEach((s, k) => {
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1) parts.push(`<polyline fill="none" stroke="${esc(s.color)}" stroke-width="2" points="${run.join(' ')}"/>`);
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        flush();
        return;
      }
      run.push(`${round(x(i))},${round(y(v))}`);
      parts.push(`<circle cx="${round(x(i))}" cy="${round(y(v))}" r="3" fill="${esc(s.color)}"><title>${esc(`${s.name} ${spec.labels[i]}: ${spec.format(v)}`)}</title></circle>`);
    });
    flush();
    const lx = LEFT + 150 * k;
    parts.push(`<rect x="${lx}" y="24" width="10" height="10" fill="${esc(s.color)}"/><text x="${lx + 14}" y="33">${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
