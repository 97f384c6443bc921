/**
 * A small hand-made archive built from sentences of the seed front pages (001, 003, 004), with entities linked by
 * hand. Big enough to exercise ranking, filters and related articles; small enough to read.
 */
import type { Archive, Article, Entity } from '@/core/types';

function article(
  id: string,
  edition: string,
  headline: string | null,
  body: string,
  extra: Partial<Article> = {},
): Article {
  return {
    id,
    edition,
    kind: 'news',
    headline,
    title: headline ?? body.slice(0, 20),
    reporters: [],
    photographers: [],
    source: '本报',
    date: null,
    body,
    continued: null,
    ...extra,
  };
}

function entity(
  id: string,
  kind: Entity['kind'],
  name: string,
  articles: string[],
  extra: Partial<Entity> = {},
): Entity {
  return { id, kind, name, aliases: [], roles: [], articles, ...extra };
}

export const articles: Article[] = [
  article(
    'a1',
    'e2020',
    '市第三届人大常委会第四十三次会议召开',
    '4月10日，市第三届人大常委会第四十三次会议召开。市人大常委会党组书记刘振国出席会议。副主任孙晋军主持会议。秘书长刘雁斌及委员35人出席会议，符合法定人数。\n会议审议并通过《吕梁市人大常委会关于举行吕梁市第三届人民代表大会第七次会议的决定（草案）》。',
    { reporters: ['刘小宇'], date: '2020-04-10' },
  ),
  article(
    'a2',
    'e2020',
    '我市34名支援湖北医疗队员结束休养',
    '4月9日下午，吕梁市第二批支援湖北医护人员解除集中医学观察休整。至此，我市34名支援湖北医护人员全部结束休整，平安回家。\n新冠肺炎疫情发生以来，我市先后分两批共派出34名医护人员紧急驰援湖北。',
    { reporters: ['刘小宇'], date: '2020-04-09' },
  ),
  article(
    'a3',
    'e2020',
    '市政协召开党组（扩大）会议',
    '4月10日，市政协召开党组（扩大）会议暨三届四十九次主席会议。市政协党组书记张稳科主持会议。\n张稳科强调，全力打造一流创新生态是全省科学技术大会的主题。全市各级政协组织和广大政协委员要准确把握我省、我市科技创新发展大势。',
    { reporters: ['阮兴时'], date: '2020-04-10' },
  ),
  article(
    'a4',
    'e2020',
    '全市脱贫攻坚问题整改工作推进会议召开',
    '4月10日，全市脱贫攻坚问题整改工作推进会议召开。市委书记李正印出席并讲话。市长王立伟主持。市委副书记张广勇在主会场参会。\n截至去年底，全市10个贫困县全部摘帽退出，累计减贫58万人，贫困发生率由19.2%降至0.18%，脱贫攻坚取得决定性胜利。',
    { reporters: ['李雅萍'], date: '2020-04-10' },
  ),
  article(
    'a5',
    'e2021',
    '孙大军主持召开文明城市创建工作专题汇报会',
    '8月10日，市委书记孙大军主持召开文明城市创建工作专题汇报会。市长张广勇作具体安排。\n会上，市委副书记任凯汇报文明城市创建工作总体推进情况。创建指挥部各指挥长、市直有关单位和离石区主要负责同志分别汇报创建工作推进情况。\n老城区要大力实施“两下两进两拆两补”工程，加快城中村和老旧小区改造。',
    { reporters: ['李雅萍'], date: '2021-08-10' },
  ),
  article(
    'a6',
    'e2021',
    '市政协党组暨三届六十八次主席会议召开',
    '8月10日，市政协党组暨三届六十八次主席会议召开，市政协党组书记、主席张稳科主持。会议集中学习了《新征程面对面》的部分内容，研究讨论了《关于授权主席会议对违纪违法政协委员及时作出处理的决定》。',
    { reporters: ['王卫斌'], date: '2021-08-10' },
  ),
  article(
    'a7',
    'e2021',
    '情系民生聚民心',
    '以党史学习教育牵引民生项目加快推进。今年以来，柳林县把群众满意度作为评判党史学习教育成效的重要标尺。\n以党史学习教育牵引明清风历史文化街区改造等一批民生项目加快推进；牵引常态化疫情防控，认真做好新冠疫苗“应接尽接”相关工作，全县共设立22个接种点，截至目前，已完成疫苗接种232520剂次。',
    { kind: 'feature', reporters: ['穆佳妮'] },
  ),
  article(
    'a8',
    'e2021',
    null,
    '“以史为鉴，可以知兴替。”我们要深刻领会学好党史对推动工作的重要意义，进一步拓展党史学习教育内涵，推动党史学习教育取得扎扎实实成效。\n全市要继续扎实推进党史学习教育。',
    { kind: 'commentary', source: null },
  ),
  article(
    'a9',
    'e2021',
    '我市全力创建国家森林城市',
    '我市自启动“创森”工作以来，把创建国家森林城市作为生态文明建设的重要内容，按照《国家森林城市评价指标》要求，努力建设生态宜居新吕梁。\n全市创建文明城市启动大会后，我市“创森”工作进行了专题研究。',
    { reporters: ['冯凯治', '王贾'] },
  ),
  article(
    'a10',
    'e2022',
    '全市抓党建促基层治理能力提升动员暨培训会议召开',
    '3月25日，全市抓党建促基层治理能力提升动员暨培训会议召开。市委书记孙大军出席会议并讲话。市委副书记、市长张广勇主持会议。\n孙大军指出，基层治理是国家治理的基石，基层党组织是巩固党的执政基础的地基。',
    { reporters: ['李雅萍'], date: '2022-03-25' },
  ),
];

export const entities: Entity[] = [
  entity('p-sundajun', 'person', '孙大军', ['a5', 'a10'], {
    roles: [{ title: '市委书记', first: '2021-08-10', last: '2022-03-25', articles: ['a5', 'a10'] }],
  }),
  entity('p-zhangguangyong', 'person', '张广勇', ['a4', 'a5', 'a10'], {
    roles: [
      { title: '市委副书记', first: '2020-04-10', last: '2020-04-10', articles: ['a4'] },
      { title: '市长', first: '2021-08-10', last: '2022-03-25', articles: ['a5', 'a10'] },
    ],
  }),
  entity('p-zhangwenke', 'person', '张稳科', ['a3', 'a6']),
  entity('p-lizhengyin', 'person', '李正印', ['a4']),
  entity('p-renkai', 'person', '任凯', ['a5']),
  entity('o-zhengxie', 'organization', '市政协', ['a3', 'a6'], { aliases: ['政协吕梁市委员会'] }),
  entity('t-wenming', 'topic', '文明城市创建', ['a5', 'a9']),
  entity('t-dangshi', 'topic', '党史学习教育', ['a7', 'a8']),
  entity('l-liulin', 'place', '柳林县', ['a7'], { aliases: ['柳林'] }),
  entity('l-lishi', 'place', '离石区', ['a5']),
];

export const archive: Archive = {
  schemaVersion: 1,
  editions: [
    { id: 'e2020', file: '001_86a28d471024988d.txt', date: '2020-04-11', page: 1 },
    { id: 'e2021', file: '003_db375bca74bf85d3.txt', date: '2021-08-11', page: 1 },
    { id: 'e2022', file: '004_27d3af81a534c271.txt', date: '2022-03-26', page: 1 },
  ],
  articles,
  entities,
};
