/**
 * Nothing printed on a seed page is lost and nothing lands in the wrong place: every line's text is found in
 * a body, a headline, a byline, a caption or a banner (or is reported in a warning), and no body holds a
 * caption, a headline, a slogan or a continuation mark.
 */
import { describe, expect, it } from 'vitest';
import { comparable, seedArchive, seedPages } from './helpers';

const ROLE_WORDS = /本报评论员|本报记者|实习记者|记者|通讯员|本报讯|[□■]/gu;
const AGENCY_MARKER = /新华社[^电]{0,14}电/u;
const CONTINUATION = /（[下转上接]{1,2}\d+版）/u;

describe.each(seedPages().map((page) => [page.file.slice(0, 3), page] as const))('page %s', (_, page) => {
  const built = () => {
    const { archive, report } = seedArchive();
    const edition = archive.editions.find((candidate) => candidate.file === page.file);
    const articles = archive.articles.filter((article) => article.edition === edition?.id);
    const pageReport = report.pages.find((candidate) => candidate.file === page.file);
    return { articles, pageReport };
  };

  it('accounts for the text of every non-empty line', () => {
    const { articles, pageReport } = built();
    const names = [
      ...new Set(articles.flatMap((article) => [...article.reporters, ...article.photographers])),
    ].sort((a, b) => b.length - a.length);
    const places = [
      ...articles.map((article) => article.body),
      ...articles.map((article) => article.headline ?? ''),
      ...articles.flatMap((article) => (article.photos ?? []).map((photo) => photo.caption)),
      ...(pageReport?.banners ?? []),
      ...(pageReport?.warnings ?? []),
    ].map(comparable);
    const unaccounted: string[] = [];
    for (const line of page.text.split('\n')) {
      let rest = comparable(line)
        .replace(CONTINUATION, '')
        .replace(AGENCY_MARKER, '')
        .replace(ROLE_WORDS, '');
      for (const name of names) rest = rest.split(name).join('');
      rest = rest.replace(/（）|\(\)/gu, '').replace(/摄$/u, '');
      if (rest !== '' && !places.some((place) => place.includes(rest))) unaccounted.push(line.trim());
    }
    expect(unaccounted).toEqual([]);
  });

  it('keeps captions, headlines, slogans and continuation marks out of article bodies', () => {
    const { articles, pageReport } = built();
    const captions = articles.flatMap((article) =>
      (article.photos ?? []).map((photo) => comparable(photo.caption)),
    );
    const headlines = articles.flatMap((article) => (article.headline === null ? [] : [article.headline]));
    const headlineLines = (pageReport?.headlines ?? [])
      .flatMap((headline) => headline.text.split(' '))
      .map(comparable);
    for (const article of articles) {
      const body = comparable(article.body);
      expect(body).not.toMatch(/下转|上接|本报讯|□|记者\p{Script=Han}{2,4}摄/u);
      for (const caption of captions) if (caption !== '') expect(body).not.toContain(caption);
      for (const banner of pageReport?.banners ?? []) expect(body).not.toContain(comparable(banner));
      for (const other of headlines) {
        if (other !== article.headline) expect(body).not.toContain(comparable(other));
      }
      for (const paragraph of article.body.split('\n').map(comparable)) {
        for (const headline of headlineLines) {
          if (headline.length >= 4) expect(paragraph.startsWith(headline)).toBe(false);
        }
      }
    }
  });

  it('leaves no spaces between Chinese characters and no half-width punctuation in bodies and derived titles', () => {
    for (const article of built().articles) {
      // A printed headline keeps the space between its lines and phrases; everything else is closed up.
      const texts = article.headline === null ? [article.body, article.title] : [article.body];
      for (const text of texts) {
        expect(text).not.toMatch(
          /[\p{Script=Han}，。、；：！？“”（）《》] +[\p{Script=Han}，。、；：！？“”（）《》]/u,
        );
        expect(text).not.toMatch(/\p{Script=Han}[,;:?!()]|[,;:?!()]\p{Script=Han}/u);
      }
    }
  });
});
