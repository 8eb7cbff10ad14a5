/**
 * Answers of the canteen function as its contract describes them (src/domain/canteen/contract.ts),
 * for component tests. The host's calendar stands at 2026-11-29 (a Sunday); orders for 11月30日
 * close at 11月29日 20:00 China time (12:00 UTC). Each test copies and changes what it needs.
 */
import type {
  CanteensAnswer,
  CanteenSummary,
  GroupClaim,
  MenuAnswer,
  MenuMeal,
  OrderCountsAnswer,
  OrderView,
  PendingClaim,
} from '../../src/domain/canteen/contract';
import { member } from './clinic-answers';

export const canteenManager = { id: 'u-5', displayName: '永胜街道社区食堂', roles: [{ role: 'canteen_manager' as const, scope: 'cn-yongsheng' }] };

export const MENU_DATES = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];

export const mother = member();
export const son = member({ id: 'm-self', name: '代建国', relation: 'self', relationLabel: '本人', idNumberMasked: '2203**********1010', sex: 'M', age: 71 });
export const familyAnswer = { members: [son, mother], maxMembers: 10 };

const THREE_MEALS = [
  { meal: 'breakfast' as const, from: '06:30', to: '08:00' },
  { meal: 'lunch' as const, from: '11:00', to: '12:30' },
  { meal: 'dinner' as const, from: '16:30', to: '18:00' },
];

export function canteen(over: Partial<CanteenSummary> = {}): CanteenSummary {
  return {
    id: 'cn-yongsheng',
    name: '永胜街道社区食堂',
    address: '伊通镇永胜街道',
    phone: '0434-4212345',
    lat: 43.3449,
    lng: 125.3052,
    walkMinutes: null,
    distanceMetres: null,
    withinCircle: false,
    meals: THREE_MEALS,
    ...over,
  };
}

export const village = canteen({ id: 'cn-moliqing', name: '莫里青乡助老餐厅', address: '莫里青乡', phone: '0434-4200000', lat: 43.188, lng: 125.063, meals: [THREE_MEALS[1]] });

export function canteensAnswer(over: Partial<CanteensAnswer> = {}): CanteensAnswer {
  return {
    canteens: [canteen(), village],
    origin: null,
    circleMinutes: 15,
    circleLabel: '一刻钟内',
    pricingRules: ['90岁以上免费', '60岁以上老人八折', '退役军人、低保户、残疾人八折', '农民工、学生、保洁员、出租车司机九折', '优惠不叠加，按最低价收费；身份优惠须到食堂核验证件'],
    cutoffRule: '用餐前一天20:00前报餐，截止前可取消',
    menuDates: MENU_DATES,
    publishDates: [...MENU_DATES, '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'],
    ...over,
  };
}

export const communitiesAnswer = {
  communities: [
    { id: 'cm-yucai', name: '育才小区', lat: 43.341, lng: 125.301 },
    { id: 'cm-zaishui', name: '在水一方', lat: 43.35, lng: 125.31 },
  ],
};

export function menuMeal(over: Partial<MenuMeal> = {}): MenuMeal {
  return {
    menuId: 'menu-lunch',
    meal: 'lunch',
    mealLabel: '午餐',
    from: '11:00',
    to: '12:30',
    price: 1200,
    dishes: [
      { name: '小鸡炖蘑菇', category: '荤', tags: ['软烂'], allergens: [] },
      { name: '地三鲜', category: '素', tags: ['低盐'], allergens: ['大豆'] },
      { name: '大米饭', category: '主食', tags: [], allergens: [] },
    ],
    capacity: 150,
    remaining: 150,
    orderBy: '2026-11-29T12:00:00.000Z',
    orderable: true,
    ...over,
  };
}

export function menuAnswer(over: Partial<MenuAnswer> = {}): MenuAnswer {
  return { canteenId: 'cn-yongsheng', canteenName: '永胜街道社区食堂', date: '2026-11-30', meals: [menuMeal()], servedMeals: THREE_MEALS, ...over };
}

export function orderView(over: Partial<OrderView> = {}): OrderView {
  return {
    id: 'ord-1',
    status: 'ordered',
    statusLabel: '已报餐',
    canteenId: 'cn-yongsheng',
    canteenName: '永胜街道社区食堂',
    canteenAddress: '伊通镇永胜街道',
    canteenPhone: '0434-4212345',
    date: '2026-11-30',
    meal: 'lunch',
    mealLabel: '午餐',
    from: '11:00',
    to: '12:30',
    memberId: 'm-mother',
    memberName: '代玉贤',
    basePrice: 1200,
    price: 0,
    rule: { code: 'age_90_plus', label: '90岁以上免费' },
    ruleLabel: '90岁以上免费',
    orderBy: '2026-11-29T12:00:00.000Z',
    cancelBy: '2026-11-29T12:00:00.000Z',
    canCancel: true,
    upcoming: true,
    createdAt: '2026-11-29T02:00:00.000Z',
    ...over,
  };
}

export function groupClaim(over: Partial<GroupClaim & { memberName: string }> = {}): GroupClaim & { memberName: string } {
  return {
    id: 'clm-1',
    memberId: 'm-self',
    memberName: '代建国',
    group: 'veteran',
    groupLabel: '退役军人',
    status: 'pending',
    statusLabel: '待核验',
    statusTone: 'progress',
    expiresOn: null,
    reason: null,
    nextStep: '请携带退役军人优待证或退役证到食堂窗口核验，核验通过后退役军人用餐八折',
    ...over,
  };
}

export function pendingClaim(over: Partial<PendingClaim> = {}): PendingClaim {
  return {
    id: 'clm_demo_taxi',
    memberName: '李向东',
    idNumberMasked: '2203**********2036',
    age: 46,
    sex: 'M',
    group: 'taxi_driver',
    groupLabel: '出租车司机',
    document: '出租汽车驾驶员从业资格证',
    status: 'pending',
    statusLabel: '待核验',
    canteenId: 'cn-yongsheng',
    expiresOn: null,
    reason: null,
    createdAt: '2026-11-29T02:00:00.000Z',
    ...over,
  };
}

const noRules = { age_90_plus: 0, senior: 0, veteran: 0, dibao: 0, disabled: 0, worker: 0, full: 0 };

export function orderCounts(over: Partial<OrderCountsAnswer> = {}): OrderCountsAnswer {
  return {
    canteenId: 'cn-yongsheng',
    date: '2026-11-29',
    meals: [
      { meal: 'breakfast', mealLabel: '早餐', published: false, capacity: 0, ordered: 0, remaining: 0, byRule: noRules, takings: 0, dishes: [] },
      {
        meal: 'lunch',
        mealLabel: '午餐',
        published: true,
        capacity: 150,
        ordered: 6,
        remaining: 144,
        byRule: { ...noRules, age_90_plus: 2, senior: 2, veteran: 1, full: 1 },
        takings: 960 * 3 + 1200,
        dishes: menuMeal().dishes,
      },
    ],
    ...over,
  };
}
