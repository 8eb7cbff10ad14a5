import type { PostingFields } from '../../../src/domain/jobs/posting-rules';

/**
 * Demo content for the gig station (only where demo data is on): employers, postings
 * around 伊通镇 and the townships, classes and fairs. Names, phones and credit codes are
 * made up.
 */
export const DEMO_EMPLOYERS = [
  { id: 'emp-anxin', name: '伊通县安心家政服务有限公司', creditCode: '91220323MA17B3KX2P', contactName: '王丽华', phone: '13904340101', address: '伊通镇中央路（长青小区南门）', verified: true },
  { id: 'emp-xinyuan', name: '伊通县鑫源物流有限公司', creditCode: '91220323MA17C4LY3Q', contactName: '张志强', phone: '13904340102', address: '伊通镇物流园区', verified: true },
  { id: 'emp-fuxing', name: '伊通县福星建筑工程有限公司', creditCode: '91220323MA17D5MW4R', contactName: '刘建军', phone: '13904340103', address: '伊通镇新城区', verified: true },
  { id: 'emp-kangning', name: '伊通县康宁养老院', creditCode: '52220323MJ17E6NU5T', contactName: '赵秀梅', phone: '13904340104', address: '伊通镇南山社区', verified: true },
  { id: 'emp-manxiang', name: '伊通满乡风味饭店', creditCode: '92220323MA17F7PT6U', contactName: '关永福', phone: '13904340105', address: '伊通镇永胜街道', verified: true },
  { id: 'emp-hongfeng', name: '伊通县红丰果蔬种植专业合作社', creditCode: '93220323MA17G8QR7W', contactName: '孙德林', phone: '13904340106', address: '营城子镇', verified: true },
  { id: 'emp-wanjia', name: '万家福超市伊通店', creditCode: '92220323MA17H9RQ8X', contactName: '陈晓燕', phone: '13904340107', address: '伊通镇东风社区', verified: true },
  // Waiting for the station to see its business licence: cannot post yet.
  { id: 'emp-suda', name: '伊通县速达快递服务部', creditCode: '', contactName: '马超', phone: '13904340108', address: '伊通镇建村', verified: false },
] as const;

type EmployerId = (typeof DEMO_EMPLOYERS)[number]['id'];

const PLACES = {
  changqing: { place: '伊通镇长青小区', lat: 43.3466, lng: 125.3031 },
  tianxin: { place: '伊通镇天馨花园', lat: 43.3478, lng: 125.3102 },
  yangguang: { place: '伊通镇阳光花园', lat: 43.3421, lng: 125.3089 },
  jinxiu: { place: '伊通镇锦绣花园', lat: 43.3437, lng: 125.2991 },
  baojie: { place: '伊通镇宝捷精品小区', lat: 43.3498, lng: 125.3166 },
  zaishui: { place: '伊通镇在水一方小区', lat: 43.3409, lng: 125.3142 },
  logistics: { place: '伊通镇物流园区', lat: 43.3556, lng: 125.3249 },
  station: { place: '伊通火车站货场', lat: 43.3391, lng: 125.2927 },
  newtown: { place: '伊通镇新城区建筑工地', lat: 43.3521, lng: 125.3201 },
  nanshan: { place: '伊通镇南山社区', lat: 43.3402, lng: 125.3066 },
  yongsheng: { place: '伊通镇永胜街道', lat: 43.3449, lng: 125.3052 },
  dongfeng: { place: '伊通镇东风社区', lat: 43.347, lng: 125.312 },
  yingchengzi: { place: '营城子镇', lat: 43.4231, lng: 125.186 },
  xiwei: { place: '西苇镇', lat: 43.375, lng: 125.154 },
  dagushan: { place: '大孤山镇', lat: 43.301, lng: 125.452 },
  jingtai: { place: '景台镇', lat: 43.508, lng: 125.33 },
} as const;

type Place = keyof typeof PLACES;

