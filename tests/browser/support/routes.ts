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
  // 温暖供热, 零工驿站 (placeholders until their issues land)
  { name: '温暖供热', page: 'packages/heating/pages/index/index', url: () => '/packages/heating/pages/index/index' },
  { name: '零工驿站', page: 'packages/jobs/pages/index/index', url: () => '/packages/jobs/pages/index/index' },
  // 助老餐厅 (resident-1's mother has tomorrow's lunch ordered at 永胜: see prepareCanteenFixture)
  { name: '助老餐厅', page: 'packages/canteen/pages/index/index', url: () => '/packages/canteen/pages/index/index', residentSees: '永胜街道社区食堂' },
  { name: '菜单和报餐', page: 'packages/canteen/pages/menu/index', url: () => '/packages/canteen/pages/menu/index?canteenId=cn-yongsheng', residentSees: '代玉贤' },
  { name: '我的订餐', page: 'packages/canteen/pages/orders/index', url: () => '/packages/canteen/pages/orders/index', residentSees: '代玉贤' },
  { name: '我的优惠', page: 'packages/canteen/pages/groups/index', url: () => '/packages/canteen/pages/groups/index', residentSees: '代玉贤' },
  { name: '食堂管理·备餐', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index' },
  { name: '食堂管理·菜单', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index?tab=menu' },
  { name: '食堂管理·核验', page: 'packages/canteen/pages/admin/index', url: () => '/packages/canteen/pages/admin/index?tab=claims' },
  { name: '助餐统计', page: 'packages/canteen/pages/figures/index', url: () => '/packages/canteen/pages/figures/index' },
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
  return { registrationId: booked.id, memberId: mother.id, date, slotId: second.id };
}

/** 助老餐厅: tomorrow's lunch at 永胜 for resident-1's mother, so 我的订餐 shows a real order. */
async function prepareCanteenFixture(host: ApiHost, token: string, memberId: string): Promise<void> {
  const directory = await host.call<{ menuDates: string[] }>('canteen', 'canteens', {});
  if (!directory.body.ok) throw new Error(`route fixtures: canteens ${directory.body.error.code}`);
  const date = directory.body.data.menuDates[1];
  const order = await host.call('canteen', 'order', { canteenId: 'cn-yongsheng', date, meal: 'lunch', memberId }, { token, requestId: 'audit-fixture-canteen-order' });
  if (!order.body.ok) throw new Error(`route fixtures: canteen order ${order.body.error.code} ${order.body.error.message}`);
}
