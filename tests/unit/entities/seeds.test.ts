/**
 * The entity layer on the real archive: the five seed pages parsed by buildArchive. Expectations are the
 * officials and posts read by hand from each page, plus the gold file's officials and false mention.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../../core/archive';
import type { EntityRecord } from '../../../core/entities/index';
import type { Archive, Article } from '../../../core/types';

const ROOT = join(__dirname, '..', '..', '..');

interface ManifestEntry {
  file: string;
  date: string;
  page: number;
}

interface Gold {
  officials: { name: string; roles: string[] }[];
  false_mentions: { file: string; text: string; name: string }[];
}

let archive: Archive;
let entities: EntityRecord[];

beforeAll(() => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as {
    editions: ManifestEntry[];
  };
  const pages = manifest.editions.map((e) => ({
    ...e,
    text: readFileSync(join(ROOT, 'seeds', e.file), 'utf8'),
  }));
  archive = buildArchive(pages).archive;
  entities = archive.entities as EntityRecord[];
});

function pageArticles(prefix: string): Article[] {
  const edition = archive.editions.find((e) => e.file.startsWith(prefix));
  if (!edition) throw new Error(`no edition ${prefix}`);
  return archive.articles.filter((a) => a.edition === edition.id);
}

function personNamed(name: string): EntityRecord {
  const found = entities.find((e) => e.id === `person:${name}`);
  if (!found) throw new Error(`no person ${name}`);
  return found;
}

/** The titles `name` holds in articles of the page. */
function postsOnPage(name: string, prefix: string): Set<string> {
  const ids = new Set(pageArticles(prefix).map((a) => a.id));
  return new Set(
    personNamed(name)
      .roles.filter((r) => r.articles.some((id) => ids.has(id)))
      .map((r) => r.title),
  );
}

/** Officials and posts read by hand from each page. */
const HAND_LIST: Record<string, Record<string, string[]>> = {
  '000': {
    李正印: ['市委书记', '市疫情防控工作领导小组组长'],
    王立伟: ['市长', '市疫情防控工作领导小组组长'],
    楼阳生: ['省委书记'],
    周建春: ['省自然资源厅厅长'],
    刘晋萍: ['副市长'],
    权威: ['市政府秘书长'],
  },
  '001': {
    刘振国: ['市人大常委会党组书记'],
    孙晋军: ['市人大常委会副主任'],
    卫成印: ['市人大常委会副主任'],
    郭卫民: ['市人大常委会副主任'],
    刘凯: ['市人大常委会副主任'],
    刘雁斌: ['市人大常委会秘书长'],
    尉文龙: ['副市长'],
    杨泽民: ['市中级人民法院院长'],
    郭鸿: ['市人民检察院检察长'],
    张稳科: ['市政协党组书记'],
    乔晓峰: ['市委常委', '市委秘书长', '市委统战部部长', '市政协党组副书记'],
    李真: ['市政协副主席'],
    刘继隆: ['市政协副主席'],
    闫广聪: ['市政协副主席'],
    薛爱平: ['市政协副主席'],
    高永安: ['市政协副主席'],
    郝金光: ['市政协副主席'],
    杨成元: ['市政协秘书长'],
    李正印: ['市委书记'],
    王立伟: ['市长'],
    张广勇: ['市委副书记'],
    李建国: ['市委常委', '常务副市长'],
    杨巨才: ['副市长'],
    李安林: ['副市长'],
    刘晋萍: ['副市长'],
    任磊: ['副市长'],
    权威: ['市政府秘书长'],
    习近平: ['中共中央总书记', '国家主席', '中央军委主席'],
    李克强: ['中共中央政治局常委', '国务院总理'],
    刘鹤: ['中共中央政治局委员', '国务院安委会主任'],
    王勇: ['国务委员', '国务院安委会副主任'],
    赵克志: ['国务委员', '国务院安委会副主任'],
  },
  '002': {
    李丽平: ['中国石油大学（北京）党委宣传部常务副部长'],
    孙大军: ['市委书记'],
    张广勇: ['市长'],
    杨巨才: ['副市长'],
    权威: ['市政府秘书长'],
  },
  '003': {
    孙大军: ['市委书记'],
    张广勇: ['市长'],
    任凯: ['市委副书记'],
    张稳科: ['市政协党组书记', '市政协主席'],
    李真: ['市政协副主席'],
    刘继隆: ['市政协副主席'],
    闫广聪: ['市政协副主席'],
    薛爱平: ['市政协副主席'],
    高永安: ['市政协副主席'],
    郝金光: ['市政协副主席'],
    王阳平: ['市政协副主席'],
    白荣欣: ['市政协一级巡视员'],
    杨成元: ['市政协秘书长'],
    习近平: ['中共中央总书记'],
  },
  '004': {
    孙大军: ['市委书记'],
    张广勇: ['市委副书记', '市长'],
    马慧健: ['省委抓党建促基层治理能力提升专项行动第五督导组组长', '省司法厅副厅长'],
    林武: ['省委书记'],
    杨巨才: ['副市长'],
    油晓峰: ['副市长'],
    刘建红: ['市委宣传部农村文明创建科科长'],
    习近平: ['中共中央总书记'],
  },
};

