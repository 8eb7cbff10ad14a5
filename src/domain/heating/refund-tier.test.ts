import { DEFAULT_HEATING_POLICY as policy } from './heating-policy';
import { refundTier } from './refund-tier';

describe('the reference refund tier for a measured temperature', () => {
  it.each([
    { celsius: 22, percent: null },
    { celsius: 18, percent: null },
    { celsius: 17.9, percent: 30 },
    { celsius: 16, percent: 30 },
    { celsius: 15.9, percent: 60 },
    { celsius: 14, percent: 60 },
    { celsius: 13.9, percent: 100 },
    { celsius: 8, percent: 100 },
    { celsius: -2, percent: 100 },
  ])('measured $celsius ℃ → $percent %', ({ celsius, percent }) => {
    expect(refundTier(celsius, policy)?.percent ?? null).toBe(percent);
  });

  it('has none before the crew has measured', () => {
    expect(refundTier(null, policy)).toBeNull();
  });

  it('reads 0.1 ℃ steps exactly (16.0 is in 16–18, though 0.1 sums drift in binary)', () => {
    expect(refundTier(15.9 + 0.1, policy)?.percent).toBe(30);
  });

  it('follows configured tiers in any order', () => {
    const tiers = [{ belowCelsius: 15, percent: 50 }, { belowCelsius: 18, percent: 20 }];
    expect(refundTier(16, { refundTiers: tiers })).toEqual({ percent: 20, belowCelsius: 18 });
    expect(refundTier(12, { refundTiers: tiers })).toEqual({ percent: 50, belowCelsius: 15 });
  });
});
