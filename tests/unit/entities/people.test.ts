import { describe, expect, it } from 'vitest';
import { article, build, byId, people, person, role, titles } from './fixtures';

describe('people introduced by a post before the name', () => {
  it('gives the post as a role dated by the article', () => {
    const entities = build([
      article(
        'a1',
        '4月10日，全市脱贫攻坚问题整改工作推进会议召开。市委书记李正印出席并讲话。市长王立伟主持。',
      ),
    ]);
    const li = person(entities, '李正印');
    expect(li.roles).toEqual([
      {
        title: '市委书记',
        org: '市委',
        office: '书记',
        first: '2020-04-10',
        last: '2020-04-10',
        articles: ['a1'],
      },
    ]);
    expect(role(person(entities, '王立伟'), '市长').org).toBe('市政府');
    expect(li.articles).toEqual(['a1']);
    expect(li.occupation).toBe('official');
  });

  it('reads every name of a list after the post', () => {
    const entities = build([
      article(
        'a1',
        '市委常委、常务副市长李建国，副市长杨巨才、李安林、刘晋萍、任磊，市政府秘书长权威等参加。',
      ),
    ]);
    for (const name of ['杨巨才', '李安林', '刘晋萍', '任磊'])
      expect(titles(person(entities, name))).toEqual(new Set(['副市长']));
    expect(titles(person(entities, '权威'))).toEqual(new Set(['市政府秘书长']));
  });

  it('splits compound titles into posts', () => {
    const entities = build([
      article(
        'a1',
        '市政协党组书记张稳科主持会议。市委常委、市委秘书长、市委统战部部长、市政协党组副书记乔晓峰，市政协副主席李真、刘继隆、闫广聪、薛爱平、高永安、郝金光及秘书长杨成元参加会议。',
      ),
      article('a2', '市委常委、常务副市长李建国，副市长杨巨才参加。'),
    ]);
    expect(titles(person(entities, '乔晓峰'))).toEqual(
      new Set(['市委秘书长', '市委常委', '市委统战部部长', '市政协党组副书记']),
    );
    expect(titles(person(entities, '李建国'))).toEqual(new Set(['市委常委', '常务副市长']));
    expect(titles(person(entities, '张稳科'))).toEqual(new Set(['市政协党组书记']));
    for (const name of ['李真', '刘继隆', '闫广聪', '薛爱平', '高永安', '郝金光']) {
      expect(titles(person(entities, name))).toEqual(new Set(['市政协副主席']));
    }
    // 秘书长 printed alone takes the organisation of the titles before it in the sentence.
    expect(role(person(entities, '杨成元'), '市政协秘书长').org).toBe('市政协');
  });

  it('gives a chained bare post the organisation of the post before it', () => {
    const entities = build([
      article('a1', '8月10日，市政协党组暨三届六十八次主席会议召开，市政协党组书记、主席张稳科主持。'),
    ]);
    expect(titles(person(entities, '张稳科'))).toEqual(new Set(['市政协主席', '市政协党组书记']));
  });

  it('gives a bare post the organisation the article is about', () => {
    const entities = build([
      article(
        'b1',
        '4月10日，市第三届人大常委会第四十三次会议召开。市人大常委会党组书记刘振国出席会议。副主任孙晋军主持会议。副主任卫成印、郭卫民、刘凯，秘书长刘雁斌及委员35人出席会议，符合法定人数。\n副市长尉文龙，市中级人民法院院长杨泽民，市人民检察院检察长郭鸿及市监察委员会有关负责人等列席会议。',
      ),
    ]);
    expect(titles(person(entities, '刘振国'))).toEqual(new Set(['市人大常委会党组书记']));
    for (const name of ['孙晋军', '卫成印', '郭卫民', '刘凯']) {
      expect(person(entities, name).roles.map((r) => [r.title, r.org])).toEqual([
        ['市人大常委会副主任', '市人大常委会'],
      ]);
    }
    expect(titles(person(entities, '刘雁斌'))).toEqual(new Set(['市人大常委会秘书长']));
    expect(titles(person(entities, '杨泽民'))).toEqual(new Set(['市中级人民法院院长']));
    // 郭鸿及市监察委员会…: the name stops before 及.
    expect(titles(person(entities, '郭鸿'))).toEqual(new Set(['市人民检察院检察长']));
    expect(byId(entities, 'person:郭鸿及')).toBeUndefined();
  });

  it('keeps national leaders and provincial officials with their posts', () => {
    const entities = build([
      article(
        'b5',
        '中共中央总书记、国家主席、中央军委主席习近平近日就安全生产作出重要指示强调。中共中央政治局常委、国务院总理李克强作出批示指出。中共中央政治局委员、国务院安委会主任刘鹤，国务委员、国务院安委会副主任王勇、赵克志出席。',
      ),
      article('c1', '5月8日，省自然资源厅厅长周建春先后深入我市孝义、临县调研。', { date: '2020-05-08' }),
      article(
        'c2',
        '省委抓党建促基层治理能力提升专项行动第五督导组组长、省司法厅副厅长马慧健讲话。马慧健在讲话中指出，要按照省委林武书记的讲话要求。',
        { date: '2022-03-25' },
      ),
      article('c3', '学习贯彻落实省委楼阳生书记吕梁调研重要讲话精神。', { date: '2020-05-09' }),
    ]);
    expect(titles(person(entities, '习近平'))).toEqual(
      new Set(['中央军委主席', '中共中央总书记', '国家主席']),
    );
    expect(titles(person(entities, '李克强'))).toEqual(new Set(['中共中央政治局常委', '国务院总理']));
    expect(titles(person(entities, '刘鹤'))).toEqual(new Set(['中共中央政治局委员', '国务院安委会主任']));
    for (const name of ['王勇', '赵克志']) {
      expect(titles(person(entities, name))).toEqual(new Set(['国务委员', '国务院安委会副主任']));
    }
    expect(titles(person(entities, '周建春'))).toEqual(new Set(['省自然资源厅厅长']));
    expect(titles(person(entities, '马慧健'))).toEqual(
      new Set(['省司法厅副厅长', '省委抓党建促基层治理能力提升专项行动第五督导组组长']),
    );
    expect(titles(person(entities, '林武'))).toEqual(new Set(['省委书记']));
    expect(titles(person(entities, '楼阳生'))).toEqual(new Set(['省委书记']));
  });

  it('ends a name where the text shows it ends (张广勇在…, 张广勇作…)', () => {
    const entities = build([
      article(
        'a1',
        '8月18日，推进会召开。市长张广勇在吕梁分会场参加。副市长杨巨才、市政府秘书长权威等一同参加。',
      ),
      article('a2', '市长张广勇作具体安排。市领导任凯、任忠、乔晓峰、田安平、任磊、油晓峰、尉文龙出席。'),
    ]);
    expect(person(entities, '张广勇').articles).toEqual(['a1', 'a2']);
    expect(people(entities)).not.toContain('张广');
  });
});

