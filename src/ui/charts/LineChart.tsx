import { H, PAD, tickEvery, W, xStep, yScale } from './scale';

export interface Series {
  name: string;
  values: (number | null)[];
  cls: string;
}

/** Lines against dashed thresholds; a null breaks the line instead of dropping to zero. */
export function LineChart(props: {
  days: string[];
  series: Series[];
  thresholds: { value: number; label: string; cls: string }[];
  label: string;
  fmt: (v: number) => string;
  testId?: string;
}) {
  const { days, series, thresholds } = props;
  const max = Math.max(
    ...thresholds.map((t) => t.value),
    ...series.flatMap((s) => s.values.map((v) => v ?? 0)),
  );
  const y = yScale(max);
  const step = xStep(days.length);
  const x = (i: number): number => PAD.l + i * step + step / 2;
  const path = (vals: (number | null)[]): string =>
    vals
      .map((v, i) =>
        v === null
          ? ''
          : `${i === 0 || vals[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`,
      )
      .join('');
  const every = tickEvery(days.length);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={props.label}
      class="chart"
      data-testid={props.testId}
    >
      <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} class="axis" />
      <text x={PAD.l - 4} y={y(max)} class="tick" text-anchor="end">
        {props.fmt(max)}
      </text>
      {thresholds.map((t) => (
        <g class={`target ${t.cls}`} key={t.label}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(t.value)} y2={y(t.value)} />
          <text x={W - PAD.r} y={y(t.value) - 3} text-anchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {series.map((s) => (
        <path key={s.name} d={path(s.values)} class={`line ${s.cls}`}>
          <title>{s.name}</title>
        </path>
      ))}
      {days.map((d, i) =>
        i % every === 0 ? (
          <text key={d} x={x(i)} y={H - 6} class="tick" text-anchor="middle">
            {d.slice(5)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
