import type { CardData } from '@/lib/shared/overlay-protocol';
import { addMonths } from './format';

const WIDTH = 220;
const HEIGHT = 36;
const PAD = 2;

/** Polyline points for monthly counts, scaled into the sparkline's box (exported for tests). */
export function sparkPoints(counts: readonly number[], width = WIDTH, height = HEIGHT, pad = PAD): string {
  const max = Math.max(1, ...counts);
  const step = counts.length > 1 ? (width - 2 * pad) / (counts.length - 1) : 0;
  return counts
    .map((count, i) => {
      const x = counts.length > 1 ? pad + i * step : width / 2;
      const y = height - pad - (count / max) * (height - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** Articles per month as a small line chart, built as SVG elements (never from markup strings). */
export function Sparkline({
  timeline,
  label,
}: {
  timeline: NonNullable<CardData['timeline']>;
  label: string;
}) {
  const { from, counts } = timeline;
  const to = addMonths(from, counts.length - 1);
  const total = counts.reduce((a, b) => a + b, 0);
  const points = sparkPoints(counts);
  const area = `${PAD},${HEIGHT - PAD} ${points} ${counts.length > 1 ? WIDTH - PAD : WIDTH / 2},${HEIGHT - PAD}`;
  return (
    <figure class="spark">
      <figcaption>
        {label} · {total}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${label}: ${from} – ${to}, ${total}`}
      >
        <polygon class="spark-area" points={area} />
        <polyline class="spark-line" points={points} />
      </svg>
      <div class="spark-axis">
        <span>{from}</span>
        <span>{to}</span>
      </div>
    </figure>
  );
}
