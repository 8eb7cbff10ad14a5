import { MEALS, type Meal } from '../../../src/domain/canteen/meals';

/**
 * The county's places as named in the source article and domain.md. Coordinates are
 * approximate (town centre ± a few hundred metres) until the canteens confirm theirs.
 */
/**
 * Phones, coordinates and rooms are placeholders near the town centre until each hospital
 * confirms its own; the payment note says what every county hospital does today.
 */
const PAYMENT_NOTE = '就诊当天到院后在门诊收费处或自助机缴费（支持医保卡、微信、支付宝）；三日内同一疾病复诊免挂号费、诊察费，无需缴纳。';

export const HOSPITALS = [
  {
    id: 'h-first',
    name: '伊通满族自治县第一人民医院',
    shortName: '县第一人民医院',
    phone: '0434-4222120',
    paymentNote: PAYMENT_NOTE,
    campuses: [
      { id: 'c-first-old', name: '老院区', address: '伊通镇中央路', latitude: 43.3452, longitude: 125.3068 },
      { id: 'c-first-new', name: '新院区', address: '伊通镇新城区（异地迁址新院）', latitude: 43.3511, longitude: 125.3187 },
    ],
  },
  {
    id: 'h-ethnic',
    name: '伊通满族自治县民族医院',
    shortName: '县民族医院',
    phone: '0434-4223456',
    paymentNote: PAYMENT_NOTE,
    campuses: [{ id: 'c-ethnic-main', name: '院本部', address: '伊通镇', latitude: 43.3427, longitude: 125.3015 }],
  },
] as const;

/** What a patient brings on the day of the visit. */
export const VISIT_BRING = ['本人身份证或医保电子凭证', '既往病历、检查报告（如有）'];

/** Departments named in the article, plus 普通内科 and 普通外科. */
export const DEPARTMENTS = [
  { slug: 'cardiology', name: '心血管内科', location: '门诊楼二层 内科诊区' },
  { slug: 'endocrinology', name: '内分泌科', location: '门诊楼二层 内科诊区' },
  { slug: 'rehabilitation', name: '康复医学科', location: '门诊楼一层 东侧' },
  { slug: 'ultrasound', name: '超声科(彩超)', location: '医技楼一层 超声室' },
  { slug: 'pediatrics', name: '儿科', location: '门诊楼一层 儿科诊区' },
  { slug: 'imaging', name: '影像科(CT)', location: '医技楼一层 CT室' },
  { slug: 'neurology', name: '神经内科', location: '门诊楼二层 内科诊区' },
  { slug: 'orthopedics', name: '骨科', location: '门诊楼三层 外科诊区' },
  { slug: 'obstetrics', name: '妇产科', location: '门诊楼三层 妇产科诊区' },
  { slug: 'dermatology', name: '皮肤科', location: '门诊楼三层 西侧' },
  { slug: 'electrodiagnosis', name: '电诊科', location: '医技楼二层 心电图室' },
  { slug: 'internal', name: '普通内科', location: '门诊楼二层 内科诊区' },
  { slug: 'surgery', name: '普通外科', location: '门诊楼三层 外科诊区' },
] as const;

/**
 * 温暖供热's places. The article names 华大电厂新城营业部, the 农行站, 果品站 and 财政站
 * (upgraded), 在水一方二站, and the station built in 2023 east of 实验中学 where it meets
 * 宝捷精品 for the end of 在水一方二站's network; and the communities whose networks were
 * rebuilt or lit. Which station serves which community, the buildings and units, and the
 * service line are placeholders until the company confirms its own.
 */
export const HEATING_COMPANIES = [{ id: 'hc-huada', name: '华大电厂新城营业部', phone: '0434-4216110' }] as const;

export const HEAT_STATIONS = [
  { id: 'hs-nonghang', companyId: 'hc-huada', name: '农行站' },
  { id: 'hs-guopin', companyId: 'hc-huada', name: '果品站' },
  { id: 'hs-caizheng', companyId: 'hc-huada', name: '财政站' },
  { id: 'hs-zaishui-2', companyId: 'hc-huada', name: '在水一方二站' },
  // Built in 2023 for the end of 在水一方二站's network (article).
  { id: 'hs-shiyan', companyId: 'hc-huada', name: '实验中学站' },
] as const;

/** Each community with its station, its buildings (1号楼…N号楼) and the units (单元) per building. */
export const COMMUNITIES = [
  { id: 'cm-changqing', name: '长青小区', stationId: 'hs-nonghang', buildings: 12, units: 3 },
  { id: 'cm-tianxin', name: '天馨花园', stationId: 'hs-nonghang', buildings: 8, units: 2 },
  { id: 'cm-shengyi', name: '圣一富苑', stationId: 'hs-guopin', buildings: 6, units: 3 },
  { id: 'cm-yangguang', name: '阳光花园', stationId: 'hs-guopin', buildings: 10, units: 2 },
  { id: 'cm-jinxiu', name: '锦绣花园', stationId: 'hs-caizheng', buildings: 9, units: 3 },
  { id: 'cm-baojie-jingpin', name: '宝捷精品', stationId: 'hs-shiyan', buildings: 7, units: 2 },
  { id: 'cm-oulu', name: '欧陆印象', stationId: 'hs-caizheng', buildings: 11, units: 3 },
  { id: 'cm-zaishui', name: '在水一方', stationId: 'hs-zaishui-2', buildings: 14, units: 2 },
  { id: 'cm-baojie-jinzuo', name: '宝捷金座', stationId: 'hs-zaishui-2', buildings: 5, units: 2 },
  { id: 'cm-shengyu', name: '盛宇华庭', stationId: 'hs-caizheng', buildings: 8, units: 3 },
  { id: 'cm-jindu', name: '金都盛世', stationId: 'hs-nonghang', buildings: 10, units: 3 },
  { id: 'cm-yucai', name: '育才小区', stationId: 'hs-guopin', buildings: 6, units: 1 },
  { id: 'cm-shiyan-jiashu', name: '实验中学家属楼', stationId: 'hs-shiyan', buildings: 3, units: 2 },
] as const;