/** People each page lists under 市领导, or names without a post (mentions only). */
const LISTED: Record<string, string[]> = {
  '000': ['乔晓峰', '杨巨才', '任磊', '王漂亮'],
  '001': ['李建国', '乔晓峰', '张欣宁', '杨巨才', '尉文龙', '刘晋萍', '任磊', '赵沂', '梁志勇', '张建国'],
  '002': ['刘志丹', '贺昌'],
  '003': ['任凯', '任忠', '乔晓峰', '田安平', '任磊', '油晓峰', '尉文龙'],
  '004': [
    '刘晋萍',
    '张欣宁',
    '高奇英',
    '刘世庆',
    '杨巨才',
    '任磊',
    '油晓峰',
    '刘晓春',
    '贾镇安',
    '翟志刚',
    '王亚平',
    '叶光富',
    '张叔平',
  ],
};

describe('entities of the seed archive', () => {
  it('give every gold official the gold post', () => {
    const gold = JSON.parse(
      readFileSync(join(ROOT, 'tests', 'fixtures', 'sample-gold.json'), 'utf8'),
    ) as Gold;
    for (const official of gold.officials) {
      const titles = personNamed(official.name).roles.map((r) => r.title);
      expect(titles, official.name).toEqual(expect.arrayContaining(official.roles));
    }
  });

  for (const [page, officials] of Object.entries(HAND_LIST)) {
    it(`find every official of page ${page} with every post the page gives`, () => {
      for (const [name, posts] of Object.entries(officials)) {
        expect(postsOnPage(name, page), `${name} on ${page}`).toEqual(new Set(posts));
      }
    });
  }

  for (const [page, names] of Object.entries(LISTED)) {
    it(`find every listed person of page ${page}`, () => {
      const ids = new Set(pageArticles(page).map((a) => a.id));
      for (const name of names) {
        expect(
          personNamed(name).articles.some((id) => ids.has(id)),
          `${name} on ${page}`,
        ).toBe(true);
      }
    });
  }

  it('make no reporter or photographer an official', () => {
    const bylined = new Set(archive.articles.flatMap((a) => [...a.reporters, ...a.photographers]));
    expect(bylined.size).toBeGreaterThan(15);
    for (const name of bylined) {
      for (const entity of entities.filter((e) => e.kind === 'person' && e.name === name)) {
        expect(entity.roles, name).toEqual([]);
        expect(entity.designations, name).toBeUndefined();
        expect(['reporter', 'photographer']).toContain(entity.occupation);
      }
    }
  });

  it('record no false mention', () => {
    const gold = JSON.parse(
      readFileSync(join(ROOT, 'tests', 'fixtures', 'sample-gold.json'), 'utf8'),
    ) as Gold;
    for (const trap of gold.false_mentions) {
      const prefix = trap.file.slice(0, 3);
      const where = pageArticles(prefix).filter((a) => a.body.replace(/\s+/g, '').includes(trap.text));
      expect(where.length).toBe(1);
      expect(personNamed(trap.name).articles).not.toContain(where[0]!.id);
    }
  });

  it('find no person that is not in the hand lists or a byline', () => {
    const expected = new Set([
      ...Object.values(HAND_LIST).flatMap((o) => Object.keys(o)),
      ...Object.values(LISTED).flat(),
      ...archive.articles.flatMap((a) => [...a.reporters, ...a.photographers]),
    ]);
    const found = entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(found.filter((name) => !expected.has(name))).toEqual([]);
  });

  it('read the places, organisations and topics of the pages', () => {
    const ids = new Set(entities.filter((e) => e.articles.length > 0).map((e) => e.id));
    for (const id of [
      'place:吕梁市',
      'place:孝义市',
      'place:临县三交镇',
      'place:柳林县三交镇',
      'place:四兴村',
      'place:成家镇',
      'place:南辛安村',
      'organization:市人大常委会',
      'organization:市政协',
      'organization:市委办公室',
      'organization:市乡村振兴局',
      'organization:市水利局',
      'organization:市委宣传部',
      'organization:市民政局',
      'organization:市中级人民法院',
      'organization:市人民检察院',
      'topic:脱贫攻坚',
      'topic:文明城市创建',
      'topic:国家森林城市',
      'topic:移风易俗',
      'topic:党史学习教育',
      'topic:我为群众办实事',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