describe('people introduced without a post', () => {
  it('records 市领导 lists as mentions and designations, never as posts', () => {
    const entities = build([
      article('a1', '市长、市疫情防控工作领导小组组长王立伟作具体安排。市领导乔晓峰、杨巨才、任磊出席会议。'),
    ]);
    for (const name of ['乔晓峰', '杨巨才', '任磊']) {
      const p = person(entities, name);
      expect(p.roles).toEqual([]);
      expect(p.designations).toEqual([
        { label: '市领导', first: '2020-04-10', last: '2020-04-10', articles: ['a1'] },
      ]);
      expect(p.articles).toEqual(['a1']);
    }
    expect(titles(person(entities, '王立伟'))).toEqual(new Set(['市疫情防控工作领导小组组长', '市长']));
  });

  it('finds a name followed by its act at the start of a clause', () => {
    const entities = build([
      article('a1', '王立伟强调，要坚决贯彻落实。\n李正印在讲话中指出，近年来我市深入学习贯彻。'),
      article('a2', '张稳科强调，全力打造一流创新生态。'),
    ]);
    expect(person(entities, '王立伟').articles).toEqual(['a1']);
    expect(person(entities, '李正印').articles).toEqual(['a1']);
    expect(person(entities, '张稳科').roles).toEqual([]);
  });

  it('reads a bare list of names before an act and an occupation before names', () => {
    const entities = build([
      article('a1', '市领导李建国、乔晓峰在主会场参会，赵沂、梁志勇、张建国在分会场参会。'),
      article('a2', '神舟十三号乘组航天员翟志刚、王亚平、叶光富相互配合进行授课。', { date: '2022-03-23' }),
      article('a3', '广大市民不仅可以向张叔平等革命烈士、先烈表达哀思。', { date: '2022-03-24' }),
    ]);
    expect(person(entities, '张叔平').articles).toEqual(['a3']);
    for (const name of ['赵沂', '梁志勇', '张建国']) expect(person(entities, name).articles).toEqual(['a1']);
    for (const name of ['翟志刚', '王亚平', '叶光富']) {
      expect(person(entities, name).articles).toEqual(['a2']);
      expect(person(entities, name).roles).toEqual([]);
    }
  });

  it('counts later bare mentions of a name established elsewhere', () => {
    const entities = build([
      article('a1', '8月10日，市委书记孙大军主持召开文明城市创建工作专题汇报会。'),
      article('a2', '会议以视频形式召开。孙大军充分肯定文明城市创建工作取得的阶段性成效。'),
      article('a3', '孙大军马慧健讲话 张广勇主持', { headline: '孙大军马慧健讲话 张广勇主持' }),
    ]);
    expect(person(entities, '孙大军').articles).toEqual(['a1', 'a2', 'a3']);
    expect(role(person(entities, '孙大军'), '市委书记').articles).toEqual(['a1']);
  });

  it('does not take ordinary words or place names for people', () => {
    const entities = build([
      article(
        'a1',
        '会议要求，全市各级要高度重视。严格要求干部。文水、汾阳、孝义在汛前完成分洪缓洪区规划设置工作。中国石油大学（北京）师生一行19人先后深入柳林、临县。',
      ),
    ]);
    expect(people(entities)).toEqual([]);
  });
});