interface Template {
  employer: EmployerId;
  title: string;
  category: PostingFields['category'];
  type: PostingFields['type'];
  /** Yuan per unit. */
  yuan: number;
  unit: PostingFields['payUnit'];
  sameDay: boolean;
  headcount: number;
  ages?: [number | null, number | null];
  skills?: string[];
  note?: string;
  hours?: string;
  description: string;
  places: Place[];
}

const TEMPLATES: Template[] = [
  { employer: 'emp-anxin', title: '小区保洁员（日结）', category: 'cleaning', type: 'gig', yuan: 150, unit: 'day', sameDay: true, headcount: 3, ages: [18, 60], note: '身体健康，能吃苦', hours: '07:00-16:00，中午管饭', description: '负责小区楼道、电梯间和公共区域日常清扫，工具由公司提供，当天结算工资。', places: ['changqing', 'tianxin', 'yangguang', 'jinxiu', 'baojie'] },
  { employer: 'emp-anxin', title: '家庭保洁钟点工', category: 'housekeeping', type: 'part_time', yuan: 35, unit: 'hour', sameDay: true, headcount: 4, ages: [25, 58], skills: ['家务整理'], hours: '按预约上门，每次2-4小时', description: '上门做家庭保洁、擦玻璃、整理收纳，按小时计费，做完当天结算。', places: ['zaishui', 'dongfeng', 'yongsheng'] },
  { employer: 'emp-anxin', title: '育婴员（住家）', category: 'childcare', type: 'full_time', yuan: 5200, unit: 'month', sameDay: false, headcount: 2, ages: [30, 55], skills: ['育婴员证'], note: '有带婴儿经验优先', hours: '住家，每月休4天', description: '照顾0-1岁婴儿日常起居、喂养和洗护，协助产妇护理。持育婴员证优先，驿站育婴员培训结业学员优先录用。', places: ['baojie', 'tianxin'] },
  { employer: 'emp-anxin', title: '开荒保洁（新房交付）', category: 'cleaning', type: 'temporary', yuan: 180, unit: 'day', sameDay: true, headcount: 6, ages: [18, 60], hours: '08:00-17:00', description: '新建小区交房前开荒保洁，擦窗、清理地面水泥灰，工期约一周，干一天结一天。', places: ['newtown', 'baojie'] },
  { employer: 'emp-kangning', title: '养老护理员', category: 'elderly_care', type: 'full_time', yuan: 3800, unit: 'month', sameDay: false, headcount: 3, ages: [30, 58], skills: ['养老护理员证'], note: '有耐心、有爱心', hours: '两班倒，包吃住', description: '负责入住老人的生活照料、协助进餐和翻身，配合护士做好基础护理。持证优先，无证可参加驿站培训后上岗。', places: ['nanshan'] },
  { employer: 'emp-kangning', title: '护工（夜班陪护）', category: 'elderly_care', type: 'part_time', yuan: 160, unit: 'day', sameDay: false, headcount: 2, ages: [35, 60], hours: '19:00-次日07:00', description: '夜间陪护失能老人，巡房、协助如厕和翻身，按天计薪，月底结算。', places: ['nanshan'] },
  { employer: 'emp-xinyuan', title: '搬运装卸工（日结）', category: 'loading', type: 'gig', yuan: 200, unit: 'day', sameDay: true, headcount: 8, ages: [18, 55], note: '能干重活', hours: '06:30-15:30', description: '物流园区货车装卸，以粮食、化肥袋装货为主，当天结算。', places: ['logistics', 'station'] },
  { employer: 'emp-xinyuan', title: '装卸工（计件）', category: 'loading', type: 'gig', yuan: 0.5, unit: 'piece', sameDay: true, headcount: 10, ages: [18, 55], hours: '随到随装', description: '火车站货场袋装化肥卸车，按件计酬，每袋0.5元，多劳多得，当天结清。', places: ['station'] },
  { employer: 'emp-xinyuan', title: '快递分拣员', category: 'delivery', type: 'temporary', yuan: 22, unit: 'hour', sameDay: false, headcount: 6, ages: [18, 50], hours: '18:00-23:00', description: '冬季快递高峰临时分拣，扫码分拨，按小时计薪，每周结算。', places: ['logistics'] },
  { employer: 'emp-xinyuan', title: '送货司机（C照）', category: 'delivery', type: 'full_time', yuan: 5000, unit: 'month', sameDay: false, headcount: 2, ages: [25, 50], skills: ['C1驾驶证'], note: '两年以上驾龄', hours: '08:00-17:00', description: '县城及乡镇超市配送，开厢式货车，熟悉伊通道路优先。', places: ['logistics'] },
  { employer: 'emp-fuxing', title: '建筑小工', category: 'construction', type: 'gig', yuan: 220, unit: 'day', sameDay: true, headcount: 10, ages: [18, 58], note: '自备劳保鞋', hours: '06:00-17:00', description: '工地搬砖、和灰、清理现场，听从带班安排，当天结算工钱。', places: ['newtown'] },
  { employer: 'emp-fuxing', title: '瓦工（大工）', category: 'construction', type: 'temporary', yuan: 350, unit: 'day', sameDay: false, headcount: 4, ages: [25, 60], skills: ['砌砖', '抹灰'], hours: '06:00-17:00', description: '砌筑、抹灰，有经验者优先，工期两个月，半月一结。', places: ['newtown'] },
  { employer: 'emp-fuxing', title: '钢筋工', category: 'construction', type: 'temporary', yuan: 300, unit: 'day', sameDay: false, headcount: 5, ages: [22, 55], skills: ['钢筋绑扎'], hours: '06:00-17:00', description: '钢筋下料、绑扎，能看懂简单图纸，半月一结。', places: ['newtown'] },
  { employer: 'emp-manxiang', title: '餐饮帮厨', category: 'catering', type: 'part_time', yuan: 120, unit: 'day', sameDay: true, headcount: 2, ages: [20, 55], skills: ['切配'], hours: '10:00-14:00，16:00-20:00', description: '择菜、洗菜、切配和后厨卫生，管两顿饭，日结。', places: ['yongsheng'] },
  { employer: 'emp-manxiang', title: '洗碗工', category: 'catering', type: 'gig', yuan: 100, unit: 'day', sameDay: true, headcount: 2, ages: [18, 62], hours: '10:30-20:30，管饭', description: '饭店洗碗、收拾餐具，活不重，适合中老年人，当天结算。', places: ['yongsheng'] },
  { employer: 'emp-manxiang', title: '婚宴服务员（周末）', category: 'catering', type: 'gig', yuan: 150, unit: 'day', sameDay: true, headcount: 8, ages: [18, 45], hours: '周六日 09:00-15:00', description: '周末婚宴传菜、摆台，统一培训，做完结账。', places: ['yongsheng', 'dongfeng'] },
  { employer: 'emp-hongfeng', title: '大棚蔬菜采收', category: 'farming', type: 'gig', yuan: 130, unit: 'day', sameDay: true, headcount: 12, ages: [18, 65], hours: '06:00-14:00，有班车接送', description: '温室大棚黄瓜、西红柿采摘和装箱，早上班车从县城接送，当天结算。', places: ['yingchengzi', 'xiwei'] },
  { employer: 'emp-hongfeng', title: '果蔬分拣包装', category: 'farming', type: 'temporary', yuan: 16, unit: 'hour', sameDay: false, headcount: 10, ages: [18, 65], hours: '08:00-16:00', description: '合作社冷库果蔬分级、称重、装箱，按小时计薪，每周结算。', places: ['yingchengzi', 'dagushan'] },
  { employer: 'emp-hongfeng', title: '玉米脱粒装袋（计件）', category: 'farming', type: 'gig', yuan: 1.2, unit: 'piece', sameDay: true, headcount: 6, ages: [18, 65], hours: '白天', description: '秋粮脱粒后装袋封口，每袋1.2元，当天结清。', places: ['jingtai', 'xiwei'] },
  { employer: 'emp-wanjia', title: '超市理货员', category: 'retail', type: 'full_time', yuan: 2800, unit: 'month', sameDay: false, headcount: 2, ages: [18, 50], hours: '早晚两班', description: '货架补货、整理陈列、临期商品检查，五险，月休4天。', places: ['dongfeng'] },
  { employer: 'emp-wanjia', title: '收银员（兼职）', category: 'retail', type: 'part_time', yuan: 18, unit: 'hour', sameDay: false, headcount: 2, ages: [18, 45], hours: '17:00-21:00', description: '晚班收银，会用扫码枪，按小时计薪，半月结算。', places: ['dongfeng'] },
  { employer: 'emp-wanjia', title: '春节促销员', category: 'retail', type: 'temporary', yuan: 140, unit: 'day', sameDay: true, headcount: 4, ages: [18, 50], hours: '09:00-18:00', description: '年货节堆头促销、试吃推介，干一天结一天。', places: ['dongfeng'] },
  { employer: 'emp-anxin', title: '月嫂（持证）', category: 'childcare', type: 'full_time', yuan: 6800, unit: 'month', sameDay: false, headcount: 1, ages: [30, 55], skills: ['育婴员证', '母婴护理'], hours: '住家26天一单', description: '产妇和新生儿护理，月子餐制作，按单结算，持证上岗。', places: ['baojie', 'zaishui'] },
  { employer: 'emp-kangning', title: '居家养老上门服务员', category: 'elderly_care', type: 'part_time', yuan: 30, unit: 'hour', sameDay: false, headcount: 4, ages: [30, 60], skills: ['养老护理员证'], hours: '按预约上门', description: '为居家老人上门助浴、助洁、陪同就医，按小时计薪，每周结算。', places: ['changqing', 'tianxin', 'jinxiu'] },
  { employer: 'emp-fuxing', title: '水暖工（供暖季维修）', category: 'construction', type: 'temporary', yuan: 260, unit: 'day', sameDay: false, headcount: 3, ages: [25, 60], skills: ['管道维修'], hours: '08:00-17:00', description: '供暖季小区暖气管道、阀门维修更换，有经验优先，半月一结。', places: ['yangguang', 'newtown'] },
  { employer: 'emp-xinyuan', title: '冷库搬运工（日结）', category: 'loading', type: 'gig', yuan: 230, unit: 'day', sameDay: true, headcount: 6, ages: [18, 50], note: '发防寒服', hours: '07:00-16:00', description: '冷库进出货搬运码垛，公司发防寒服，当天结算。', places: ['logistics', 'yingchengzi'] },
];

