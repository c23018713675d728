/** Chart geometry shared by the SVG charts (plain SVG: no chart library in the bundle). */
export const W = 640;
export const H = 180;
export const PAD = { l: 56, r: 12, t: 12, b: 24 };

export function yScale(max: number): (v: number) => number {
  const top = max > 0 ? max * 1.1 : 1;
  return (v) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / top);
}

export const xStep = (n: number): number => (W - PAD.l - PAD.r) / Math.max(1, n);

/** Roughly 6 evenly spaced day labels. */
export const tickEvery = (n: number): number => Math.max(1, Math.ceil(n / 6));
