import { ageOn } from '../resident-id';
import type { CanteenPolicy } from './canteen-policy';
import { DISCOUNT_GROUP_CODES, groupRule, RULE_CODES, type DiscountGroup, type RuleCode } from './discount-groups';
import type { ClaimStatus } from './claim-workflow';
import { canteenSentences } from './policy-sentences';

/** A group a person has claimed, as the pricing sees it. */
export interface GroupClaimFacts {
  group: DiscountGroup;
  status: ClaimStatus;
  /** Last day the verification holds (China date, inclusive); null until verified. */
  expiresOn: string | null;
}

export interface Diner {
  /** The verified birth date (from the ID number). */
  birthDate: string;
  claims: GroupClaimFacts[];
}

export interface DinerPrice {
  basePrice: number;
  price: number;
  rule: { code: RuleCode; label: string };
  /** The verified group that gave the price, when a group did. */
  group: DiscountGroup | null;
}

type PricingPolicy = Pick<CanteenPolicy, 'freeAge' | 'seniorAge' | 'rates'>;

/** `percent` % of a price in fen, rounded half up (1050 × 85 % = 892.5 → 893). */
export const applyRate = (fen: number, percent: number) => Math.floor((fen * percent + 50) / 100);

/** A group counts only once staff verified it, and only through its expiry date, on the meal's date. */
export const claimAppliesOn = (claim: GroupClaimFacts, mealDate: string) => claim.status === 'verified' && claim.expiresOn !== null && mealDate <= claim.expiresOn;

/**
 * What one diner pays for a meal with this set price on this date. Age counts on the
 * meal's date: from 90 free, from 60 the senior rate; a verified group its rate; otherwise
 * the full price. Groups never stack: the diner pays the single lowest price, the most
 * generous rule naming it on a tie. When nothing is cheaper than the full price, the rule
 * is `full`.
 */
export function priceForDiner({ basePrice, mealDate, diner, policy }: { basePrice: number; mealDate: string; diner: Diner; policy: PricingPolicy }): DinerPrice {
  const age = ageOn(diner.birthDate, mealDate);
  const candidates: Array<{ code: RuleCode; price: number; group: DiscountGroup | null }> = [];
  if (age >= policy.freeAge) candidates.push({ code: 'age_90_plus', price: 0, group: null });
  if (age >= policy.seniorAge) candidates.push({ code: 'senior', price: applyRate(basePrice, policy.rates.senior), group: null });
  for (const group of DISCOUNT_GROUP_CODES) {
    if (!diner.claims.some((c) => c.group === group && claimAppliesOn(c, mealDate))) continue;
    const code = groupRule(group);
    candidates.push({ code, price: applyRate(basePrice, policy.rates[code]), group });
  }
  const rank = (code: RuleCode) => RULE_CODES.indexOf(code);
  const best = candidates.filter((c) => c.price < basePrice || c.code === 'age_90_plus').sort((a, b) => a.price - b.price || rank(a.code) - rank(b.code))[0];
  const chosen = best ?? { code: 'full' as const, price: basePrice, group: null };
  return { basePrice, price: chosen.price, rule: { code: chosen.code, label: canteenSentences.rule(chosen.code, policy, chosen.group ?? undefined) }, group: chosen.group };
}
