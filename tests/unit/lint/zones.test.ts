/**
 * The lint zones (eslint.config.js) with the project's own configuration: a module planted in one context that
 * imports another context's code is an error; the same import of types only, or of shared code, is not.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ZONE_RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

beforeAll(() => {
  // The project's configuration, running only the zone rule (the cycle check would walk the whole import graph).
  eslint = new ESLint({ cwd: process.cwd(), ruleFilter: ({ ruleId }) => ruleId === ZONE_RULE });
});

/** The zone errors ESLint reports for `code` as if it were the file at `filePath`. */
async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ZONE_RULE).map((m) => m.message);
}

describe('lint zones', { timeout: 60_000 }, () => {
  it('refuses background code in a content-script module, by alias and by relative path', async () => {
    const byAlias = await zoneErrors(
      'lib/content/overlay/planted.ts',
      "import { openLensDB } from '@/lib/background/storage/db';\nexport const open = openLensDB;\n",
    );
    expect(byAlias).toHaveLength(1);
    expect(byAlias[0]).toContain('lib/background/');
    const relative = await zoneErrors(
      'lib/content/overlay/planted.ts',
      "import { openLensDB } from '../../background/storage/db';\nexport const open = openLensDB;\n",
    );
    expect(relative).toHaveLength(1);
  });

  it('refuses content-script code in the background, and in the background entrypoint', async () => {
    const code =
      "import { pageContext } from '@/lib/content/overlay/page-context-answer';\nexport const c = pageContext;\n";
    expect(await zoneErrors('lib/background/overlay/planted.ts', code)).toHaveLength(1);
    expect(await zoneErrors('entrypoints/background.ts', code)).toHaveLength(1);
  });

  it('refuses background code in extension pages and components, and anything zoned in shared code', async () => {
    const background =
      "import { openLensDB } from '@/lib/background/storage/db';\nexport const open = openLensDB;\n";
    expect(await zoneErrors('lib/pages/planted.ts', background)).toHaveLength(1);
    expect(await zoneErrors('components/popup/Planted.tsx', background)).toHaveLength(1);
    expect(await zoneErrors('lib/shared/planted.ts', background)).toHaveLength(1);
    const pages =
      "import { openPanelView } from '../pages/active-tab';\nexport const open = openPanelView;\n";
    expect(await zoneErrors('lib/shared/planted.ts', pages)).toHaveLength(1);
    expect(
      await zoneErrors(
        'components/card/Planted.tsx',
        "export { openPanelView } from '@/lib/pages/active-tab';\n",
      ),
    ).toHaveLength(1);
  });

  it('lets a zone import shared code, its own zone, and another zone’s types', async () => {
    const allowed = [
      "import { getSettings } from '@/lib/shared/settings';",
      "import { createScheduler } from './scheduler';",
      "import type { PageReport } from '@/lib/background/page/page-report-handlers';",
      "import { type OverlayData } from '@/lib/background/overlay/overlay-data';",
    ].join('\n');
    expect(await zoneErrors('lib/content/overlay/planted.ts', `${allowed}\nexport {};\n`)).toEqual([]);
  });

  it('lets the hover card use the content script’s overlay, and no other component', async () => {
    const overlay =
      "import { placeCard } from '@/lib/content/overlay/card-position';\nexport const p = placeCard;\n";
    expect(await zoneErrors('components/card/Planted.tsx', overlay)).toEqual([]);
    expect(await zoneErrors('components/panel/Planted.tsx', overlay)).toHaveLength(1);
  });
});
