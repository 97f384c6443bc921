import type { PersonPost } from '@/core/posts';
import type { Timeline } from '@/lib/shared/archive-protocol';
import { postsInOrder, postTitle, yearSpan } from '../format';
import { spanDates } from '../posts/format';
import { messages } from '../i18n';
import { dayNumber, linearScale, stackLevels, timeDomain, yearTicks } from './chart-scale';
import { useRoute } from './Router';
import { viewSearch } from './routes';

const WIDTH = 360;
const PAD_X = 10;
const ROW = 30;
const BAR = 8;
const DOT_R = 4.5;
const DOT_GAP = 10;
const AXIS = 22;

/** One bar per printed span: a post the paper stopped printing for a while is two bars, as in the list. */
function spanBars(posts: readonly PersonPost[]) {
  return postsInOrder(
    posts.flatMap((post) =>
      post.spans.map((span) => ({
        ...span,
        title: post.title,
        label: `${postTitle(post.title)} · ${spanDates(span)}`,
      })),
    ),
  );
}

/**
 * An entity's posts as printed spans over time (the post index's, see core/posts), with its articles as dots
 * on the same time axis. Every dot is a link
 * to the article (focusable, named by its date and title); bars and dots carry their text as <title>.
 */
export function TimelineChart({
  timeline,
  posts: printed,
  labelledBy,
}: {
  timeline: Timeline;
  /** The person's posts from the post index (none for other entities, or while they load). */
  posts: readonly PersonPost[];
  labelledBy: string;
}) {
  const t = messages();
  const { navigate } = useRoute();
  const posts = spanBars(printed);
  const dates = [...posts.flatMap((p) => [p.first, p.last]), ...timeline.articles.map((a) => a.date)];
  const domain = timeDomain(dates);
  if (!domain) return null;
  const x = linearScale(domain, [PAD_X, WIDTH - PAD_X]);
  const ticks = yearTicks(domain);

  const dotXs = timeline.articles.map((a) => x(dayNumber(a.date)));
  const levels = stackLevels(dotXs, DOT_GAP);
  const dotRows = Math.max(0, ...levels) + 1;
  const postsHeight = posts.length * ROW;
  const dotsTop = postsHeight + 8;
  const dotsBase = dotsTop + dotRows * DOT_GAP;
  const height = dotsBase + AXIS;
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  const descId = `${labelledBy}-desc`;

  return (
    <figure class="ll-chart ll-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((tick) => (
          <g key={tick.year} class="ll-tick">
            <line x1={x(tick.day)} x2={x(tick.day)} y1={0} y2={dotsBase} />
            <text x={x(tick.day) + 3} y={height - 6}>
              {tick.year}
            </text>
          </g>
        ))}
        {/* The starting year, unless a year tick is already close to the left edge. */}
        {(ticks[0] === undefined || x(ticks[0].day) > PAD_X + 40) && (
          <text class="ll-axis-label" x={PAD_X} y={height - 6}>
            {first.slice(0, 4)}
          </text>
        )}
        <line class="ll-axis" x1={PAD_X} x2={WIDTH - PAD_X} y1={dotsBase} y2={dotsBase} />
        {posts.map((post, i) => {
          const x0 = x(dayNumber(post.first));
          const x1 = Math.max(x(dayNumber(post.last)), x0 + 4);
          const y = i * ROW;
          // Labels start at their bar, unless the bar sits in the right half: then they end at it.
          const right = x0 > WIDTH / 2;
          return (
            <g key={`${post.title}|${post.first}`} class="ll-post-span">
              <title>{post.label}</title>
              <text x={right ? x1 : x0} y={y + 12} text-anchor={right ? 'end' : 'start'}>
                {`${post.title} · ${yearSpan(post.first, post.last)}`}
              </text>
              <rect x={x0} y={y + 17} width={x1 - x0} height={BAR} rx={BAR / 2} />
            </g>
          );
        })}
        {timeline.articles.map((article, i) => {
          const cx = dotXs[i]!;
          const cy = dotsBase - DOT_R - 2 - (levels[i] ?? 0) * DOT_GAP;
          const label = `${article.date} ${article.title}`;
          return (
            <a
              key={article.id}
              class="ll-dot"
              href={viewSearch({ kind: 'article', id: article.id }, location.search)}
              aria-label={label}
              onClick={(event) => {
                event.preventDefault();
                navigate({ kind: 'article', id: article.id });
              }}
            >
              <title>{label}</title>
              <circle cx={cx} cy={cy} r={DOT_R} />
            </a>
          );
        })}
      </svg>
      <figcaption id={descId} class="ll-muted ll-small">
        {t.timelineDescription(posts.length, timeline.articles.length, first, last)}
      </figcaption>
    </figure>
  );
}
