import { careerText } from '@/core/cite/career';
import { cpedCsv } from '@/core/export/cped';
import { articleListCsv, articleListJson, exportFileName } from '@/core/export/lists';
import { timelineJs, type TimelineJsInput } from '@/core/export/timelinejs';
import type { Timeline } from '@/lib/archive/protocol';
import { detectLang, messages } from '../i18n';
import { CopyButton } from './CopyButton';
import { DownloadStatus } from './DownloadStatus';
import { CSV_TYPE, JSON_TYPE, today, useDownload } from './useDownload';

/**
 * An entity's citations and files: a person's career as text with its evidence and as CPED CSV, the
 * entity's articles as CSV and JSON, its timeline as TimelineJS JSON. Post spans are the timeline's roles.
 */
export function EntityExports({ timeline }: { timeline: Timeline }) {
  const t = messages();
  const lang = detectLang();
  const { state, download } = useDownload();
  const { entity } = timeline;
  const person = entity.kind === 'person';
  const career: TimelineJsInput = {
    name: entity.name,
    ...(timeline.pinyin ? { pinyin: timeline.pinyin } : {}),
    spans: timeline.roles,
    articles: timeline.articles,
  };
  const name = (what: string, ext: string) => exportFileName(entity.name, what, today(), ext);
  const hasCareer = person && timeline.roles.length > 0;
  return (
    <section aria-labelledby="ll-cite-exports" class="ll-cite-exports">
      <h3 id="ll-cite-exports">{t.citeExportsTitle}</h3>
      {hasCareer && <p class="ll-muted ll-small">{t.citeExportsNote}</p>}
      <div class="ll-row ll-wrap">
        {hasCareer && (
          <CopyButton label={t.citeCareerCopy} text={() => Promise.resolve(careerText(career, lang))} />
        )}
        {hasCareer && (
          <button
            type="button"
            class="ll-button"
            onClick={() =>
              void download(() => ({
                text: cpedCsv(entity.name, timeline.roles),
                fileName: name('career-cped', 'csv'),
                type: CSV_TYPE,
              }))
            }
          >
            {t.citeCareerCsv}
          </button>
        )}
        <button
          type="button"
          class="ll-button"
          onClick={() =>
            void download(() => ({
              text: articleListCsv(timeline.articles),
              fileName: name('articles', 'csv'),
              type: CSV_TYPE,
            }))
          }
        >
          {t.citeArticlesCsv}
        </button>
        <button
          type="button"
          class="ll-button"
          onClick={() =>
            void download(() => ({
              text: articleListJson({
                list: 'entity',
                subject: entity.name,
                exportedAt: new Date().toISOString(),
                articles: timeline.articles,
              }),
              fileName: name('articles', 'json'),
              type: JSON_TYPE,
            }))
          }
        >
          {t.citeArticlesJson}
        </button>
        <button
          type="button"
          class="ll-button"
          onClick={() =>
            void download(() => ({
              text: `${JSON.stringify(timelineJs(career, lang), null, 2)}\n`,
              fileName: name('timelinejs', 'json'),
              type: JSON_TYPE,
            }))
          }
        >
          {t.citeTimelineJs}
        </button>
      </div>
      <DownloadStatus state={state} />
    </section>
  );
}
