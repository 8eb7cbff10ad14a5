import type { ApiHost } from '../../support/api-host';

/**
 * Every screen of the app, for the 适老化 audit and axe. A new service adds its routes here
 * (one entry per page in src/app.config.ts; the audit fails when a page is missing).
 * A path may use what the run prepared on the host (a booking, a member) through `fixtures`.
 */
export interface RouteFixtures {
  /** A registration of resident-1's mother, booked for tomorrow on the host's calendar. */
  registrationId: string;
  /** resident-1's mother. */
  memberId: string;
  /** The booking's day and segment (for the confirm page). */
  date: string;
  slotId: string;
  /** resident-1's complaint for his mother's flat, measured at 16.5 ℃ and handled (waiting for confirmation and rating). */
  heatingComplaintId: string;
  /** resident-1's complaint just sent (the dispatcher's desk shows its first moves). */
  heatingOpenComplaintId: string;
}

export interface AuditRoute {
  /** The page's path as in app.config.ts (without the leading slash). */
  page: string;
  /** What is opened: the page with the query a person would arrive with. */
  url: (fixtures: RouteFixtures) => string;
  /** A short name for reports and test titles. */
  name: string;
  /** Words resident-1 must see on it, so the audit measures the real screen and not an error in its place. */
  residentSees?: string;
  /**
   * A service's own staff personas (beyond the resident, hospital and county ones every route is
   * audited as), for the screens they work on, with the words each must see there.
   */
  alsoAuditAs?: Array<{ persona: string; sees: string }>;
}

const SCOPE = 'hospitalId=h-first&campusId=c-first-old&departmentId=c-first-old-cardiology';

