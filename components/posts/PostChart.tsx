import type { PostView } from '@/core/posts';
import { messages } from '../i18n';
import { postMessages } from './strings';
import { dayNumber, linearScale, timeDomain, yearTicks } from '../panel/chart-scale';
import { spanLabel } from './format';

const WIDTH = 360;
const PAD_X = 12;
const ROW = 28;
const BAR = 8;
const AXIS = 22;
/** How far an open end is drawn past the last printing, fading: the archive cannot see there. */
const OPEN_TAIL = 14;

/**
 * A post's holders on one time axis: one row per holder, a bar per printed span (a dashed tail where an end
 * is open), and the gaps between holders drawn as gaps: hatched where the archive holds no issue, plain where
 * it holds issues that print nobody in the post. `on` marks a day asked about.
 */
export function PostChart({ post, on, labelledBy }: { post: PostView; on?: string; labelledBy: string }) {
  const t = messages();
  const p = postMessages();
  const dates = post.holders.flatMap((h) => h.spans.flatMap((s) => [s.first, s.last]));
  const domain = timeDomain(on ? [...dates, on] : dates, 40);
  if (!domain) return null;
  const x = linearScale(domain, [PAD_X, WIDTH - PAD_X]);
  const rowsHeight = post.holders.length * ROW;
  const height = rowsHeight + AXIS;
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  return (
    <figure class="ll-chart ll-post-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={labelledBy}
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{p.postAxis(post.title, first, last)}</title>
        <defs>
          <pattern
            id="ll-no-issue"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" class="ll-hatch" />
          </pattern>
        </defs>
        {post.gaps.map((gap) => (
          <rect
            key={gap.after}
            class={gap.issues === 0 ? 'll-gap ll-gap-silent' : 'll-gap'}
            x={x(dayNumber(gap.after))}
            y={0}
            width={Math.max(1, x(dayNumber(gap.before)) - x(dayNumber(gap.after)))}
            height={rowsHeight}
            fill={gap.issues === 0 ? 'url(#ll-no-issue)' : undefined}
          >
            <title>
              {gap.issues === 0
                ? p.postGapNoIssue(gap.after, gap.before)
                : p.postGapNobody(gap.after, gap.before, gap.issues)}
            </title>
          </rect>
        ))}
        {yearTicks(domain).map((tick) => (
          <g key={tick.year} class="ll-tick">
            <line x1={x(tick.day)} x2={x(tick.day)} y1={0} y2={rowsHeight} />
            <text x={x(tick.day) + 3} y={height - 6}>
              {tick.year}
            </text>
          </g>
        ))}
        <line class="ll-axis" x1={PAD_X} x2={WIDTH - PAD_X} y1={rowsHeight} y2={rowsHeight} />
        {post.holders.map((holder, row) => {
          const y = row * ROW;
          const x0 = x(dayNumber(holder.spans[0]!.first));
          const right = x0 > WIDTH / 2;
          return (
            <g key={holder.id} class="ll-post-holder">
              <text
                x={right ? x(dayNumber(holder.spans[holder.spans.length - 1]!.last)) : x0}
                y={y + 11}
                text-anchor={right ? 'end' : 'start'}
              >
                {holder.name}
              </text>
              {holder.spans.map((span) => {
                const a = x(dayNumber(span.first));
                const b = Math.max(x(dayNumber(span.last)), a + 4);
                return (
                  <g key={span.first} class="ll-post-span">
                    <title>{`${holder.name} · ${spanLabel(span, t)}`}</title>
                    {span.openStart && (
                      <line class="ll-open-end" x1={a - OPEN_TAIL} x2={a} y1={y + 19} y2={y + 19} />
                    )}
                    {span.openEnd && (
                      <line class="ll-open-end" x1={b} x2={b + OPEN_TAIL} y1={y + 19} y2={y + 19} />
                    )}
                    <rect x={a} y={y + 15} width={b - a} height={BAR} rx={BAR / 2} />
                  </g>
                );
              })}
            </g>
          );
        })}
        {on && (
          <line class="ll-on-day" x1={x(dayNumber(on))} x2={x(dayNumber(on))} y1={0} y2={rowsHeight}>
            <title>{on}</title>
          </line>
        )}
      </svg>
    </figure>
  );
}