describe('posts printed after the name', () => {
  it('joins 孙大军书记 to his full post and gives 张广勇市长 the post', () => {
    const entities = build([
      article('a1', '8月10日，市委书记孙大军主持召开文明城市创建工作专题汇报会。', {
        edition: '2021-08-11-p1',
        date: '2021-08-10',
      }),
      article('a2', '全局上下要重点深入学习孙大军书记两次闭幕会讲话精神和张广勇市长所作的政府工作报告。', {
        edition: '2022-03-26-p1',
        date: null,
      }),
    ]);
    expect(person(entities, '孙大军').roles).toEqual([
      {
        title: '市委书记',
        org: '市委',
        office: '书记',
        first: '2021-08-10',
        last: '2022-03-26',
        articles: ['a1', 'a2'],
      },
    ]);
    expect(role(person(entities, '张广勇'), '市长').first).toBe('2022-03-26');
  });

  it('keeps a name before a bare post as a mention only when no full post matches', () => {
    const entities = build([article('a1', '要深入学习孙大军书记讲话精神。')]);
    const sun = person(entities, '孙大军');
    expect(sun.articles).toEqual(['a1']);
    expect(sun.roles).toEqual([]);
  });

  it('reads an appointment (乔晓峰同志任市政协党组副书记)', () => {
    const entities = build([article('a1', '会上，宣布了市委关于乔晓峰同志任市政协党组副书记的决定。')]);
    expect(titles(person(entities, '乔晓峰'))).toEqual(new Set(['市政协党组副书记']));
  });

  it('gives 习近平总书记 the post he holds elsewhere in the archive', () => {
    const entities = build([
      article('a1', '中共中央总书记、国家主席、中央军委主席习近平近日作出重要指示。'),
      article('a2', '深入学习贯彻习近平总书记关于加强基层治理的重要论述。', { date: '2022-03-25' }),
    ]);
    expect(role(person(entities, '习近平'), '中共中央总书记').last).toBe('2022-03-25');
  });
});

