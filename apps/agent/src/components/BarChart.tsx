/** One bar: its label under the axis, its value over the bar. */
export interface Bar {
  label: string;
  value: number;
}

interface Props {
  title: string;
  bars: Bar[];
  testid: string;
}

const WIDTH = 320;
const HEIGHT = 140;
const AXIS = 18;

/**
 * A bar chart drawn as plain SVG: no chart library (the app's whole budget is smaller than uPlot), it
 * scales with the page and prints sharp. The numbers are also in the tables beside it.
 */
export function BarChart({ title, bars, testid }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const width = Math.max(2, slot * 0.7);
  // Thin out axis labels when there are many bars (31 days).
  const every = bars.length > 12 ? Math.ceil(bars.length / 10) : 1;
  return (
    <figure class="chart" data-testid={testid}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={title}>
        {bars.map((bar, i) => {
          const h = (bar.value / max) * (HEIGHT - 14);
          const x = i * slot + (slot - width) / 2;
          return (
            <g key={bar.label}>
              <rect class="bar" x={x} y={HEIGHT - h} width={width} height={h}>
                <title>{`${bar.label}: ${bar.value}`}</title>
              </rect>
              {bar.value > 0 && bars.length <= 12 && (
                <text class="bar-value" x={x + width / 2} y={HEIGHT - h - 3} text-anchor="middle">
                  {bar.value}
                </text>
              )}
              {i % every === 0 && (
                <text class="bar-label" x={x + width / 2} y={HEIGHT + 13} text-anchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
        <line class="axis" x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} />
      </svg>
    </figure>
  );
}