export const AUDIT_ROUTES: AuditRoute[] = [
  { name: '首页', page: 'pages/index/index', url: () => '/pages/index/index' },
  { name: '消息', page: 'pages/messages/index', url: () => '/pages/messages/index' },
  { name: '我的', page: 'pages/mine/index', url: () => '/pages/mine/index' },
  { name: '页面不存在', page: 'pages/not-found/index', url: () => '/pages/not-found/index' },
  // 暖心就医
  { name: '暖心就医', page: 'packages/clinic/pages/index/index', url: () => '/packages/clinic/pages/index/index' },
  { name: '选择时段', page: 'packages/clinic/pages/schedule/index', url: () => `/packages/clinic/pages/schedule/index?${SCOPE}` },
  { name: '确认挂号', page: 'packages/clinic/pages/confirm/index', url: (f) => `/packages/clinic/pages/confirm/index?${SCOPE}&date=${f.date}&slotId=${f.slotId}`, residentSees: '代玉贤' },
  { name: '挂号成功', page: 'packages/clinic/pages/success/index', url: (f) => `/packages/clinic/pages/success/index?registrationId=${f.registrationId}`, residentSees: '就诊须知' },
  { name: '我的挂号', page: 'packages/clinic/pages/mine/index', url: () => '/packages/clinic/pages/mine/index', residentSees: '代玉贤' },
  { name: '专家义诊', page: 'packages/clinic/pages/free-clinics/index', url: () => '/packages/clinic/pages/free-clinics/index' },
  { name: '医院管理', page: 'packages/clinic/pages/admin/index', url: () => '/packages/clinic/pages/admin/index' },
  { name: '挂号统计', page: 'packages/clinic/pages/figures/index', url: () => '/packages/clinic/pages/figures/index' },
  // 温暖供热: the resident's pages, and the dispatcher's measured as the dispatcher
  { name: '温暖供热', page: 'packages/heating/pages/index/index', url: () => '/packages/heating/pages/index/index', residentSees: '不低于18℃', alsoAuditAs: [{ persona: 'heating-dispatcher', sees: '调度台' }] },
  { name: '我要反映', page: 'packages/heating/pages/report/index', url: () => '/packages/heating/pages/report/index', residentSees: '天馨花园（农行站）' },
  { name: '我的反映', page: 'packages/heating/pages/mine/index', url: () => '/packages/heating/pages/mine/index', residentSees: '天馨花园' },
  { name: '反映详情', page: 'packages/heating/pages/complaint/index', url: (f) => `/packages/heating/pages/complaint/index?id=${f.heatingComplaintId}`, residentSees: '参考退费' },
  { name: '反映已提交', page: 'packages/heating/pages/complaint/index', url: (f) => `/packages/heating/pages/complaint/index?id=${f.heatingOpenComplaintId}&sent=1`, residentSees: '已提交反映' },
  { name: '供热调度台', page: 'packages/heating/pages/dispatch/index', url: () => '/packages/heating/pages/dispatch/index', alsoAuditAs: [{ persona: 'heating-dispatcher', sees: '按最近的办理时限排列' }] },
  { name: '办理反映', page: 'packages/heating/pages/desk/index', url: (f) => `/packages/heating/pages/desk/index?complaintId=${f.heatingOpenComplaintId}`, alsoAuditAs: [{ persona: 'heating-dispatcher', sees: '居民电话' }] },
  { name: '供热统计', page: 'packages/heating/pages/figures/index', url: () => '/packages/heating/pages/figures/index', alsoAuditAs: [{ persona: 'heating-dispatcher', sees: '农行站' }] },
  // 助老餐厅 (resident-1's mother has tomorrow's lunch ordered at 永胜: see prepareCanteenFixture)
  { name: '助老餐厅', page: 'packages/canteen/pages/index/index', url: () => '/packages/canteen/pages/index/index', residentSees: '永胜街道社区食堂', alsoAuditAs: [{ persona: 'canteen-manager', sees: '食堂管理' }] },
  { name: '菜单和报餐', page: 'packages/canteen/pages/menu/index', url: () => '/packages/canteen/pages/menu/index?canteenId=cn-yongsheng', residentSees: '代玉贤' },
  { name: '我的订餐', page: 'packages/canteen/pages/orders/index', url: () => '/packages/canteen/pages/orders/index', residentSees: '代玉贤' },
  { name: '我的优惠', page: 'packages/canteen/pages/groups/index', url: () => '/packages/canteen/pages/groups/index', residentSees: '代玉贤' },
  { name: '食堂管理·备餐', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index', alsoAuditAs: [{ persona: 'canteen-manager', sees: '已报' }] },
  { name: '食堂管理·菜单', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index?tab=menu', alsoAuditAs: [{ persona: 'canteen-manager', sees: '菜单日期' }] },
  { name: '食堂管理·核验', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index?tab=claims', alsoAuditAs: [{ persona: 'canteen-manager', sees: '居民到窗口出示证件后再核验' }] },
  { name: '助餐统计', page: 'packages/canteen/pages/figures/index', url: () => '/packages/canteen/pages/figures/index' },
  // 零工驿站 (demo data: job-demo-001 is the employer persona's published cleaning job, with 李向东's application)
  { name: '零工驿站', page: 'packages/jobs/pages/index/index', url: () => '/packages/jobs/pages/index/index', residentSees: '有效期至', alsoAuditAs: [{ persona: 'employer', sees: '我的招聘' }, { persona: 'station-staff', sees: '岗位审核' }] },
  { name: '岗位详情', page: 'packages/jobs/pages/posting/index', url: () => '/packages/jobs/pages/posting/index?id=job-demo-001', residentSees: '小区保洁员', alsoAuditAs: [{ persona: 'employer', sees: '13904340101' }] },
  { name: '我的报名', page: 'packages/jobs/pages/my-applications/index', url: () => '/packages/jobs/pages/my-applications/index', residentSees: '还没有报名' },
  { name: '求职登记', page: 'packages/jobs/pages/register/index', url: () => '/packages/jobs/pages/register/index', residentSees: '代玉贤' },
  { name: '驿站服务', page: 'packages/jobs/pages/station/index', url: () => '/packages/jobs/pages/station/index', residentSees: '免费热饭' },
  { name: '培训和招聘会', page: 'packages/jobs/pages/events/index', url: () => '/packages/jobs/pages/events/index', residentSees: '养老护理员', alsoAuditAs: [{ persona: 'station-staff', sees: '发布培训或招聘会' }] },
  { name: '我的招聘', page: 'packages/jobs/pages/employer/index', url: () => '/packages/jobs/pages/employer/index', alsoAuditAs: [{ persona: 'employer', sees: '未通过原因' }] },
  { name: '发布岗位', page: 'packages/jobs/pages/new-posting/index', url: () => '/packages/jobs/pages/new-posting/index', alsoAuditAs: [{ persona: 'employer', sees: '岗位名称' }] },
  { name: '报名的人', page: 'packages/jobs/pages/applicants/index', url: () => '/packages/jobs/pages/applicants/index?postingId=job-demo-001', alsoAuditAs: [{ persona: 'employer', sees: '李向东' }, { persona: 'station-staff', sees: '135****7788' }] },
  { name: '岗位审核', page: 'packages/jobs/pages/review/index', url: () => '/packages/jobs/pages/review/index', alsoAuditAs: [{ persona: 'station-staff', sees: '通过并发布' }] },
  { name: '导入岗位', page: 'packages/jobs/pages/import/index', url: () => '/packages/jobs/pages/import/index', alsoAuditAs: [{ persona: 'station-staff', sees: 'valid_through' }] },
  { name: '发布培训招聘会', page: 'packages/jobs/pages/new-event/index', url: () => '/packages/jobs/pages/new-event/index', alsoAuditAs: [{ persona: 'station-staff', sees: '名额（人）' }] },
  { name: '零工驿站统计', page: 'packages/jobs/pages/figures/index', url: () => '/packages/jobs/pages/figures/index', alsoAuditAs: [{ persona: 'station-staff', sees: '发布岗位' }] },
  // 家庭成员
  { name: '添加家庭成员', page: 'packages/account/pages/member-edit/index', url: () => '/packages/account/pages/member-edit/index' },
  { name: '编辑家庭成员', page: 'packages/account/pages/member-edit/index', url: (f) => `/packages/account/pages/member-edit/index?id=${f.memberId}`, residentSees: '身份证号' },
];

/** Books the registration the success page shows (resident-1 for their mother) and names the ids. */
export async function prepareRouteFixtures(host: ApiHost): Promise<RouteFixtures> {
  const token = await host.login('resident-1');
  const ok = <T>(result: { body: { ok: true; data: T } | { ok: false; error: { code: string; message: string } } }): T => {
    if (!result.body.ok) throw new Error(`route fixtures: ${result.body.error.code} ${result.body.error.message}`);
    return result.body.data;
  };
  const { members } = ok(await host.call<{ members: Array<{ id: string; name: string }> }>('account', 'members', {}, { token }));
  const mother = members.find((m) => m.name === '代玉贤');
  if (!mother) throw new Error('route fixtures: resident-1 has no 代玉贤');
  const { days } = ok(await host.call<{ days: Array<{ date: string; remaining: number }> }>('clinic', 'days', { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology' }));
  const date = days.find((d, i) => i > 0 && d.remaining > 0)?.date;
  if (!date) throw new Error('route fixtures: no bookable day after today');
  const { slots } = ok(
    await host.call<{ slots: Array<{ id: string; bookability: string }> }>('clinic', 'slots', { hospitalId: 'h-first', campusId: 'c-first-old', departmentId: 'c-first-old-cardiology', date }),
  );
  const [first, second] = slots.filter((s) => s.bookability === 'open');
  const booked = ok(await host.call<{ id: string }>('clinic', 'book', { memberId: mother.id, slotId: first.id }, { token, requestId: 'audit-fixture-booking' }));
  await prepareCanteenFixture(host, token, mother.id);
  return { registrationId: booked.id, memberId: mother.id, date, slotId: second.id, ...(await prepareHeatingFixtures(host, token, mother.id, ok)) };
}

/**
 * resident-1 reports two problems of his mother's flat in 天馨花园 (农行站): a cold flat the
 * dispatcher accepts, dispatches, measures at 16.5 ℃ and handles, and a noise just sent.
 */
async function prepareHeatingFixtures(host: ApiHost, token: string, memberId: string, ok: <T>(result: { body: { ok: true; data: T } | { ok: false; error: { code: string; message: string } } }) => T) {
  const place = { communityId: 'cm-tianxin', buildingId: 'cm-tianxin-b3', unitId: 'cm-tianxin-b3-u2', room: '502' };
  const at = new Date(host.clock.now().getTime() - 20 * 60_000).toISOString();
  const cold = ok(
    await host.call<{ id: string }>('heating', 'submit', { ...place, category: 'temperature', readings: [{ celsius: 16.2, at }], description: '卧室和客厅都不热', memberId }, { token, requestId: 'audit-fixture-heating-cold' }),
  );
  const dispatcher = await host.login('heating-dispatcher');
  const moves = [{ to: 'accepted' }, { to: 'dispatched', crew: { name: '王师傅', phone: '13904340011' } }, { to: 'measured', measuredCelsius: 16.5 }, { to: 'resolved', note: '调节入户阀门并排气，复测19.5℃' }];
  for (const [i, move] of moves.entries()) {
    ok(await host.call('heating', 'transition', { complaintId: cold.id, ...move }, { token: dispatcher, requestId: `audit-fixture-heating-move-${i}` }));
  }
  const noise = ok(await host.call<{ id: string }>('heating', 'submit', { ...place, category: 'noise', readings: [], description: '夜里暖气管道有敲击声', memberId }, { token, requestId: 'audit-fixture-heating-noise' }));
  return { heatingComplaintId: cold.id, heatingOpenComplaintId: noise.id };
}

/** 助老餐厅: tomorrow's lunch at 永胜 for resident-1's mother, so 我的订餐 shows a real order. */
async function prepareCanteenFixture(host: ApiHost, token: string, memberId: string): Promise<void> {
  const directory = await host.call<{ menuDates: string[] }>('canteen', 'canteens', {});
  if (!directory.body.ok) throw new Error(`route fixtures: canteens ${directory.body.error.code}`);
  const date = directory.body.data.menuDates[1];
  const order = await host.call('canteen', 'order', { canteenId: 'cn-yongsheng', date, meal: 'lunch', memberId }, { token, requestId: 'audit-fixture-canteen-order' });
  if (!order.body.ok) throw new Error(`route fixtures: canteen order ${order.body.error.code} ${order.body.error.message}`);
}
