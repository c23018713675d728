import type { ComponentChildren } from 'preact';
import { dayTicks, H, PAD, spreadLabels, W, type NiceScale } from './scale';

/** A dashed target line; its label sits in the right margin, never over the data. */
export interface Target {
  value: number;
  /** Short label for the margin, e.g. "≥ 15 场" or "4小时". */
  label: string;
  tone: 'a' | 'b';
}

/** Minimum vertical distance between two margin labels (font 11 + 2). */
const LABEL_GAP = 13;

/**
 * The SVG around a chart: gridlines with their values, the day labels under the plot and the
 * target lines. Classes are `lp-chart-*` only, so no popup or page rule can restyle a chart.
 */
export function Frame(props: {
  label: string;
  testId?: string;
  days: string[];
  x: (i: number) => number;
  scale: NiceScale;
  y: (v: number) => number;
  fmt: (v: number) => string;
  targets: Target[];
  children: ComponentChildren;
}) {
  const { days, x, y, scale, targets } = props;
  const labelYs = spreadLabels(
    targets.map((t) => y(t.value) + 4),
    LABEL_GAP,
    PAD.t + 8,
    H - PAD.b,
  );
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={props.label}
      class="lp-chart"
      data-testid={props.testId}
    >
      {scale.ticks.map((v) => (
        <g key={`y${v}`}>
          <line class="lp-chart-grid" x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} />
          <text class="lp-chart-tick" x={PAD.l - 6} y={y(v) + 4} text-anchor="end">
            {v === 0 ? '0' : props.fmt(v)}
          </text>
        </g>
      ))}
      {props.children}
      {targets.map((t, i) => (
        <g key={`t${i}`} class={`lp-chart-target lp-chart-tone-${t.tone}`} data-target={t.value}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(t.value)} y2={y(t.value)} />
          <text x={W - PAD.r + 6} y={labelYs[i]}>
            {t.label}
          </text>
        </g>
      ))}
      {dayTicks(days.length).map((i) => (
        <text key={days[i]} class="lp-chart-tick" x={x(i)} y={H - 6} text-anchor="middle">
          {days[i]!.slice(5)}
        </text>
      ))}
    </svg>
  );
}
