import type { ComponentChildren } from 'preact';

/** One legend entry: the swatch is drawn with the same class as the mark in the chart. */
export interface LegendItem {
  kind: 'bar' | 'bar-met' | 'line' | 'target' | 'unknown';
  tone?: 'a' | 'b';
  label: string;
}

export interface DataTable {
  head: string[];
  rows: { key: string; cells: string[] }[];
}

function Swatch({ item }: { item: LegendItem }) {
  const tone = item.tone ? ` lp-chart-tone-${item.tone}` : '';
  return (
    <svg class="lp-chart-swatch" viewBox="0 0 18 10" width="18" height="10" aria-hidden="true">
      {item.kind === 'bar' && <rect class="lp-chart-bar" x="2" y="1" width="14" height="8" />}
      {item.kind === 'bar-met' && (
        <rect class="lp-chart-bar lp-chart-bar-met" x="2" y="1" width="14" height="8" />
      )}
      {item.kind === 'unknown' && <circle class="lp-chart-unknown" cx="9" cy="5" r="3" />}
      {item.kind === 'line' && <path class={`lp-chart-line${tone}`} d="M1,5L17,5" />}
      {item.kind === 'target' && (
        <g class={`lp-chart-target${tone}`}>
          <line x1="1" x2="17" y1="5" y2="5" />
        </g>
      )}
    </svg>
  );
}

/**
 * A chart with its title, its legend and the same numbers as a table (in a <details>), so no
 * value is reachable only by hovering.
 */
export function Figure(props: {
  title: string;
  legend: LegendItem[];
  table: DataTable;
  tableLabel: string;
  testId?: string;
  /** 4 when the figure sits under a section heading of its own. */
  level?: 3 | 4;
  children: ComponentChildren;
}) {
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <figure class="lp-chart-figure" data-testid={props.testId}>
      <figcaption>
        <Heading>{props.title}</Heading>
        <ul class="lp-chart-legend">
          {props.legend.map((l) => (
            <li key={l.label}>
              <Swatch item={l} />
              {l.label}
            </li>
          ))}
        </ul>
      </figcaption>
      {props.children}
      <details class="lp-chart-details">
        <summary>{props.tableLabel}</summary>
        <table class="lp-chart-table">
          <thead>
            <tr>
              {props.table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.table.rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={i}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
