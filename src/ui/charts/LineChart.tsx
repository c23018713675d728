import { Frame, type Target } from './Frame';
import { maxOf, niceScale, PAD, xStep, yScale } from './scale';

/** One line; every line of a chart shares the chart's single unit. */
export interface Series {
  name: string;
  values: (number | null)[];
  tone: 'a' | 'b';
}

/** SVG path of a series; a null breaks the line instead of dropping to zero. */
export function linePath(
  values: (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  return values
    .map((v, i) =>
      v === null
        ? ''
        : `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`,
    )
    .join('');
}

/**
 * Lines of ONE unit against dashed thresholds. Two units (1688 sessions ≤ 30 and buyers in the
 * thousands) are two charts, so neither line is flattened by the other's scale.
 */
export function LineChart(props: {
  days: string[];
  series: Series[];
  targets: Target[];
  label: string;
  fmt: (v: number) => string;
  integer?: boolean;
  testId?: string;
  /** Step base of the axis ticks (see tickBase). */
  base?: number;
}) {
  const { days, series, targets } = props;
  const scale = niceScale(
    maxOf(
      series.flatMap((s) => s.values),
      targets.map((t) => t.value),
    ),
    4,
    props.integer,
    props.base,
  );
  const y = yScale(scale.top);
  const step = xStep(days.length);
  const x = (i: number): number => PAD.l + i * step + step / 2;
  return (
    <Frame
      label={props.label}
      testId={props.testId}
      days={days}
      x={x}
      y={y}
      scale={scale}
      fmt={props.fmt}
      targets={targets}
    >
      {series.map((s) => (
        <path
          key={s.name}
          d={linePath(s.values, x, y)}
          class={`lp-chart-line lp-chart-tone-${s.tone}`}
        >
          <title>{s.name}</title>
        </path>
      ))}
    </Frame>
  );
}
