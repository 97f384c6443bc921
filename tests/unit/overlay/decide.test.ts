import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMatcherData,
  createMatcher,
  decideHighlights,
  entriesFromEntities,
  type PageMatch,
} from '@/core/match';
import type { EntityRecord } from '@/core/entities/types';
import { decidePage, decideSteps } from '@/lib/content/overlay/decide';
import { fixtureArchive } from './fixture';

const extra: EntityRecord[] = [
  {
    id: 'person:任凯',
    kind: 'person',
    name: '任凯',
    aliases: [],
    roles: [{ title: '副书记', org: '市委', first: '2021-08-10', last: '2021-08-10', articles: [] }],
    articles: [],
    needsPost: true,
  },
  { id: 'person:王伟', kind: 'person', name: '王伟', aliases: [], roles: [], articles: [] },
  { id: 'topic:乡村振兴', kind: 'topic', name: '乡村振兴', aliases: [], roles: [], articles: [] },
  { id: 'place:北京', kind: 'place', name: '北京', aliases: [], roles: [], articles: [] },
];
const entries = createMatcher(
  buildMatcherData(entriesFromEntities([...(fixtureArchive().entities as EntityRecord[]), ...extra])),
).entries;
const people = entries.flatMap((e, i) => (e.kind === 'person' ? [i] : []));

/** What precedes a name: nothing, a post of one of the people, a common title, a list comma, spaces. */
const BEFORE = [
  '',
  '，',
  '市委书记',
  '市政府秘书长',
  '秘书长',
  '书记',
  '副书记',
  '主任',
  '、',
  '书记、',
  '专家的',
  '\u3000',
  ' 、 ',
];

const match = fc.record({
  gap: fc.integer({ min: 0, max: 3 }),
  entry: fc.integer({ min: 0, max: entries.length - 1 }),
  homonym: fc.option(fc.constantFrom(...people), { freq: 6 }),
  before: fc.constantFrom(...BEFORE),
  length: fc.integer({ min: 2, max: 4 }),
});

function page(
  specs: { gap: number; entry: number; homonym: number | null; before: string; length: number }[],
) {
  let at = 0;
  return specs.map((s): PageMatch => {
    const start = at + s.gap;
    at = start + s.length;
    const m: PageMatch = { start, end: at, entryIndex: s.entry, before: s.before };
    if (s.homonym !== null && s.homonym !== s.entry) m.homonyms = [s.entry, s.homonym];
    return m;
  });
}

function reference(matches: PageMatch[]) {
  const d = decideHighlights(entries, matches);
  const chosen = new Array<number>(matches.length).fill(-1);
  for (const e of d.entities) for (const i of e.matches) chosen[i] = e.entryIndex;
  return { relevant: d.relevant, chosen, ids: d.entities.map((e) => e.id) };
}

describe('decidePage', () => {
  it('agrees with deciding every mention, on random pages', () => {
    fc.assert(
      fc.property(fc.array(match, { maxLength: 60 }), (specs) => {
        const matches = page(specs);
        const got = decidePage(entries, matches);
        expect({ relevant: got.relevant, chosen: [...got.chosen], ids: got.ids }).toEqual(reference(matches));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on pages full of name lists (市领导任凯、权威、…), where a name takes its post from the one before', () => {
    const named = [
      'person:孙大军',
      'person:张广勇',
      'person:王伟',
      'person:权威',
      'person:任凯',
      'place:吕梁市',
    ].map((id) => entries.findIndex((e) => e.id === id));
    const listed = fc.record({
      gap: fc.integer({ min: 1, max: 2 }),
      entry: fc.constantFrom(...named),
      homonym: fc.constant(null),
      before: fc.constantFrom('、', '市委书记', '秘书长', '书记', '，', '市政府秘书长、', '副书记'),
      length: fc.constantFrom(2, 3),
    });
    fc.assert(
      fc.property(fc.array(listed, { maxLength: 40 }), (specs) => {
        const matches = page(specs);
        const got = decidePage(entries, matches);
        expect({ relevant: got.relevant, chosen: [...got.chosen], ids: got.ids }).toEqual(reference(matches));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves out generic words (市委) without changing the decision, even where one shares a name', () => {
    const generic = entries.findIndex((e) => e.id === 'organization:市委');
    const mixed = fc.record({
      gap: fc.integer({ min: 0, max: 2 }),
      entry: fc.oneof(fc.constant(generic), fc.integer({ min: 0, max: entries.length - 1 })),
      homonym: fc.option(fc.constantFrom(...people), { freq: 8 }),
      before: fc.constantFrom(...BEFORE),
      length: fc.integer({ min: 2, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 50 }), (specs) => {
        const matches = page(specs);
        const got = decidePage(entries, matches);
        expect({ relevant: got.relevant, chosen: [...got.chosen], ids: got.ids }).toEqual(reference(matches));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees when matches come in any order', () => {
    fc.assert(
      fc.property(fc.array(match, { maxLength: 40 }), fc.integer(), (specs, seed) => {
        const matches = page(specs);
        const shuffled = [...matches].sort(
          (a, b) => ((a.start * 7919 + seed) % 13) - ((b.start * 7919 + seed) % 13),
        );
        const got = decidePage(entries, shuffled);
        expect({ relevant: got.relevant, chosen: [...got.chosen], ids: got.ids }).toEqual(
          reference(shuffled),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('decides a long page through a handful of first mentions', () => {
    const lvliang = entries.findIndex((e) => e.id === 'place:吕梁市');
    const sun = entries.findIndex((e) => e.id === 'person:孙大军');
    const matches: PageMatch[] = [];
    for (let i = 0; i < 20_000; i++) {
      const entryIndex = i % 2 ? lvliang : sun;
      matches.push({ start: i * 10, end: i * 10 + 3, entryIndex, before: i % 4 === 1 ? '市委书记' : '会议' });
    }
    const got = decidePage(entries, matches);
    expect(got.relevant).toBe(true);
    expect([...got.chosen].every((c, i) => c === matches[i]!.entryIndex)).toBe(true);
    // How long this takes on a 1 MB page is the benchmark's to say (bench-scan), not a timed test's.

    // Stepwise, the same work pauses every few thousand mentions and ends with the same decision.
    const steps = decideSteps(entries, matches);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(20_000 / 2000);
    expect(step.value).toEqual(got);
  });
});
