import { careerOfPosts, careerText, type PrintedPost } from '@/core/cite/career';
import { cpedCsv } from '@/core/export/cped';
import { articleListCsv, articleListJson, exportFileName } from '@/core/export/lists';
import { timelineJs, type TimelineJsInput } from '@/core/export/timelinejs';
import type { Timeline } from '@/lib/shared/archive-protocol';
import { detectLang, messages } from '../i18n';
import { CopyButton } from './CopyButton';
import { DownloadButtons, type DownloadChoice } from './DownloadButtons';
import { CSV_TYPE, JSON_TYPE, today } from './useDownload';

/**
 * An entity's citations and files: a person's career as text with its evidence and as CPED CSV, the
 * entity's articles as CSV and JSON, its timeline as TimelineJS JSON. Post spans are the post index's printed
 * spans (`posts`, null while they load), the same the timeline lists and draws.
 */
export function EntityExports({
  timeline,
  posts,
}: {
  timeline: Timeline;
  posts: readonly PrintedPost[] | null;
}) {
  const t = messages();
  const lang = detectLang();
  const { entity } = timeline;
  const printed = careerOfPosts(posts ?? []);
  const name = { name: entity.name, ...(timeline.pinyin ? { pinyin: timeline.pinyin } : {}) };
  // The career text cites each span's own articles; TimelineJS draws every article of the entity as well.
  const career = { ...name, ...printed };
  const timelineInput: TimelineJsInput = { ...name, spans: printed.spans, articles: timeline.articles };
  const file = (what: string, ext: string) => exportFileName(entity.name, what, today(), ext);
  const hasCareer = entity.kind === 'person' && printed.spans.length > 0;
  const choices: DownloadChoice[] = [
    ...(hasCareer
      ? [
          {
            label: t.citeCareerCsv,
            make: () => ({
              text: cpedCsv(entity.name, printed.spans),
              fileName: file('career-cped', 'csv'),
              type: CSV_TYPE,
            }),
          },
        ]
      : []),
    {
      label: t.citeArticlesCsv,
      make: () => ({
        text: articleListCsv(timeline.articles),
        fileName: file('articles', 'csv'),
        type: CSV_TYPE,
      }),
    },
    {
      label: t.citeArticlesJson,
      make: () => ({
        text: articleListJson({
          list: 'entity',
          subject: entity.name,
          exportedAt: new Date().toISOString(),
          articles: timeline.articles,
        }),
        fileName: file('articles', 'json'),
        type: JSON_TYPE,
      }),
    },
    {
      label: t.citeTimelineJs,
      make: () => ({
        text: `${JSON.stringify(timelineJs(timelineInput, lang), null, 2)}\n`,
        fileName: file('timelinejs', 'json'),
        type: JSON_TYPE,
      }),
    },
  ];
  return (
    <section aria-labelledby="ll-cite-exports" class="ll-cite-exports">
      <h3 id="ll-cite-exports">{t.citeExportsTitle}</h3>
      {hasCareer && <p class="ll-muted ll-small">{t.citeExportsNote}</p>}
      {hasCareer && (
        <CopyButton label={t.citeCareerCopy} text={() => Promise.resolve(careerText(career, lang))} />
      )}
      <DownloadButtons choices={choices} />
    </section>
  );
}
