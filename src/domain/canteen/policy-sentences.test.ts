import { DEFAULT_CANTEEN_POLICY as policy } from './canteen-policy';
import { canteenSentences, discountWord } from './policy-sentences';

describe('canteen policy sentences', () => {
  it.each([
    { percent: 80, word: '八折' },
    { percent: 90, word: '九折' },
    { percent: 85, word: '八五折' },
    { percent: 95, word: '九五折' },
    { percent: 0, word: '免费' },
    { percent: 100, word: '原价' },
  ])('says $percent % as $word', ({ percent, word }) => {
    expect(discountWord(percent)).toBe(word);
  });

  it('post the default rules as the canteen window does', () => {
    expect(canteenSentences.pricingRules(policy)).toEqual([
      '90岁以上免费',
      '60岁以上老人八折',
      '退役军人、低保户、残疾人八折',
      '农民工、学生、保洁员、出租车司机九折',
      '优惠不叠加，按最低价收费；身份优惠须到食堂核验证件',
    ]);
  });

  it('follow the configured numbers, never the defaults', () => {
    const county = { ...policy, freeAge: 85, seniorAge: 65, rates: { ...policy.rates, senior: 70 }, orderCutoffDaysBefore: 0, orderCutoffTime: '09:00' };
    expect(canteenSentences.rule('age_90_plus', county)).toBe('85岁以上免费');
    expect(canteenSentences.rule('senior', county)).toBe('65岁以上老人七折');
    expect(canteenSentences.cutoff(county)).toBe('用餐当天09:00前报餐，截止前可取消');
  });

  it('word the cutoff and the counter check', () => {
    expect(canteenSentences.cutoff(policy)).toBe('用餐前一天20:00前报餐，截止前可取消');
    expect(canteenSentences.closesAt('2026-12-02', policy)).toBe('12月2日20:00');
    expect(canteenSentences.verifyAtCounter('veteran', policy)).toBe('请携带退役军人优待证或退役证到食堂窗口核验，核验通过后退役军人用餐八折');
  });
});
