/**
 * Answers of the jobs function as src/domain/jobs/contract.ts describes them, for component
 * tests. Each test copies and changes what it needs.
 */
import type { ApplicantView, ApplicationView, JobEvent, ManagedPosting, PostingCard, PostingView, StationView } from '../../src/domain/jobs/contract';

export const resident = { id: 'u-2', displayName: '李向东', roles: [{ role: 'resident' as const, scope: null }] };
export const employerUser = { id: 'u-e', displayName: '安心家政 王丽华', roles: [{ role: 'employer' as const, scope: 'emp-anxin' }] };
export const staffUser = { id: 'u-s', displayName: '零工驿站工作人员', roles: [{ role: 'station_staff' as const, scope: 'gs-yitong' }] };
export const officialUser = { id: 'u-o', displayName: '县暖民心行动专班', roles: [{ role: 'official' as const, scope: '' }] };

export const members = {
  members: [
    { id: 'mem-li', name: '李向东', relation: 'self', relationLabel: '本人', idNumberMasked: '2203**********2036', phoneMasked: '135****7788', birthDate: '1980-07-16', sex: 'M', age: 46, idNumberLocked: false },
    { id: 'mem-wife', name: '张桂芝', relation: 'spouse', relationLabel: '配偶', idNumberMasked: '2203**********1028', phoneMasked: '139****2211', birthDate: '1982-03-02', sex: 'F', age: 44, idNumberLocked: false },
  ],
  maxMembers: 10,
};

export function card(over: Partial<PostingCard> = {}): PostingCard {
  return {
    id: 'job-1',
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
    ...over,
  };
}

export function posting(over: Partial<PostingView> = {}): PostingView {
  return {
    ...card(),
    status: 'published',
    statusLabel: '招聘中',
    statusTone: 'good',
    description: '负责小区楼道日常清扫，当天结算工资。',
    requirements: { minAge: 18, maxAge: 60, skills: ['健康证'], note: '能吃苦', text: '18–60岁 · 健康证 · 能吃苦' },
    workDates: { from: '2026-12-01', to: '2026-12-05' },
    workDatesText: '12月1日至12月5日（含）',
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
    ...over,
  };
}

export function managed(over: Partial<ManagedPosting> = {}): ManagedPosting {
  return {
    ...posting({ contact: { name: '王丽华', phone: '13904340101' } }),
    applicantCount: 0,
    applicantsByStatus: { applied: 0, contacted: 0, hired: 0, declined: 0, withdrawn: 0 },
    hired: 0,
    closeOptions: ['filled', 'withdrawn'],
    timeline: [{ from: null, status: 'pending_review', statusLabel: '待审核', at: '2026-11-28T01:00:00.000Z', role: 'employer', note: null }],
    createdAt: '2026-11-28T01:00:00.000Z',
    ...over,
  };
}

export function application(over: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'app-1',
    postingId: 'job-1',
    memberId: 'mem-li',
    memberName: '李向东',
    status: 'applied',
    statusLabel: '已报名',
    statusTone: 'progress',
    appliedAt: '2026-11-29T02:00:00.000Z',
    updatedAt: '2026-11-29T02:00:00.000Z',
    canWithdraw: true,
    posting: { ...card(), status: 'published', statusLabel: '招聘中' },
    contact: { name: '王丽华', phone: '13904340101' },
    timeline: [{ from: null, status: 'applied', statusLabel: '已报名', at: '2026-11-29T02:00:00.000Z', role: 'resident', note: null }],
    ...over,
  };
}

export function applicant(over: Partial<ApplicantView> = {}): ApplicantView {
  return {
    id: 'app-1',
    postingId: 'job-1',
    memberName: '李向东',
    age: 46,
    sex: 'M',
    phone: '13504347788',
    phoneMasked: '135****7788',
    status: 'applied',
    statusLabel: '已报名',
    statusTone: 'progress',
    appliedAt: '2026-11-29T02:00:00.000Z',
    registration: { skills: ['C1驾驶证', '保洁'], categories: ['cleaning', 'loading'], categoryLabels: ['保洁', '搬运装卸'], availability: '随时可上岗', area: '伊通镇宝捷精品小区', updatedAt: '2026-11-28T02:00:00.000Z' },
    allowedMoves: ['contacted', 'declined'],
    timeline: [{ from: null, status: 'applied', statusLabel: '已报名', at: '2026-11-29T02:00:00.000Z', role: 'resident', note: null }],
    ...over,
  };
}

export function jobEvent(over: Partial<JobEvent> = {}): JobEvent {
  return {
    id: 'evt-care',
    kind: 'training',
    kindLabel: '培训班',
    title: '养老护理员（初级）培训班',
    description: '理论加实操共15天，结业考核合格发证。',
    startsAt: '2099-12-05T00:30:00.000Z',
    endsAt: '2099-12-19T08:30:00.000Z',
    whenText: '12月5日 周六 08:30',
    place: '伊通县职业技能培训中心',
    lat: null,
    lng: null,
    seats: 40,
    remaining: 12,
    enrollable: true,
    started: false,
    myEnrollments: [],
    ...over,
  };
}

export const station: StationView = {
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
  searchAreas: [
    { name: '伊通镇（县城）', lat: 43.3452, lng: 125.3068, kind: 'town' },
    { name: '营城子镇', lat: 43.4231, lng: 125.186, kind: 'town' },
    { name: '长青小区', lat: 43.3478, lng: 125.3031, kind: 'community' },
  ],
  policy: { maxRadiusKm: 100, pageSize: 10, maxValidDays: 90, reminderHoursBefore: 24 },
  vocabulary: {
    categories: [
      { code: 'housekeeping', label: '家政' },
      { code: 'cleaning', label: '保洁' },
      { code: 'loading', label: '搬运装卸' },
    ],
    types: [
      { code: 'gig', label: '零工' },
      { code: 'full_time', label: '全职' },
    ],
    payUnits: [
      { code: 'hour', label: '按小时', per: '小时' },
      { code: 'day', label: '按天', per: '天' },
      { code: 'month', label: '按月', per: '月' },
      { code: 'piece', label: '计件', per: '件' },
    ],
    eventKinds: [
      { code: 'training', label: '培训班' },
      { code: 'fair', label: '招聘会' },
    ],
  },
};
