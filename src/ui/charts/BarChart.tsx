import { H, PAD, tickEvery, W, xStep, yScale } from './scale';

export interface BarChartProps {
  days: string[];
  values: (number | null)[];
  target?: { value: number; label: string };
  label: string;
  fmt: (v: number) => string;
  testId?: string;
}

/** Daily bars against a dashed target line. Unknown days show no bar, never a zero bar. */
export function BarChart({ days, values, target, label, fmt, testId }: BarChartProps) {
  const max = Math.max(target?.value ?? 0, ...values.map((v) => v ?? 0));
  const y = yScale(max);
  const step = xStep(days.length);
  const every = tickEvery(days.length);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} class="chart" data-testid={testId}>
      <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} class="axis" />
      <text x={PAD.l - 4} y={y(max)} class="tick" text-anchor="end">
        {fmt(max)}
      </text>
      {values.map((v, i) =>
        v === null ? null : (
          <rect
            key={days[i]}
            x={PAD.l + i * step + step * 0.15}
            width={Math.max(1, step * 0.7)}
            y={y(v)}
            height={Math.max(0, y(0) - y(v))}
            class={target && v >= target.value ? 'bar met' : 'bar'}
          >
            <title>{`${days[i]}: ${fmt(v)}`}</title>
          </rect>
        ),
      )}
      {target && (
        <g class="target">
          <line x1={PAD.l} x2={W - PAD.r} y1={y(target.value)} y2={y(target.value)} />
          <text x={W - PAD.r} y={y(target.value) - 3} text-anchor="end">
            {target.label}
          </text>
        </g>
      )}
      {days.map((d, i) =>
        i % every === 0 ? (
          <text key={d} x={PAD.l + i * step + step / 2} y={H - 6} class="tick" text-anchor="middle">
            {d.slice(5)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
