import { DEFAULT_CANTEEN_POLICY as policy } from './canteen-policy';
import { DISCOUNT_GROUP_CODES, type DiscountGroup } from './discount-groups';
import { applyRate, priceForDiner, type GroupClaimFacts } from './pricing';

const LUNCH = 1200; // 12.00 元 set price
const MEAL_DATE = '2026-12-03';

/** A diner born `age` years before the meal's date (birthday long past). */
const bornAged = (age: number) => `${2026 - age}-01-15`;
const verified = (group: DiscountGroup, expiresOn = '2027-06-30'): GroupClaimFacts => ({ group, status: 'verified', expiresOn });
const price = (birthDate: string, claims: GroupClaimFacts[] = [], basePrice = LUNCH, mealDate = MEAL_DATE) => priceForDiner({ basePrice, mealDate, diner: { birthDate, claims }, policy });

describe('90岁以上老人免费供餐，60岁至80岁老人、退役军人、低保户、残疾人收费打折，对农民工、学生、保洁员、出租车司机等群体也有一定优惠', () => {
  it.each([
    { who: 'a 94-year-old eats free', age: 94, price: 0, rule: 'age_90_plus', label: '90岁以上免费' },
    { who: 'a diner of exactly 90 eats free', age: 90, price: 0, rule: 'age_90_plus', label: '90岁以上免费' },
    { who: 'an 89-year-old pays the senior rate, never more than a 70-year-old', age: 89, price: 960, rule: 'senior', label: '60岁以上老人八折' },
    { who: 'an 81-year-old (the article is silent on 81–89) pays the senior rate', age: 81, price: 960, rule: 'senior', label: '60岁以上老人八折' },
    { who: 'a 70-year-old pays 80 %', age: 70, price: 960, rule: 'senior', label: '60岁以上老人八折' },
    { who: 'a diner of exactly 60 pays 80 %', age: 60, price: 960, rule: 'senior', label: '60岁以上老人八折' },
    { who: 'a 59-year-old pays the full price', age: 59, price: 1200, rule: 'full', label: '原价' },
    { who: 'a 30-year-old pays the full price', age: 30, price: 1200, rule: 'full', label: '原价' },
  ])('$who', ({ age, price: expected, rule, label }) => {
    expect(price(bornAged(age))).toEqual({ basePrice: LUNCH, price: expected, rule: { code: rule, label }, group: null });
  });

  it.each([
    { group: 'veteran', price: 960, rule: 'veteran', label: '退役军人八折' },
    { group: 'dibao', price: 960, rule: 'dibao', label: '低保户八折' },
    { group: 'disabled', price: 960, rule: 'disabled', label: '残疾人八折' },
    { group: 'migrant_worker', price: 1080, rule: 'worker', label: '农民工九折' },
    { group: 'student', price: 1080, rule: 'worker', label: '学生九折' },
    { group: 'cleaner', price: 1080, rule: 'worker', label: '保洁员九折' },
    { group: 'taxi_driver', price: 1080, rule: 'worker', label: '出租车司机九折' },
  ] as const)('a verified $group of 40 pays $price fen ($label)', ({ group, price: expected, rule, label }) => {
    expect(price(bornAged(40), [verified(group)])).toMatchObject({ price: expected, rule: { code: rule, label }, group });
  });

  it('counts age on the meal’s date: free from the 90th birthday, not the day before', () => {
    expect(price('1936-12-03', [], LUNCH, '2026-12-02').rule.code).toBe('senior');
    expect(price('1936-12-03', [], LUNCH, '2026-12-03')).toMatchObject({ price: 0, rule: { code: 'age_90_plus' } });
    expect(price('1966-12-04', [], LUNCH, '2026-12-03').rule.code).toBe('full');
    expect(price('1966-12-04', [], LUNCH, '2026-12-04').rule.code).toBe('senior');
  });

  describe('groups never stack: the single lowest price', () => {
    it('a 70-year-old veteran pays 80 % once, not 80 % of 80 %', () => {
      expect(price(bornAged(70), [verified('veteran')]).price).toBe(960);
    });

    it('names the age rule on a tie, since it needs no document', () => {
      expect(price(bornAged(70), [verified('veteran')]).rule).toEqual({ code: 'senior', label: '60岁以上老人八折' });
    });

    it('a student who is also on 低保 pays the 低保 price (80 % beats 90 %)', () => {
      expect(price(bornAged(19), [verified('student'), verified('dibao')])).toMatchObject({ price: 960, rule: { code: 'dibao' } });
    });

    it('a 92-year-old veteran eats free', () => {
      expect(price(bornAged(92), [verified('veteran')])).toMatchObject({ price: 0, rule: { code: 'age_90_plus' }, group: null });
    });

    it('takes whichever group is cheaper when a county sets the working groups below the others', () => {
      const cheaperWorkers = { ...policy, rates: { ...policy.rates, worker: 70 } };
      const quote = priceForDiner({ basePrice: LUNCH, mealDate: MEAL_DATE, diner: { birthDate: bornAged(65), claims: [verified('cleaner')] }, policy: cheaperWorkers });
      expect(quote).toMatchObject({ price: 840, rule: { code: 'worker', label: '保洁员七折' } });
    });
  });

  describe('a group counts only once verified, and only until it expires', () => {
    it.each([
      { state: 'pending', claim: { group: 'veteran', status: 'pending', expiresOn: null } },
      { state: 'rejected', claim: { group: 'veteran', status: 'rejected', expiresOn: null } },
      { state: 'expired', claim: { group: 'veteran', status: 'expired', expiresOn: '2026-11-30' } },
      { state: 'verified but ending the day before the meal', claim: { group: 'veteran', status: 'verified', expiresOn: '2026-12-02' } },
    ] as const)('a $state claim gives no discount', ({ claim }) => {
      expect(price(bornAged(40), [claim])).toMatchObject({ price: 1200, rule: { code: 'full' }, group: null });
    });

    it('a verification holds on its expiry date itself', () => {
      expect(price(bornAged(40), [verified('veteran', MEAL_DATE)]).price).toBe(960);
    });
  });

  it('rounds to whole fen, half up', () => {
    expect(applyRate(1050, 85)).toBe(893); // 892.5
    expect(applyRate(1050, 80)).toBe(840);
    expect(applyRate(1, 50)).toBe(1); // 0.5
    expect(applyRate(1, 40)).toBe(0); // 0.4
    expect(price(bornAged(40), [verified('student')], 1005).price).toBe(905); // 904.5
  });

  it('follows the configured rates and ages, in numbers and in words', () => {
    const county = { ...policy, freeAge: 85, seniorAge: 65, rates: { ...policy.rates, senior: 85 } };
    const quote = (age: number) => priceForDiner({ basePrice: LUNCH, mealDate: MEAL_DATE, diner: { birthDate: bornAged(age), claims: [] }, policy: county });
    expect(quote(86)).toMatchObject({ price: 0, rule: { label: '85岁以上免费' } });
    expect(quote(70)).toMatchObject({ price: 1020, rule: { label: '65岁以上老人八五折' } });
    expect(quote(64).rule.code).toBe('full');
  });

  it('charges nothing, and says 原价, for a meal the canteen gives away', () => {
    expect(price(bornAged(70), [], 0)).toMatchObject({ price: 0, rule: { code: 'full', label: '原价' } });
  });
});

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  return { int, pick };
}