export interface DemoPosting {
  id: string;
  employerId: EmployerId;
  fields: Omit<PostingFields, 'validThrough'> & { validDays: number };
  status: 'published' | 'pending_review' | 'rejected' | 'filled';
  /** Hours before now that it was published (spread, so "newest" has an order). */
  postedHoursAgo: number;
  rejectionReason?: string;
}

/** About 60 postings: each template at each of its places, published, with a few waiting for review, one rejected, one filled. */
export function demoPostings(): DemoPosting[] {
  const list: DemoPosting[] = [];
  let n = 0;
  for (const t of TEMPLATES) {
    for (const key of t.places) {
      n += 1;
      const p = PLACES[key];
      list.push({
        id: `job-demo-${String(n).padStart(3, '0')}`,
        employerId: t.employer,
        fields: {
          title: t.title,
          description: t.description,
          category: t.category,
          type: t.type,
          pay: Math.round(t.yuan * 100),
          payUnit: t.unit,
          sameDayPay: t.sameDay,
          place: p.place,
          // A few hundred metres apart so the same job at one place is distinct on a map.
          lat: Math.round((p.lat + ((n % 5) - 2) * 0.0009) * 1e6) / 1e6,
          lng: Math.round((p.lng + ((n % 3) - 1) * 0.0011) * 1e6) / 1e6,
          headcount: t.headcount,
          requirements: { minAge: t.ages?.[0] ?? null, maxAge: t.ages?.[1] ?? null, skills: t.skills ?? [], note: t.note ?? '' },
          workDates: null,
          workHours: t.hours ?? '',
          contactName: '',
          contactPhone: '',
          validDays: 5 + ((n * 7) % 40),
        },
        status: 'published',
        postedHoursAgo: (n * 5) % 96,
      });
    }
  }
  // The repeats of the first templates fill the list up to about 60 with other places.
  const extra: Array<[number, Place]> = [
    [0, 'zaishui'], [0, 'dongfeng'], [0, 'nanshan'], [6, 'newtown'], [6, 'yingchengzi'], [10, 'zaishui'], [10, 'jingtai'], [13, 'dongfeng'],
    [16, 'dagushan'], [16, 'jingtai'], [1, 'changqing'], [1, 'baojie'], [3, 'changqing'], [14, 'dongfeng'], [8, 'station'], [4, 'yongsheng'],
  ];
  for (const [index, key] of extra) {
    const base = list.find((p) => p.fields.title === TEMPLATES[index].title)!;
    n += 1;
    const p = PLACES[key];
    list.push({ ...base, id: `job-demo-${String(n).padStart(3, '0')}`, fields: { ...base.fields, place: p.place, lat: p.lat, lng: p.lng, validDays: 3 + ((n * 11) % 30) }, postedHoursAgo: (n * 7) % 120 });
  }
  // The employer persona's recent postings wait for review; one was refused; one is filled.
  const byTitle = (title: string) => list.filter((p) => p.fields.title === title);
  byTitle('开荒保洁（新房交付）')[1].status = 'pending_review';
  byTitle('家庭保洁钟点工')[2].status = 'pending_review';
  Object.assign(byTitle('育婴员（住家）')[1], { status: 'rejected', rejectionReason: '薪资与工作时间描述不一致，请注明每月休息天数后重新提交' });
  byTitle('瓦工（大工）')[0].status = 'filled';
  return list;
}

