/**
 * The groups the article names for a canteen discount beside age (90岁以上老人免费供餐，
 * 60岁至80岁老人、退役军人、低保户、残疾人收费打折，对农民工、学生、保洁员、出租车司机等群体
 * 也有一定优惠). Unlike age, a group needs canteen staff to see the document, and it expires.
 * The four working groups share one pricing rule, `worker`.
 */
export const DISCOUNT_GROUPS = {
  veteran: { label: '退役军人', rule: 'veteran', document: '退役军人优待证或退役证' },
  dibao: { label: '低保户', rule: 'dibao', document: '低保证' },
  disabled: { label: '残疾人', rule: 'disabled', document: '残疾人证' },
  migrant_worker: { label: '农民工', rule: 'worker', document: '务工证明或劳动合同' },
  student: { label: '学生', rule: 'worker', document: '学生证' },
  cleaner: { label: '保洁员', rule: 'worker', document: '工作证或单位证明' },
  taxi_driver: { label: '出租车司机', rule: 'worker', document: '出租汽车驾驶员从业资格证' },
} as const;

export type DiscountGroup = keyof typeof DISCOUNT_GROUPS;

export const DISCOUNT_GROUP_CODES = Object.keys(DISCOUNT_GROUPS) as DiscountGroup[];

export const isDiscountGroup = (value: string): value is DiscountGroup => Object.prototype.hasOwnProperty.call(DISCOUNT_GROUPS, value);

/** The pricing rules a diner's price comes from, most generous first (the order breaks ties). */
export const RULE_CODES = ['age_90_plus', 'senior', 'veteran', 'dibao', 'disabled', 'worker', 'full'] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** The rules a verified group can give (age rules come from the birth date). */
export type GroupRule = (typeof DISCOUNT_GROUPS)[DiscountGroup]['rule'];

export const groupLabel = (group: DiscountGroup) => DISCOUNT_GROUPS[group].label;
export const groupRule = (group: DiscountGroup): GroupRule => DISCOUNT_GROUPS[group].rule;
