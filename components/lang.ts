/** The UI's language: the browser's (any zh-* → Chinese); everything else reads English. */
export type Lang = 'zh' | 'en';

export function detectLang(language: string | undefined = globalThis.navigator?.language): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
