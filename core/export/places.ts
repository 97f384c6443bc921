/**
 * Where a post sits, in CPED's three levels (province, city, county), read from the post's own organisation:
 * the paper's `市` is 吕梁市 and its `省` is 山西省 (titles are canonical, see docs/archive-format.md), a county
 * is one of the gazetteer's 13 named at the start of the title. Anything else (central bodies, universities,
 * other cities) gets no place rather than a guess.
 */
import { CITY, COUNTIES } from '../entities/gazetteer-data';

export const PROVINCE = '山西省';

export interface PostPlace {
  province: string;
  city: string;
  county: string;
}

const NONE: PostPlace = { province: '', city: '', county: '' };

/** Titles naming their city-level body without `市` first: 常务副市长, 副市长. */
const CITY_TITLES = /^(?:常务)?副?市长$/;

export function placeOfPost(role: { title: string; org?: string }): PostPlace {
  const printed = role.org && !role.title.startsWith(role.org) ? role.org : role.title;
  const county = COUNTIES.find((c) => printed.startsWith(c.name) || role.title.startsWith(c.name));
  if (county) return { province: PROVINCE, city: CITY.name, county: county.name };
  if (printed.startsWith('市') || CITY_TITLES.test(role.title))
    return { ...NONE, province: PROVINCE, city: CITY.name };
  if (printed.startsWith('省')) return { ...NONE, province: PROVINCE };
  return NONE;
}

/** The organisation with its place spelled out: 市委 → 吕梁市委, 省自然资源厅 → 山西省自然资源厅. */
export function organizationOfPost(role: { title: string; org?: string }): string {
  const org = role.org ?? '';
  if (org.startsWith('市')) return CITY.short + org;
  if (org.startsWith('省')) return '山西' + org;
  return org;
}