describe('property: over generated diners', () => {
  const SEED = 20261203;
  const STATUSES = ['pending', 'verified', 'rejected', 'expired'] as const;

  it('the price never rises with age, and is never above the full price nor below 0', () => {
    const g = generator(SEED);
    for (let run = 0; run < 2000; run += 1) {
      const basePrice = g.int(0, 5000);
      const mealDate = `2026-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`;
      const claims: GroupClaimFacts[] = Array.from({ length: g.int(0, 3) }, () => ({
        group: g.pick(DISCOUNT_GROUP_CODES),
        status: g.pick(STATUSES),
        expiresOn: g.int(0, 3) === 0 ? null : `${g.int(2025, 2028)}-06-30`,
      }));
      const county = {
        ...policy,
        freeAge: g.int(70, 100),
        seniorAge: g.int(50, 75),
        rates: { senior: g.int(0, 100), veteran: g.int(0, 100), dibao: g.int(0, 100), disabled: g.int(0, 100), worker: g.int(0, 100) },
      };
      // The same person at every age from 0 to 110 on the meal's date, claims unchanged.
      let previous = Infinity;
      for (let age = 0; age <= 110; age += 1) {
        const birthDate = `${Number(mealDate.slice(0, 4)) - age}${mealDate.slice(4)}`;
        const { price: paid, rule } = priceForDiner({ basePrice, mealDate, diner: { birthDate, claims }, policy: county });
        const context = JSON.stringify({ seed: SEED, run, age, basePrice, mealDate, claims, county: { ...county.rates, freeAge: county.freeAge, seniorAge: county.seniorAge } });
        if (!(paid <= previous && paid <= basePrice && paid >= 0 && Number.isInteger(paid))) throw new Error(`price ${paid} (${rule.code}) breaks the property: ${context}`);
        previous = paid;
      }
    }
  });
});
