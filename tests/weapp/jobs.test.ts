/**
 * The 零工驿站 subpackage as the weapp build emits it: rendered by WeChat's own WXML compiler
 * under miniprogram-simulate, answered by stubbed cloud-function calls. Signed out, as a
 * day labourer first opens it.
 */
import { loadWeapp, type FunctionCall, type Weapp } from './load-weapp';

const CARD = {
  id: 'job-demo-001',
  title: '小区保洁员（日结）',
  employerName: '伊通县安心家政服务有限公司',
  category: 'cleaning',
  categoryLabel: '保洁',
  type: 'gig',
  typeLabel: '零工',
  pay: 15000,
  payUnit: 'day',
  sameDayPay: true,
  payText: '150元/天 · 日结',
  place: '伊通镇长青小区',
  distanceKm: null,
  headcount: 3,
  headcountLeft: 3,
  validThrough: '2026-12-12',
  validThroughText: '有效期至12月12日（含）',
  postedAt: '2026-11-29T01:00:00.000Z',
};

const STATION = {
  id: 'gs-yitong',
  name: '伊通县零工驿站',
  address: '伊通镇（县人社局）',
  openedOn: '2023-09-01',
  services: ['求职登记', '信息发布', '能力提升', '政策咨询'],
  amenities: ['免费热饭', '饮水', '手机充电', '免费Wi-Fi', '休息座椅'],
  hours: '每天 5:30–17:00',
  phone: '0434-4213366',
  lat: 43.3461,
  lng: 125.3049,
  reported: { positions: 2592, classes: 64, trainees: 2672, caregivers: 346, source: '伊通县通报' },
  searchAreas: [{ name: '伊通镇（县城）', lat: 43.3452, lng: 125.3068, kind: 'town' }],
  policy: { maxRadiusKm: 100, pageSize: 10, maxValidDays: 90, reminderHoursBefore: 24 },
  vocabulary: {
    categories: [{ code: 'cleaning', label: '保洁' }],
    types: [{ code: 'gig', label: '零工' }],
    payUnits: [{ code: 'day', label: '按天', per: '天' }],
    eventKinds: [{ code: 'training', label: '培训班' }, { code: 'fair', label: '招聘会' }],
  },
};

let weapp: Weapp;
const locationRequests: Array<{ type?: string }> = [];

beforeAll(() => {
  weapp = loadWeapp(['packages/jobs/pages/index/index', 'packages/jobs/pages/posting/index', 'packages/jobs/pages/station/index', 'packages/jobs/pages/events/index', 'packages/jobs/pages/employer/index']);
  // The phone's location, as WeChat answers getLocation (GCJ-02).
  (globalThis as any).wx.getLocation = (o: any) => {
    locationRequests.push({ type: o.type });
    setTimeout(() => o.success?.({ latitude: 43.3466, longitude: 125.3031, errMsg: 'getLocation:ok' }), 0);
  };
  weapp.wx.answer('jobs', 'station', { ok: true, data: STATION });
  weapp.wx.answer('jobs', 'search', (call: FunctionCall) => ({
    ok: true,
    data: { items: [{ ...CARD, distanceKm: (call.data as { lat?: number }).lat ? 0.3 : null }], nextCursor: null },
  }));
  weapp.wx.answer('jobs', 'detail', {
    ok: true,
    data: {
      ...CARD,
      status: 'published',
      statusLabel: '招聘中',
      statusTone: 'good',
      description: '负责小区楼道日常清扫。',
      requirements: { minAge: 18, maxAge: 60, skills: ['健康证'], note: '', text: '18–60岁 · 健康证' },
      workDates: null,
      workDatesText: '',
      workHours: '07:00-16:00',
      lat: 43.3478,
      lng: 125.3031,
      contact: null,
      applied: false,
      myApplications: [],
      canApply: true,
      closedReason: null,
      employer: { id: 'emp-anxin', name: '伊通县安心家政服务有限公司', verified: true },
      rejectionReason: null,
      source: 'employer',
    },
  });
  weapp.wx.answer('jobs', 'events', {
    ok: true,
    data: {
      events: [
        { id: 'evt-care', kind: 'training', kindLabel: '培训班', title: '养老护理员（初级）培训班', description: '', startsAt: '2099-12-05T00:30:00.000Z', endsAt: null, whenText: '12月5日 周六 08:30', place: '伊通县职业技能培训中心', lat: null, lng: null, seats: 40, remaining: 12, enrollable: true, myEnrollments: [] },
      ],
    },
  });
});

describe('the weapp jobs subpackage', () => {
  it('lists reviewed postings with their pay, and opens one', async () => {
    const page = await weapp.open('packages/jobs/pages/index/index');
    try {
      await page.waitForText('150元/天 · 日结');
      const text = page.text();
      expect(text).toContain('伊通县安心家政服务有限公司');
      expect(text).toContain('有效期至12月12日（含）');
      expect(text).toContain('用手机位置算岗位离您多远');
      await page.tap('posting-job-demo-001');
      expect(weapp.wx.navigateTo.at(-1)).toBe('/packages/jobs/pages/posting/index?id=job-demo-001');
    } finally {
      page.close();
    }
  });

  it('asks WeChat for the location in GCJ-02 only on 用我的位置, and searches around it', async () => {
    const page = await weapp.open('packages/jobs/pages/index/index');
    try {
      await page.waitForText('150元/天 · 日结');
      expect(locationRequests).toEqual([]);
      await page.tap('use-my-location');
      await page.waitForText('距离300米');
      expect(locationRequests).toEqual([{ type: 'gcj02' }]);
      const searches = weapp.wx.calls.filter((c) => c.action === 'search');
      expect(searches.at(-1)?.data).toEqual({ sort: 'newest', lat: 43.3466, lng: 125.3031 });
    } finally {
      page.close();
    }
  });

  it('shows a posting’s facts and that the phone comes after applying', async () => {
    const page = await weapp.open('packages/jobs/pages/posting/index', { id: 'job-demo-001' });
    try {
      await page.waitForText('报名后可查看联系人和电话');
      const text = page.text();
      expect(text).toContain('年龄：18–60岁');
      expect(text).toContain('07:00-16:00');
      expect(text).toContain('请先登录，再选择求职人。');
    } finally {
      page.close();
    }
  });

  it('renders the station, its classes, and the employer page (asking to sign in)', async () => {
    const station = await weapp.open('packages/jobs/pages/station/index');
    try {
      await station.waitForText('伊通县零工驿站');
      expect(station.text()).toContain('免费热饭');
      expect(station.text()).toContain('0434-4213366');
    } finally {
      station.close();
    }
    const events = await weapp.open('packages/jobs/pages/events/index');
    try {
      await events.waitForText('养老护理员（初级）培训班');
      expect(events.text()).toContain('余12席（共40席）');
    } finally {
      events.close();
    }
    const employer = await weapp.open('packages/jobs/pages/employer/index');
    try {
      await employer.waitForText('请先以用工单位身份登录。');
    } finally {
      employer.close();
    }
    expect(weapp.wx.unanswered).toEqual([]);
  });
});
