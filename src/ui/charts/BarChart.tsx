import { Frame, type Target } from './Frame';
import { H, maxOf, niceScale, PAD, xStep, yScale } from './scale';

export interface BarChartProps {
  days: string[];
  values: (number | null)[];
  target?: Target;
  label: string;
  fmt: (v: number) => string;
  /** Tooltip words for a day with no record. */
  unknownText: string;
  testId?: string;
  /** Step base of the axis ticks (see tickBase). */
  base?: number;
}

/**
 * Daily bars against a dashed target line. A met day is drawn solid, a missed one hatched-light;
 * an unknown day shows a small hollow mark on the baseline, never a zero bar.
 */
export function BarChart(props: BarChartProps) {
  const { days, values, target, label, fmt, unknownText, testId } = props;
  const scale = niceScale(maxOf(values, target ? [target.value] : []), 4, false, props.base);
  const y = yScale(scale.top);
  const step = xStep(days.length);
  const x = (i: number): number => PAD.l + i * step + step / 2;
  const w = Math.max(1, step * 0.7);
  return (
    <Frame
      label={label}
      testId={testId}
      days={days}
      x={x}
      y={y}
      scale={scale}
      fmt={fmt}
      targets={target ? [target] : []}
    >
      {values.map((v, i) =>
        v === null ? (
          <circle
            key={days[i]}
            class="lp-chart-unknown"
            cx={x(i)}
            cy={H - PAD.b - 3}
            r={Math.min(3, w / 2)}
          >
            <title>{`${days[i]}: ${unknownText}`}</title>
          </circle>
        ) : (
          <rect
            key={days[i]}
            class={target && v >= target.value ? 'lp-chart-bar lp-chart-bar-met' : 'lp-chart-bar'}
            x={x(i) - w / 2}
            width={w}
            y={y(v)}
            height={Math.max(0, y(0) - y(v))}
          >
            <title>{`${days[i]}: ${fmt(v)}`}</title>
          </rect>
        ),
      )}
    </Frame>
  );
}
