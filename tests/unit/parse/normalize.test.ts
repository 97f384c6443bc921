import { describe, expect, it } from 'vitest';
import {
  isLetterSpaced,
  joinWrappedLines,
  normalizeBodyText,
  normalizeHeadlineLine,
  removeSpacesAroundChinese,
  toFullWidthPunctuation,
} from '../../../core/parse/normalize';

describe('normalizeBodyText', () => {
  it.each([
    ['打 造 民 心 工 程 ， 缓 解 入 园 难 题 。', '打造民心工程，缓解入园难题。'],
    ['5月 9日，', '5月9日，'],
    ['4 月 6 日，吕梁第一批', '4月6日，吕梁第一批'],
    ['投资 6.35 亿元', '投资6.35亿元'],
    ['贫困发生率由 19.2%降至', '贫困发生率由19.2%降至'],
    ['完成率 103 %；', '完成率103%；'],
    ['仙桃 、天门', '仙桃、天门'],
    ['南城一幼 （原高家沟幼儿园）', '南城一幼（原高家沟幼儿园）'],
    ['确保 《意见》 有', '确保《意见》有'],
    ['“转移”至手机 APP 上', '“转移”至手机APP上'],
  ])('%s → %s', (input, output) => {
    expect(normalizeBodyText(input)).toBe(output);
  });

  it('keeps one space between Latin words and between separate numbers', () => {
    expect(normalizeBodyText('Lüliang  Daily 报道')).toBe('Lüliang Daily报道');
    expect(normalizeBodyText('编号 2021 0815 的')).toBe('编号2021 0815的');
  });

  it('turns ideographic and non-breaking spaces into nothing between Chinese characters', () => {
    expect(normalizeBodyText('吕\u3000梁\u00a0市')).toBe('吕梁市');
  });
});

describe('toFullWidthPunctuation', () => {
  it('maps half-width punctuation in Chinese text to full width', () => {
    expect(toFullWidthPunctuation('本报讯(记者 李雅萍)8月10日,市委书记')).toBe(
      '本报讯（记者 李雅萍）8月10日，市委书记',
    );
    expect(toFullWidthPunctuation('即:2021年;问题?好!')).toBe('即：2021年；问题？好！');
    expect(toFullWidthPunctuation('各县(市、区)也')).toBe('各县（市、区）也');
    // Angle brackets nesting a title stay as printed.
    expect(toFullWidthPunctuation('《关于贯彻落实<中共山西省委的实施方案>的责任分解》')).toBe(
      '《关于贯彻落实<中共山西省委的实施方案>的责任分解》',
    );
  });

  it('leaves numbers and Latin text alone', () => {
    expect(toFullWidthPunctuation('1,000 and 10:30, x<5')).toBe('1,000 and 10:30, x<5');
    expect(toFullWidthPunctuation('完成70%,征收完成98.4%')).toBe('完成70%，征收完成98.4%');
    expect(toFullWidthPunctuation('ECO (Eco) test')).toBe('ECO (Eco) test');
    expect(toFullWidthPunctuation('增长6.35')).toBe('增长6.35');
  });
});

describe('removeSpacesAroundChinese', () => {
  it('removes spaces next to Chinese and collapses the others', () => {
    expect(removeSpacesAroundChinese(' 市 委  5G   network 书记 ')).toBe('市委5G network书记');
  });
});

describe('joinWrappedLines', () => {
  it('joins lines without a separator, even inside words and numbers', () => {
    expect(joinWrappedLines(['据了解，此次行动从 5月份开始，7', '月份结束'])).toBe(
      '据了解，此次行动从 5月份开始，7月份结束',
    );
    expect(joinWrappedLines(['人人奉', '献”的浓厚'])).toBe('人人奉献”的浓厚');
  });

  it('puts a space between two Latin words split by the line end', () => {
    expect(joinWrappedLines(['the Lüliang', 'Daily'])).toBe('the Lüliang Daily');
  });
});

describe('headline lines', () => {
  it('closes up letter-spaced lines', () => {
    expect(isLetterSpaced('切 实 维 护 人 民 群 众 生 命 财 产 安 全')).toBe(true);
    expect(normalizeHeadlineLine('切 实 维 护 人 民 群 众 生 命 财 产 安 全')).toBe(
      '切实维护人民群众生命财产安全',
    );
  });

  it('keeps one space between the phrases of a headline', () => {
    expect(isLetterSpaced('树牢安全发展理念 加强安全生产监管')).toBe(false);
    expect(normalizeHeadlineLine('树牢安全发展理念  加强安全生产监管')).toBe(
      '树牢安全发展理念 加强安全生产监管',
    );
    expect(normalizeHeadlineLine('李正印讲话 王立伟主持 张广勇出席')).toBe(
      '李正印讲话 王立伟主持 张广勇出席',
    );
    expect(normalizeHeadlineLine('市政协召开党组(扩大)会议')).toBe('市政协召开党组（扩大）会议');
  });
});

describe('normalising twice changes nothing', () => {
  it('widens brackets that a removed space has put next to a Chinese character', () => {
    const once = normalizeBodyText('()  吕');
    expect(once).toBe('（）吕');
    expect(normalizeBodyText(once)).toBe(once);
  });
});
