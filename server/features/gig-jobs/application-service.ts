import { businessDate } from '../../../src/domain/business-date';
import { applicationWorkflow, holdsContact, type EmployerMove } from '../../../src/domain/jobs/application-workflow';
import type { ApplicantView, ApplicationView } from '../../../src/domain/jobs/contract';
import { applyRefusal, isPublic, takesHires, headcountLeft } from '../../../src/domain/jobs/posting-rules';
import { postingWorkflow } from '../../../src/domain/jobs/posting-workflow';
import type { TimelineEntry } from '../../../src/domain/workflow';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import type { ApplicationRepository, ApplicationRow } from './application-repository';
import { declineOpenApplications } from './close-applications';
import { jobsError } from './jobs-errors';
import { JOBS_PAGES } from './jobs-pages';
import { toApplicantView, toApplicationView } from './jobs-views';
import { contactFor, managesPosting, ownsPosting, type Viewer } from './posting-access';
import type { PostingRepository, PostingRow } from './posting-repository';
import { postingLock } from './posting-service';
import type { SeekerRepository } from './seeker-repository';

export interface ApplicationDeps {
  postings: PostingRepository;
  applications: ApplicationRepository;
  seekers: SeekerRepository;
  members: MemberRepository;
  statuses: StatusStore;
  outbox: Outbox;
  lockKey: (key: string) => Promise<void>;
  lockPerson: (personKey: string) => Promise<void>;
  vault: Vault;
  now: Date;
  viewer: Viewer;
}

const EMPLOYER_MESSAGES: Record<EmployerMove, { title: string; body: (member: string, title: string) => string }> = {
  contacted: { title: '用工单位已联系', body: (m, t) => `${m}报名的「${t}」：用工单位已与您联系，请留意来电，按约定时间到岗面试或上工。` },
  hired: { title: '已被录用', body: (m, t) => `${m}已被「${t}」录用，请按与用工单位约定的时间地点到岗。` },
  declined: { title: '报名结果通知', body: (m, t) => `${m}报名的「${t}」本次未被录用，可以看看驿站的其他岗位。` },
};

/**
 * 报名: one application per posting and person, the seeker's 我的报名, and the
 * employer's side (applicants with their phones, contacted / hired / declined). Every
 * writer of a posting's applications takes the posting's lock first, then the person's.
 */