export const DEMO_EVENTS = [
  { id: 'evt-demo-care', kind: 'training', title: '养老护理员（初级）培训班', description: '县人社局补贴培训，理论加实操共15天，结业考核合格发证，推荐到县内养老机构就业。', dayOffset: 5, start: '08:30', endDayOffset: 19, end: '16:30', place: '伊通县职业技能培训中心（县人社局三楼）', seats: 40 },
  { id: 'evt-demo-baby', kind: 'training', title: '育婴员培训班', description: '婴幼儿生活照料、保健与早期发展，共12天，结业考核合格发证。', dayOffset: 12, start: '08:30', endDayOffset: 23, end: '16:30', place: '伊通县职业技能培训中心（县人社局三楼）', seats: 30 },
  { id: 'evt-demo-clean', kind: 'training', title: '家政服务员（保洁）技能提升班', description: '保洁工具和清洁剂使用、开荒保洁流程、安全常识，共5天。', dayOffset: 8, start: '09:00', endDayOffset: 12, end: '16:00', place: '伊通县零工驿站培训室', seats: 30 },
  { id: 'evt-demo-fair', kind: 'fair', title: '零工驿站冬季招聘会', description: '县内30余家用工单位现场招聘，涵盖保洁、搬运、餐饮、养老护理、建筑等岗位，现场提供政策咨询。', dayOffset: 3, start: '09:00', endDayOffset: 3, end: '12:00', place: '伊通镇文化广场（零工驿站门前）', seats: 500 },
  { id: 'evt-demo-spring', kind: 'fair', title: '春风行动专场招聘会', description: '面向返乡农民工和就业困难人员的专场招聘。', dayOffset: 40, start: '09:00', endDayOffset: 40, end: '14:00', place: '伊通县人社局一楼大厅', seats: 800 },
] as const;
