import { monthDay } from '../date-wording';
import type { CanteenPolicy } from './canteen-policy';
import { DISCOUNT_GROUPS, groupLabel, type DiscountGroup, type RuleCode } from './discount-groups';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A percentage of the price as a Chinese shop says it: 80 → 八折, 85 → 八五折, 0 → 免费, 100 → 原价. */
export function discountWord(percent: number): string {
  if (percent <= 0) return '免费';
  if (percent >= 100) return '原价';
  const tens = Math.floor(percent / 10);
  const ones = percent % 10;
  return ones === 0 ? `${DIGITS[tens]}折` : `${DIGITS[tens]}${DIGITS[ones]}折`;
}

type RulePolicy = Pick<CanteenPolicy, 'freeAge' | 'seniorAge' | 'rates'>;

/**
 * The canteen's rules in words, built from the configured numbers: a county that changes
 * a rate or an age never leaves an old number in a sentence.
 */
export const canteenSentences = {
  /** Why a diner pays what they pay: "90岁以上免费", "60岁以上老人八折", "学生九折", "原价". */
  rule(code: RuleCode, policy: RulePolicy, group?: DiscountGroup): string {
    switch (code) {
      case 'age_90_plus':
        return `${policy.freeAge}岁以上免费`;
      case 'senior':
        return `${policy.seniorAge}岁以上老人${discountWord(policy.rates.senior)}`;
      case 'veteran':
      case 'dibao':
      case 'disabled':
        return `${DISCOUNT_GROUPS[code].label}${discountWord(policy.rates[code])}`;
      case 'worker':
        return `${group ? groupLabel(group) : '农民工、学生、保洁员、出租车司机'}${discountWord(policy.rates.worker)}`;
      case 'full':
        return '原价';
    }
  },

  /** Every rule a canteen posts at its window, most generous first. */
  pricingRules(policy: RulePolicy): string[] {
    return [
      canteenSentences.rule('age_90_plus', policy),
      canteenSentences.rule('senior', policy),
      `退役军人、低保户、残疾人${discountWord(policy.rates.veteran)}`,
      `农民工、学生、保洁员、出租车司机${discountWord(policy.rates.worker)}`,
      '优惠不叠加，按最低价收费；身份优惠须到食堂核验证件',
    ].filter((line, index, all) => all.indexOf(line) === index);
  },

  /** When ordering and cancelling close: "用餐前一天20:00前报餐，截止前可取消". */
  cutoff(policy: Pick<CanteenPolicy, 'orderCutoffDaysBefore' | 'orderCutoffTime'>): string {
    const day = policy.orderCutoffDaysBefore === 0 ? '用餐当天' : policy.orderCutoffDaysBefore === 1 ? '用餐前一天' : `用餐前${policy.orderCutoffDaysBefore}天`;
    return `${day}${policy.orderCutoffTime}前报餐，截止前可取消`;
  },

  /** The moment an order for one meal closes, as a notice says it: "12月2日20:00". */
  closesAt(cutoffDate: string, policy: Pick<CanteenPolicy, 'orderCutoffTime'>): string {
    return `${monthDay(cutoffDate)}${policy.orderCutoffTime}`;
  },

  /** What a member does after claiming a group. */
  verifyAtCounter(group: DiscountGroup, policy: Pick<CanteenPolicy, 'rates'>): string {
    const { label, document, rule } = DISCOUNT_GROUPS[group];
    return `请携带${document}到食堂窗口核验，核验通过后${label}用餐${discountWord(policy.rates[rule])}`;
  },

  circle(policy: Pick<CanteenPolicy, 'circleMinutes'>): string {
    return policy.circleMinutes === 15 ? '一刻钟内' : `步行${policy.circleMinutes}分钟内`;
  },
};
