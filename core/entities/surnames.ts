/**
 * Chinese surnames, for judging whether a run of characters can be a person's name.
 *
 * COMMON surnames may open a name wherever the grammar allows one (王立伟强调, lists such as 赵沂、梁志勇).
 * RARE surnames are real but rare, or double as everyday characters (强, 时, 师, 向, 原, 习); a name opening with
 * one is accepted only where a post or a 市领导-style designation vouches for it (市领导…油晓峰).
 * Characters that are mostly function words (和, 第, 同, 国, 党, 区) are left out on purpose.
 */

const COMMON = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任',
  ...'沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴',
  ...'莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚舒阮柯纪梅童凌',
  ...'毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴鲍华喻祁房滕屈饶解艾尤穆卓吉车项连娄窦戚岑景宫费卜冷席',
  ...'卫米柏宗桂全佟应臧闵苟边卞姬仇栾隋商荣郎甄仲虞巩明池查苑迟鞠惠荆乐冀郁南班栗燕楚蔺楼权尉郜弓',
];

const RARE = [
  ...'覃蒙蒲牟缪简芦麦褚晏瞿邬刁沙巫寇桑丛敖佘麻邝官封谈匡胥储鄢劳谌奚皮粟冼盘满闻位厉伊仝阚花帅屠豆朴',
  ...'盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况',
  ...'宿鲜印逯隆茹诸战慕危玉银嵇哈湛宾戎勾茅利於呼居揭冶斯元束檀衣信展阴昝智幸奉植衡富尧由油亢强时师向原习',
];

/** Two-character surnames; 东方/西门/百里 are left out because they are far more often ordinary words. */
const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '澹台',
  '申屠',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '呼延',
  '赫连',
  '万俟',
  '钟离',
  '濮阳',
];

const COMMON_SET = new Set(COMMON);
const RARE_SET = new Set(RARE);
const COMPOUND_SET = new Set(COMPOUND);

export interface SurnameMatch {
  /** Length of the surname in characters (1 or 2). */
  length: 1 | 2;
  /** Whether the surname is common enough to open a name without a post vouching for it. */
  common: boolean;
}

/** The surname opening `name`, if any (compound surnames first). */
export function surnameOf(name: string): SurnameMatch | null {
  if (name.length >= 3 && COMPOUND_SET.has(name.slice(0, 2))) return { length: 2, common: true };
  const first = name[0];
  if (first === undefined) return null;
  if (COMMON_SET.has(first)) return { length: 1, common: true };
  if (RARE_SET.has(first)) return { length: 1, common: false };
  return null;
}

/** Whether `ch` can open a name at all (for quick rejection while scanning). */
export function canOpenName(ch: string | undefined): boolean {
  return ch !== undefined && (COMMON_SET.has(ch) || RARE_SET.has(ch));
}

/** Whether a compound surname starts at `start`. */
export function compoundSurnameAt(text: string, start: number): boolean {
  return COMPOUND_SET.has(text.slice(start, start + 2));
}
