import styles from './BarChart.module.css';

export interface Bar {
  readonly label: string;
  /** Null: no data for this bar (drawn as a gap, said as "no data"). */
  readonly value: number | null;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  /** The top of the scale; by default the largest value. */
  max?: number;
  format?: (value: number) => string;
  tone?: 'brand' | 'gold';
}

/** A small bar chart in SVG, with the same numbers as a table for screen readers. */
export function BarChart({ title, bars, max, format = String, tone = 'brand' }: BarChartProps) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const width = 100 / Math.max(1, bars.length);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.title}>{title}</figcaption>
      <svg className={styles.chart} viewBox="0 0 100 60" preserveAspectRatio="none" aria-hidden="true">
        {[0.25, 0.5, 0.75].map((line) => (
          <line key={line} x1="0" x2="100" y1={60 - line * 56} y2={60 - line * 56} className={styles.grid} />
        ))}
        {bars.map((bar, index) =>
          bar.value === null ? null : (
            <rect
              key={bar.label}
              className={styles[tone]}
              x={index * width + width * 0.18}
              width={width * 0.64}
              y={60 - (Math.max(0, bar.value) / top) * 56}
              height={(Math.max(0, bar.value) / top) * 56}
              rx="0.8"
            />
          ),
        )}
      </svg>
      {bars.length <= 6 ? (
        <div className={styles.labels} aria-hidden="true">
          {bars.map((bar) => (
            <span key={bar.label} style={{ width: `${width}%` }}>
              {bar.label}
            </span>
          ))}
        </div>
      ) : (
        // Too many bars to label each: the first and last, at the chart's edges, show the span.
        <div className={`${styles.labels} ${styles.ends}`} aria-hidden="true">
          <span>{bars[0]!.label}</span>
          <span>{bars.at(-1)!.label}</span>
        </div>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value === null ? 'no data' : format(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
