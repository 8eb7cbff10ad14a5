import { categoryLabel } from '../../../src/domain/heating/categories';
import type { ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import { DEADLINE_LABELS, type PendingDeadline } from '../../../src/domain/heating/deadlines';
import type { HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import { heatingSentences } from '../../../src/domain/heating/policy-sentences';
import { refundTier } from '../../../src/domain/heating/refund-tier';
import type { DetailedComplaint } from './heating-repository';
import { entranceOf, householdOf } from './heating-views';
import { shanghaiDateTime } from '../../../src/domain/date-wording';

export const complaintPage = (id: string) => `/packages/heating/pages/complaint/index?id=${encodeURIComponent(id)}`;
export const deskPage = (id: string) => `/packages/heating/pages/desk/index?complaintId=${encodeURIComponent(id)}`;

/** What a notice needs to know of a complaint. */
type NoticeSubject = Pick<DetailedComplaint, 'member_name' | 'community_name' | 'building_name' | 'unit_name' | 'room' | 'category' | 'company_name' | 'company_phone' | 'crew_name' | 'measured_celsius'>;

interface Notice {
  kind: string;
  title: string;
  body: string;
}

/** What the resident's notice says the complaint is: whose, where and what ("代玉贤 金都盛世3号楼2单元502室的室温不达标反映"). */
const subject = (c: NoticeSubject) => `${c.member_name ? `${c.member_name} ` : ''}${householdOf(c)}的${categoryLabel(c.category)}反映`;

/**
 * The resident's notice for a complaint that has just moved to `to` (every status change
 * reaches 我的消息). `c` is the complaint as it now stands.
 */
export function residentNotice(c: NoticeSubject, to: ComplaintStatus, context: { note?: string | null; pending: PendingDeadline | null; automatic?: boolean; policy: HeatingPolicy }): Notice {
  const { note, pending, policy } = context;
  const next = pending ? `，将在${shanghaiDateTime(pending.by)}前${DEADLINE_LABELS[pending.kind].step}` : '';
  switch (to) {
    case 'submitted':
      return { kind: 'heating_submitted', title: '供热反映已提交', body: `${subject(c)}已提交，${heatingSentences.deadlines(policy, c.category)}。` };
    case 'accepted':
      return { kind: 'heating_accepted', title: '供热反映已受理', body: `${subject(c)}已受理${next}。` };
    case 'rejected':
      return { kind: 'heating_rejected', title: '供热反映不予受理', body: `${subject(c)}不予受理。原因：${note ?? ''}。如有疑问请致电${c.company_name} ${c.company_phone}。` };
    case 'dispatched':
      return { kind: 'heating_dispatched', title: '已派维修人员上门', body: `${subject(c)}已派单，维修人员${c.crew_name ?? ''}将上门${next}，请保持电话畅通。` };
    case 'measured': {
      const measured = c.measured_celsius ?? 0;
      const tier = refundTier(c.measured_celsius, policy);
      return {
        kind: 'heating_measured',
        title: '已上门测温',
        body: `${subject(c)}：上门实测室温${heatingSentences.celsius(measured)}。${tier ? `${heatingSentences.refund(measured, tier, policy)}。` : ''}`,
      };
    }
    case 'resolved':
      return { kind: 'heating_resolved', title: '供热反映已处理，请确认', body: `${subject(c)}已处理：${note ?? ''}。请确认办结；${heatingSentences.reopenRule(policy)}。` };
    case 'closed':
      return context.automatic
        ? { kind: 'heating_closed', title: '供热反映已办结', body: `${subject(c)}处理后${policy.autoCloseHours}小时内未确认，已超时自动办结。` }
        : { kind: 'heating_closed', title: '供热反映已办结', body: `${subject(c)}已确认办结，欢迎评价本次处理。` };
    case 'reopened':
      return { kind: 'heating_reopened', title: '已申请重新处理', body: `${subject(c)}已重新处理${next}。原因：${note ?? ''}。` };
  }
}

/** The dispatcher's 督办 notice: which complaint missed which limit (no room, no phone: the desk shows those). */
export function overdueNotice(c: DetailedComplaint, pending: PendingDeadline): Notice {
  return {
    kind: 'heating_overdue',
    title: `督办：${DEADLINE_LABELS[pending.kind].overdue}`,
    body: `${c.station_name} ${entranceOf(c)}的${categoryLabel(c.category)}反映已超过${DEADLINE_LABELS[pending.kind].step}时限（${shanghaiDateTime(pending.by)}），请尽快处理。`,
  };
}
