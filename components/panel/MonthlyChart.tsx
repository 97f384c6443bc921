import type { Timeline } from '@/lib/shared/archive-protocol';
import { messages } from '../i18n';
import { barHeight, niceCeiling, peak, periods } from './chart-scale';

const WIDTH = 360;
const HEIGHT = 96;
const TOP = 14;
const BOTTOM = 18;
const LEFT = 22;
const GAP = 2;

/**
 * Mentions per month (per year over long spans) as bars, months without mentions included as gaps. The
 * figure's caption says what the bars show in words, for readers who do not see them.
 */
export function MonthlyChart({
  perMonth,
  labelledBy,
}: {
  perMonth: Timeline['perMonth'];
  labelledBy: string;
}) {
  const t = messages();
  const list = periods(perMonth);
  const top = peak(list);
  if (!top) return null;
  const max = niceCeiling(top.count);
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / list.length;
  const bar = Math.max(1, slot - GAP);
  const total = list.reduce((n, p) => n + p.count, 0);
  const descId = `${labelledBy}-desc`;
  const firstLabel = list[0]!.label;
  const lastLabel = list[list.length - 1]!.label;

  return (
    <figure class="ll-chart ll-monthly">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${labelledBy} ${descId}`}>
        <text class="ll-axis-label" x={LEFT - 4} y={TOP + 4} text-anchor="end">
          {max}
        </text>
        <text class="ll-axis-label" x={LEFT - 4} y={TOP + plot} text-anchor="end">
          0
        </text>
        <line class="ll-grid" x1={LEFT} x2={WIDTH} y1={TOP} y2={TOP} />
        <line class="ll-axis" x1={LEFT} x2={WIDTH} y1={TOP + plot} y2={TOP + plot} />
        {list.map((p, i) => {
          const h = barHeight(p.count, max, plot);
          return (
            <rect key={p.label} x={LEFT + i * slot + GAP / 2} y={TOP + plot - h} width={bar} height={h}>
              <title>{`${p.label}: ${p.count}`}</title>
            </rect>
          );
        })}
        <text class="ll-axis-label" x={LEFT} y={HEIGHT - 4}>
          {firstLabel}
        </text>
        {list.length > 1 && (
          <text class="ll-axis-label" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
            {lastLabel}
          </text>
        )}
      </svg>
      <figcaption id={descId} class="ll-muted ll-small">
        {t.monthlyDescription(total, list.length, top.label, top.count)}
      </figcaption>
    </figure>
  );
}

/** The chart's heading: months, or years when the span was summed per year. */
export function monthlyTitle(perMonth: Timeline['perMonth']): string {
  const t = messages();
  const list = periods(perMonth);
  return list[0] && list[0].label.length === 4 ? t.monthlyTitleYearly : t.monthlyTitle;
}
