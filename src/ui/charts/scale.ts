/** Chart geometry and scales shared by the SVG charts (plain SVG: no chart library in the bundle). */
export const W = 640;
export const H = 190;
/** The right margin holds target labels, so they never sit on the bars or lines. */
export const PAD = { l: 60, r: 88, t: 12, b: 24 };

export interface NiceScale {
  /** Top of the axis (≥ every value drawn). */
  top: number;
  /** Gridline values from 0 to `top`, evenly spaced. */
  ticks: number[];
}

/**
 * A readable axis for values up to `max`: 1 / 2 / 2.5 / 5 × 10ⁿ steps, about `count` of them.
 * `integer` (counts of sessions, buyers) never steps by a fraction; `base` scales the steps
 * (3600 for seconds shown in hours). Nothing known → an empty 0…1 axis.
 */
export function niceScale(max: number, count = 4, integer = false, base = 1): NiceScale {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0] };
  if (base !== 1) {
    // Steps in whole hours (base 3600) or minutes (60), never 2 h 30 min.
    const s = niceScale(max / base, count, true);
    return { top: s.top * base, ticks: s.ticks.map((v) => round(v * base)) };
  }
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const mult = [1, 2, 2.5, 5, 10].find((m) => m * pow >= raw) ?? 10;
  let step = mult * pow;
  if (integer) step = Math.max(1, Math.ceil(step));
  const n = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: n + 1 }, (_, i) => round(i * step));
  return { top: ticks[ticks.length - 1]!, ticks };
}

/** Drops float noise (0.1 + 0.2) from tick values. */
const round = (v: number): number => Math.round(v * 1e9) / 1e9;

/** Maps a value on a 0…top axis to an SVG y (top of the plot = `top`). */
export function yScale(top: number): (v: number) => number {
  const t = top > 0 ? top : 1;
  return (v) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / t);
}

export const xStep = (n: number): number => (W - PAD.l - PAD.r) / Math.max(1, n);

/** Roughly 6 evenly spaced day labels. */
export const tickEvery = (n: number): number => Math.max(1, Math.ceil(n / 6));

/**
 * Indexes of the days that get a label: every `tickEvery`-th from the first, plus the last day
 * (today, the one a seller looks for) unless it would crowd the previous label.
 */
export function dayTicks(n: number): number[] {
  const every = tickEvery(n);
  const out: number[] = [];
  for (let i = 0; i < n; i += every) out.push(i);
  const last = n - 1;
  if (n > 0 && out[out.length - 1] !== last) {
    if (last - out[out.length - 1]! < every * 0.6) out.pop();
    out.push(last);
  }
  return out;
}

/**
 * Moves label positions apart so no two are closer than `gap` (they would overprint), keeping
 * their order and staying within [lo, hi]. Input order is kept in the output.
 */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => Math.min(hi, Math.max(lo, o.y)));
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
  // Pushed past the bottom: walk back up from the end.
  const over = out.length > 0 ? out[out.length - 1]! - hi : 0;
  if (over > 0) {
    out[out.length - 1] = hi;
    for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

/** The value the axis must reach: every known value and every target. */
export const maxOf = (values: (number | null)[], targets: number[] = []): number =>
  Math.max(0, ...targets, ...values.map((v) => v ?? 0));

/** Tick base of a stored metric: durations step in hours (or minutes when short). */
export const tickBase = (metric: string, max: number): number =>
  metric === 'durationSec' ? (max >= 3600 ? 3600 : 60) : 1;
