import type { HeatingPolicy } from './heating-policy';

export interface RefundTierView {
  /** Share of that month's heating fee, %. */
  percent: number;
  /** The tier applies below this temperature. */
  belowCelsius: number;
}

/**
 * The reference refund for a measured temperature (domain.md §2, configurable): by default
 * 16–18 ℃ 30 %, 14–16 ℃ 60 %, below 14 ℃ 100 % of that month's fee. A tier's lower bound
 * belongs to it (16.0 ℃ is in 16–18); at the standard (18 ℃) or above there is none.
 */
export function refundTier(measuredCelsius: number | null, policy: Pick<HeatingPolicy, 'refundTiers'>): RefundTierView | null {
  if (measuredCelsius === null) return null;
  const tenths = Math.round(measuredCelsius * 10);
  let found: RefundTierView | null = null;
  for (const tier of policy.refundTiers) {
    if (tenths < Math.round(tier.belowCelsius * 10) && (!found || tier.belowCelsius < found.belowCelsius)) {
      found = { percent: tier.percent, belowCelsius: tier.belowCelsius };
    }
  }
  return found;
}