export function applicationService(deps: ApplicationDeps) {
  const { postings, applications, seekers, members, statuses, outbox, lockKey, lockPerson, vault, now, viewer } = deps;
  const today = businessDate(now);
  const at = now.toISOString();

  async function view(a: ApplicationRow, posting: PostingRow, timeline?: TimelineEntry[]): Promise<ApplicationView> {
    const entries = timeline ?? (await statuses.timelines(applicationWorkflow, [a.id])).get(a.id) ?? [];
    return toApplicationView(a, posting, today, holdsContact(a.status) ? contactFor(viewer, posting, [a.status], vault) : null, entries);
  }

  const tellEmployer = async (posting: PostingRow, title: string, body: string) => {
    if (!posting.created_by_account_id || posting.source !== 'employer') return;
    await outbox.enqueue({ accountId: posting.created_by_account_id, kind: 'job_applicant', title, body, page: JOBS_PAGES.applicants(posting.id), now });
  };

  return {
    async apply(accountId: string, postingId: string, memberId: string): Promise<ApplicationView> {
      const member = await members.findActiveForRecord(accountId, memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该求职人');
      await lockKey(postingLock(postingId));
      await lockPerson(member.person_key);
      const posting = await postings.find(postingId);
      if (!posting || !isPublic({ postedAt: posting.posted_at, status: posting.status, employerVerified: posting.employer_verified === 1 })) throw new AppError('NOT_FOUND', '未找到该岗位');
      const refusal = applyRefusal({ status: posting.status, validThrough: posting.valid_through, headcount: posting.headcount, hired: posting.hired }, today);
      if (refusal) throw jobsError('POSTING_CLOSED', refusal);

      const already = () => jobsError('ALREADY_APPLIED', `${member.name}已报名该岗位，请勿重复报名`);
      const existing = await applications.ofPerson(posting.id, member.person_key);
      const actor = { accountId, role: 'resident' };
      let application: ApplicationRow;
      let timeline: TimelineEntry[] | undefined;
      if (existing) {
        if (existing.status !== 'withdrawn') throw already();
        // Applying again after withdrawing brings the same application back (one per person).
        const back = await statuses.move(applicationWorkflow, {
          table: 'job_applications',
          id: existing.id,
          from: 'withdrawn',
          to: 'applied',
          actor,
          at,
          note: '撤回后重新报名',
          changes: { account_id: accountId, member_id: member.id },
        });
        if (!back) throw already();
        application = { ...existing, account_id: accountId, member_id: member.id, status: 'applied', updated_at: at, member_name: member.name };
      } else {
        application = { id: newId('app'), posting_id: posting.id, account_id: accountId, member_id: member.id, person_key: member.person_key, status: 'applied', hired_at: null, created_at: at, updated_at: at, member_name: member.name };
        const { member_name: _name, ...row } = application;
        if (!(await applications.insert(row))) throw already();
        await statuses.record(applicationWorkflow, { id: application.id, from: null, to: 'applied', actor, at });
        timeline = [applicationWorkflow.entry({ from: null, to: 'applied', at, role: actor.role })];
      }
      await outbox.enqueue({
        accountId,
        kind: 'job_applied',
        title: '报名成功',
        body: `${member.name}已报名「${posting.title}」（${posting.employer_name}），用工单位会电话联系；联系人和电话可在我的报名中查看。`,
        page: JOBS_PAGES.myApplications,
        now,
      });
      await tellEmployer(posting, '新的报名', `${member.name}报名了「${posting.title}」，请尽快电话联系。`);
      return view(application, posting, timeline);
    },

    async withdraw(accountId: string, applicationId: string): Promise<ApplicationView> {
      const found = await applications.ofAccount(accountId, applicationId);
      if (!found) throw new AppError('NOT_FOUND', '未找到该报名');
      await lockKey(postingLock(found.posting_id));
      const a = (await applications.ofAccount(accountId, applicationId))!;
      applicationWorkflow.assertTransition(a.status, 'withdrawn', `该报名${applicationWorkflow.label(a.status)}，不能撤回`);
      if (!(await statuses.move(applicationWorkflow, { table: 'job_applications', id: a.id, from: a.status, to: 'withdrawn', actor: { accountId, role: 'resident' }, at }))) {
        throw new AppError('CONFLICT', '该报名状态已变化，请刷新');
      }
      const posting = (await postings.find(a.posting_id))!;
      await outbox.enqueue({ accountId, kind: 'job_withdrawn', title: '报名已撤回', body: `${a.member_name}已撤回「${posting.title}」的报名。`, page: JOBS_PAGES.myApplications, now });
      await tellEmployer(posting, '报名已撤回', `${a.member_name}撤回了「${posting.title}」的报名。`);
      return view({ ...a, status: 'withdrawn', updated_at: at }, posting);
    },

    /** 我的报名: every application of the account's members, newest first. */
    async mine(accountId: string): Promise<ApplicationView[]> {
      const rows = await applications.listOfAccount(accountId, 200);
      const [byId, timelines] = await Promise.all([postings.byIds([...new Set(rows.map((r) => r.posting_id))]), statuses.timelines(applicationWorkflow, rows.map((r) => r.id))]);
      return rows.map((a) => {
        const posting = byId.get(a.posting_id)!;
        return toApplicationView(a, posting, today, holdsContact(a.status) ? contactFor(viewer, posting, [a.status], vault) : null, timelines.get(a.id) ?? []);
      });
    },

    /** The posting's applicants, for its own employer (phones in full) or the station (masked); anyone else: NOT_FOUND. */
    async applicants(postingId: string): Promise<ApplicantView[]> {
      const posting = await postings.find(postingId);
      if (!posting || !managesPosting(viewer, posting)) throw new AppError('NOT_FOUND', '未找到该岗位');
      const rows = await applications.applicants(posting.id);
      const [registrations, timelines] = await Promise.all([seekers.ofMembers(rows.map((r) => r.member_id)), statuses.timelines(applicationWorkflow, rows.map((r) => r.id))]);
      const owner = ownsPosting(viewer, posting);
      return rows.map((a) => toApplicantView(a, registrations.get(a.member_id), owner, today, vault, timelines.get(a.id) ?? []));
    },

    /**
     * The employer (or station) records a call, a hire or a decline. A hire counts
     * against headcount in one conditional statement; the hire that reaches headcount
     * fills the posting and declines everyone still waiting, in the same transaction.
     */
    async setStatus(applicationId: string, to: EmployerMove): Promise<ApplicantView> {
      const found = await applications.find(applicationId);
      const owner = found && (await postings.find(found.posting_id));
      if (!found || !owner || !managesPosting(viewer, owner)) throw new AppError('NOT_FOUND', '未找到该报名');
      await lockKey(postingLock(found.posting_id));
      const [a, posting] = [(await applications.find(applicationId))!, (await postings.find(found.posting_id))!];
      const actor = { accountId: viewer.accountId, role: ownsPosting(viewer, posting) ? 'employer' : 'station_staff' };
      const closed = () => jobsError('POSTING_CLOSED', headcountLeft(posting) === 0 ? `该岗位已招满${posting.headcount}人` : '该岗位已停止招聘，不能再录用');
      // A full posting is the reason a hire fails, also for applicants its filling declined.
      if (to === 'hired' && !takesHires(posting)) throw closed();
      applicationWorkflow.assertTransition(a.status, to, `该报名${applicationWorkflow.label(a.status)}，不能标为${applicationWorkflow.label(to)}`);
      if (to === 'hired' && !(await postings.takeHire(posting.id, at))) throw closed();
      if (!(await statuses.move(applicationWorkflow, { table: 'job_applications', id: a.id, from: a.status, to, actor, at, changes: to === 'hired' ? { hired_at: at } : {} }))) {
        throw new AppError('CONFLICT', '该报名状态已变化，请刷新');
      }
      const message = EMPLOYER_MESSAGES[to];
      await outbox.enqueue({ accountId: a.account_id, kind: `job_application_${to}`, title: message.title, body: message.body(a.member_name, posting.title), page: JOBS_PAGES.myApplications, now });
      // takesHires admitted the hire, so the posting is published or expired: both fill.
      if (to === 'hired' && posting.hired + 1 >= posting.headcount) {
        if (!(await statuses.move(postingWorkflow, { table: 'job_postings', id: posting.id, from: posting.status, to: 'filled', actor, at, note: `已录用${posting.headcount}人，招满` }))) {
          throw new AppError('CONFLICT', '该岗位状态已变化，请刷新');
        }
        await declineOpenApplications({ applications, statuses, outbox, now }, posting, '已招满', actor);
      }
      const applicant = (await applications.applicant(a.id))!;
      const [registration, timelines] = await Promise.all([seekers.ofMembers([applicant.member_id]), statuses.timelines(applicationWorkflow, [a.id])]);
      return toApplicantView(applicant, registration.get(applicant.member_id), ownsPosting(viewer, posting), today, vault, timelines.get(a.id) ?? []);
    },
  };
}