describe('the 权威 trap', () => {
  const entities = build([
    article('a1', '市委常委、常务副市长李建国，副市长杨巨才、李安林、刘晋萍、任磊，市政府秘书长权威等参加。'),
    article(
      'a2',
      '要建设一支数量充足、本领过硬的执法队伍，确保城市管理权责明晰、执法规范、权威高效、保障有力。',
    ),
    article('a3', '权威表示，要严格落实。'),
  ]);

  it('is the secretary-general next to his post', () => {
    const quan = person(entities, '权威');
    expect(titles(quan)).toEqual(new Set(['市政府秘书长']));
    expect(quan.ambiguous).toBe(true);
  });

  it('is an adjective in 执法规范、权威高效 and is not counted there, nor without a post', () => {
    expect(person(entities, '权威').articles).toEqual(['a1']);
  });
});

describe('reporters and photographers', () => {
  it('are people, never officials', () => {
    const entities = build([
      article('a1', '市委书记李正印出席并讲话。\n图为会议现场。记者 王益炜 摄', {
        reporters: ['李雅萍'],
        photographers: ['王益炜'],
      }),
      article('a2', '市长王立伟主持。', { reporters: ['李雅萍', '罗丽'] }),
    ]);
    const li = person(entities, '李雅萍');
    expect(li.occupation).toBe('reporter');
    expect(li.roles).toEqual([]);
    expect(li.articles).toEqual(['a1', 'a2']);
    expect(li.bylines).toEqual(['a1', 'a2']);
    const wang = person(entities, '王益炜');
    expect(wang.occupation).toBe('photographer');
    expect(wang.roles).toEqual([]);
    expect(wang.designations).toBeUndefined();
  });

  it("who share an official's name are another person", () => {
    const entities = build([
      article('a1', '副主任卫成印、郭卫民、刘凯，秘书长刘雁斌出席会议。'),
      article('a2', '4月9日下午，医疗队结束休养。', { reporters: ['刘凯'] }),
    ]);
    expect(titles(person(entities, '刘凯'))).toEqual(new Set(['副主任']));
    expect(person(entities, '刘凯').articles).toEqual(['a1']);
    const reporter = byId(entities, 'person:刘凯#reporter');
    expect(reporter?.roles).toEqual([]);
    expect(reporter?.occupation).toBe('reporter');
    expect(reporter?.articles).toEqual(['a2']);
  });
});

describe('posts printed in other common forms', () => {
  it('completes a department printed without its parent from the chain before it', () => {
    const entities = build([
      article(
        'a1',
        '市委常委、组织部部长王建平，市委常委、纪委书记、市监委主任李学军，市委常委、政法委书记赵明出席。',
      ),
    ]);
    expect(titles(person(entities, '王建平'))).toEqual(new Set(['市委常委', '市委组织部部长']));
    expect(titles(person(entities, '李学军'))).toEqual(new Set(['市委常委', '市纪委书记', '市监委主任']));
    expect(titles(person(entities, '赵明'))).toEqual(new Set(['市委常委', '市委政法委书记']));
  });

  it('names the county of county posts', () => {
    const entities = build([
      article('a1', '孝义市长张明华，汾阳市委书记刘强出席。'),
      article('a2', '柳林县召开推进会。县委书记高建军、县长王涛出席。'),
    ]);
    expect(titles(person(entities, '张明华'))).toEqual(new Set(['孝义市市长']));
    expect(titles(person(entities, '刘强'))).toEqual(new Set(['汾阳市委书记']));
    expect(titles(person(entities, '高建军'))).toEqual(new Set(['柳林县委书记']));
    expect(titles(person(entities, '王涛'))).toEqual(new Set(['柳林县县长']));
  });

  it('reads appointments and elections, and acting posts', () => {
    const entities = build([
      article(
        'a1',
        '会议决定，任命张明华为市水利局局长。李强当选为市政协主席。市委副书记、代市长张广勇主持。',
      ),
    ]);
    expect(titles(person(entities, '张明华'))).toEqual(new Set(['市水利局局长']));
    expect(titles(person(entities, '李强'))).toEqual(new Set(['市政协主席']));
    expect(titles(person(entities, '张广勇'))).toEqual(new Set(['市委副书记', '代市长']));
  });

  it('does not take forms of address or set phrases for names', () => {
    const entities = build([
      article(
        'a1',
        '毛主席说，张老师说，王先生说，李某说。常言说得好。郑重宣布，殷切希望，严格要求，明确提出。商场等人流密集场所、高龄老人。',
      ),
    ]);
    expect(people(entities)).toEqual([]);
  });
});
