/**
 * Stored pinyin (toned syllables apart, `sūn dà jūn`) as English texts print a name: `Sūn Dàjūn`. Needs no
 * pinyin library, so the hover card's data can carry it without one.
 */
import { surnameOf } from '../entities/surnames';

/** The first letter upper-cased (`"xiāng` → `"Xiāng`). */
export const capital = (s: string): string => s.replace(/\p{L}/u, (c) => c.toUpperCase());

/**
 * Toned syllables (`sūn dà jūn`, as the archive stores them) → `Sūn Dàjūn` for a person (surname apart,
 * given name joined), `Lǚliángshì` for anything else. Empty input gives ''.
 */
export function displayPinyin(syllables: string, name: string, isPerson: boolean): string {
  const parts = syllables.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  if (!isPerson) return capital(parts.join(''));
  const surname = surnameOf(name)?.length ?? 1;
  const head = capital(parts.slice(0, surname).join(''));
  const rest = parts.slice(surname).join('');
  return rest ? `${head} ${capital(rest)}` : head;
}