const TOWN_CANTEENS: ReadonlyArray<readonly [string, string, number, number]> = [
  ['cn-yitong-1', '伊通镇东风社区', 43.3470, 125.3120],
  ['cn-yitong-2', '伊通镇建村', 43.3395, 125.2985],
  ['cn-yitong-3', '伊通镇南山社区', 43.3402, 125.3066],
  ['cn-yingchengzi', '营城子镇', 43.4231, 125.1860],
  ['cn-xiaogushan', '小孤山镇', 43.2750, 125.2110],
  ['cn-yidan', '伊丹镇', 43.2170, 125.1540],
  ['cn-maanshan', '马鞍山镇', 43.4510, 125.4090],
  ['cn-jingtai', '景台镇', 43.5080, 125.3300],
  ['cn-dagushan', '大孤山镇', 43.3010, 125.4520],
  ['cn-moliqing', '莫里青乡', 43.1880, 125.0630],
  ['cn-xinxing', '新兴乡', 43.2530, 125.3610],
  ['cn-xiwei', '西苇镇', 43.3750, 125.1540],
  ['cn-erdao', '二道镇', 43.1570, 125.2560],
  ['cn-heyuan', '河源镇', 43.2200, 125.4200],
  ['cn-huanglingzi', '黄岭子镇', 43.4040, 125.4960],
  ['cn-banshi', '板石镇', 43.5310, 125.2200],
  ['cn-kaoshan', '靠山镇', 43.4610, 125.1060],
];

export interface CanteenMealHours {
  meal: Meal;
  from: string;
  to: string;
}

/** 永胜街道社区食堂 serves three meals; the town and village 助老餐厅 serve lunch (hours to be confirmed by each). */
const THREE_MEALS: CanteenMealHours[] = [
  { meal: 'breakfast', from: '06:30', to: '08:00' },
  { meal: 'lunch', from: '11:00', to: '12:30' },
  { meal: 'dinner', from: '16:30', to: '18:00' },
];
const LUNCH_ONLY: CanteenMealHours[] = [{ meal: 'lunch', from: '11:00', to: '12:30' }];

/** The one-line form the first schema kept ('早 06:30-08:00 午 11:00-12:30'). */
const hoursLine = (meals: CanteenMealHours[]) => meals.map((m) => `${MEALS[m.meal].short} ${m.from}-${m.to}`).join(' ');

export const CANTEENS = [
  {
    id: 'cn-yongsheng',
    name: '永胜街道社区食堂',
    address: '伊通镇永胜街道',
    latitude: 43.3449,
    longitude: 125.3052,
    phone: '0434-4212345',
    mealHours: THREE_MEALS,
    dailyCapacity: 300,
  },
  ...TOWN_CANTEENS.map(([id, place, latitude, longitude]) => ({
    id,
    name: `${place}助老餐厅`,
    address: `${place}`,
    latitude,
    longitude,
    phone: '0434-4200000',
    mealHours: LUNCH_ONLY,
    dailyCapacity: 80,
  })),
].map((c) => ({ ...c, meals: c.mealHours.map((m) => m.meal).join(','), hours: hoursLine(c.mealHours) }));

/**
 * Where the communities lie (approximate, in 伊通镇), so a senior without location
 * services can pick her community and see the canteens within a 15-minute walk.
 */
export const COMMUNITY_LOCATIONS: Record<string, { latitude: number; longitude: number }> = {
  'cm-changqing': { latitude: 43.3478, longitude: 125.3031 },
  'cm-tianxin': { latitude: 43.3436, longitude: 125.3098 },
  'cm-shengyi': { latitude: 43.3502, longitude: 125.3075 },
  'cm-yangguang': { latitude: 43.3415, longitude: 125.3012 },
  'cm-jinxiu': { latitude: 43.3461, longitude: 125.3143 },
  'cm-baojie-jingpin': { latitude: 43.3529, longitude: 125.3164 },
  'cm-oulu': { latitude: 43.3389, longitude: 125.3081 },
  'cm-zaishui': { latitude: 43.3547, longitude: 125.3121 },
  'cm-baojie-jinzuo': { latitude: 43.3533, longitude: 125.3102 },
  'cm-shengyu': { latitude: 43.3452, longitude: 125.2968 },
  'cm-jindu': { latitude: 43.3491, longitude: 125.3009 },
  'cm-yucai': { latitude: 43.3421, longitude: 125.3049 },
};

export const GIG_STATIONS = [
  {
    id: 'gs-yitong',
    name: '伊通县零工驿站',
    address: '伊通镇（县人社局）',
    openedOn: '2023-09-01',
    services: '求职登记,信息发布,能力提升,政策咨询',
    amenities: '免费热饭,饮水,手机充电,免费Wi-Fi,政策宣传,休息座椅',
  },
] as const;
