import { businessDate } from '../../../src/domain/business-date';
import type { ManagedPosting, PostingInput, PostingView } from '../../../src/domain/jobs/contract';
import type { JobsPolicy } from '../../../src/domain/jobs/jobs-policy';
import { jobsSentences } from '../../../src/domain/jobs/policy-sentences';
import { isExpired, postingFieldErrors, type PostingFields } from '../../../src/domain/jobs/posting-rules';
import { postingWorkflow, type PostingStatus } from '../../../src/domain/jobs/posting-workflow';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { Outbox } from '../messages/outbox';
import type { ApplicationRepository } from './application-repository';
import { declineOpenApplications } from './close-applications';
import type { EmployerRepository } from './employer-repository';
import { jobsError } from './jobs-errors';
import { JOBS_PAGES } from './jobs-pages';
import { toApplicationRef, toManagedPosting, toPostingView } from './jobs-views';
import { contactFor, managesPosting, ownsPosting, staffsPosting, visibleTo, type Viewer } from './posting-access';
import { postingRow } from './posting-record';
import type { PostingRepository, PostingRow } from './posting-repository';

export interface PostingDeps {
  postings: PostingRepository;
  applications: ApplicationRepository;
  employers: EmployerRepository;
  statuses: StatusStore;
  outbox: Outbox;
  /** Serialises every writer of one posting (review, close, apply, hire, withdraw). */
  lockKey: (key: string) => Promise<void>;
  vault: Vault;
  now: Date;
  policy: JobsPolicy;
  viewer: Viewer;
}

export const postingLock = (postingId: string) => `posting:${postingId}`;

/** The input's posting fields with every optional part filled in. */
export function fieldsFromInput(input: PostingInput): PostingFields {
  return {
    title: input.title,
    description: input.description ?? '',
    category: input.category,
    type: input.type,
    pay: input.pay,
    payUnit: input.payUnit,
    sameDayPay: input.sameDayPay,
    place: input.place,
    lat: input.lat,
    lng: input.lng,
    headcount: input.headcount,
    requirements: {
      minAge: input.requirements?.minAge ?? null,
      maxAge: input.requirements?.maxAge ?? null,
      skills: input.requirements?.skills ?? [],
      note: input.requirements?.note ?? '',
    },
    workDates: input.workDates ?? null,
    workHours: input.workHours ?? '',
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    validThrough: input.validThrough,
  };
}

/** Postings: the seeker's detail, the employer's own postings, the station's review. */
export function postingService(deps: PostingDeps) {
  const { postings, applications, employers, statuses, outbox, lockKey, vault, now, policy, viewer } = deps;
  const today = businessDate(now);
  const at = now.toISOString();

  /** The role a manager acts in on this posting (its employer first). */
  const actorFor = (row: { employer_id: string; station_id: string }) => ({
    accountId: viewer.accountId,
    role: ownsPosting(viewer, row) ? 'employer' : 'station_staff',
  });

  async function managed(rows: PostingRow[]): Promise<ManagedPosting[]> {
    const ids = rows.map((r) => r.id);
    const [counts, timelines] = await Promise.all([postings.applicantCounts(ids), statuses.timelines(postingWorkflow, ids)]);
    return rows.map((r) => toManagedPosting(r, { ownsPosting: ownsPosting(viewer, r), isStationStaff: staffsPosting(viewer, r), applications: [], contact: contactFor(viewer, r, [], vault) }, today, counts.get(r.id) ?? {}, timelines.get(r.id) ?? []));
  }

  async function managedOne(postingId: string): Promise<ManagedPosting> {
    const row = await postings.find(postingId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该岗位');
    return (await managed([row]))[0];
  }

  /** Reads a posting the caller manages, after taking its lock (another employer's: NOT_FOUND). */
  async function lockedManaged(postingId: string, who: 'employer' | 'manager'): Promise<PostingRow> {
    await lockKey(postingLock(postingId));
    const row = await postings.find(postingId);
    if (!row || !(who === 'employer' ? ownsPosting(viewer, row) : managesPosting(viewer, row))) throw new AppError('NOT_FOUND', '未找到该岗位');
    return row;
  }

  async function move(row: PostingRow, to: PostingStatus, extra: { note?: string | null; changes?: Record<string, unknown> } = {}) {
    const moved = await statuses.move(postingWorkflow, { table: 'job_postings', id: row.id, from: row.status, to, actor: actorFor(row), at, note: extra.note ?? null, changes: extra.changes });
    if (!moved) throw new AppError('CONFLICT', '该岗位状态已变化，请刷新');
  }

  const tellEmployer = async (row: PostingRow, title: string, body: string) => {
    if (!row.created_by_account_id || row.source !== 'employer') return;
    await outbox.enqueue({ accountId: row.created_by_account_id, kind: 'job_posting_reviewed', title, body, page: JOBS_PAGES.employerPostings, now });
  };

  return {
    async detail(postingId: string): Promise<PostingView> {
      const row = visibleTo(viewer, await postings.find(postingId));
      const mine = viewer.accountId ? await applications.ofAccountForPosting(viewer.accountId, row.id) : [];
      const contact = contactFor(viewer, row, mine.map((a) => a.status), vault);
      return toPostingView(row, { ownsPosting: ownsPosting(viewer, row), isStationStaff: staffsPosting(viewer, row), applications: mine.map(toApplicationRef), contact }, today);
    },

    /** A verified employer's new posting: it waits for the station's review before anyone sees it. */
    async create(input: PostingInput): Promise<ManagedPosting> {
      const employerId = input.employerId ?? (viewer.employerIds.length === 1 ? viewer.employerIds[0] : undefined);
      if (!employerId) throw new AppError('VALIDATION_FAILED', '请选择用工单位', { employerId: '请选择用工单位' });
      if (!viewer.employerIds.includes(employerId)) throw new AppError('FORBIDDEN');
      const employer = await employers.forPosting({ id: employerId });
      if (!employer || employer.verified !== 1) throw new AppError('FORBIDDEN', '用工单位尚未通过驿站认证，不能发布岗位');
      const fields = fieldsFromInput(input);
      const errors = postingFieldErrors(fields, today, policy);
      if (Object.keys(errors).length) throw new AppError('VALIDATION_FAILED', Object.values(errors)[0], errors);
      const row = postingRow(fields, {
        id: newId('job'),
        employer: { id: employer.id, name: employer.name, stationId: employer.station_id },
        status: 'pending_review',
        source: 'employer',
        createdBy: viewer.accountId,
        at,
        postedAt: null,
        seal: vault.encrypt,
        policy,
      });
      await postings.insert(row);
      await statuses.record(postingWorkflow, { id: row.id, from: null, to: 'pending_review', actor: { accountId: viewer.accountId, role: 'employer' }, at });
      return managedOne(row.id);
    },

    async myPostings(): Promise<ManagedPosting[]> {
      return managed(await postings.ofEmployers(viewer.employerIds, 300));
    },

    /** The employer marks its posting filled, or withdraws it; waiting applicants are told. */
    async close(postingId: string, to: 'filled' | 'withdrawn'): Promise<ManagedPosting> {
      const row = await lockedManaged(postingId, 'employer');
      postingWorkflow.assertTransition(row.status, to, to === 'filled' ? `当前状态（${postingWorkflow.label(row.status)}）不能标为已招满` : `当前状态（${postingWorkflow.label(row.status)}）不能撤回`);
      await move(row, to);
      await declineOpenApplications({ applications, statuses, outbox, now }, row, to === 'filled' ? '已招满' : '已被用工单位撤回', actorFor(row));
      return managedOne(row.id);
    },

    async reviewQueue(): Promise<ManagedPosting[]> {
      return managed(await postings.pendingOfStations(viewer.stationIds, 200));
    },

    /** Station staff publish a pending posting, or reject it with a reason its employer reads. */
    async review(postingId: string, approve: boolean, reason: string | undefined): Promise<ManagedPosting> {
      await lockKey(postingLock(postingId));
      const row = await postings.find(postingId);
      if (!row || !staffsPosting(viewer, row)) throw new AppError('NOT_FOUND', '未找到该岗位');
      const to = approve ? 'published' : 'rejected';
      postingWorkflow.assertTransition(row.status, to, `该岗位${postingWorkflow.label(row.status)}，不能再审核`);
      if (approve) {
        if (isExpired(row.valid_through, today)) throw jobsError('POSTING_CLOSED', `该岗位有效期已过（${jobsSentences.validThrough(row.valid_through)}），不能发布`);
        if (row.employer_verified !== 1) throw new AppError('ILLEGAL_TRANSITION', '用工单位尚未通过认证，不能发布');
        await move(row, 'published', { changes: { posted_at: at, rejection_reason: null } });
        await tellEmployer(row, '岗位审核通过', `「${row.title}」已通过驿站审核并发布，${jobsSentences.validThrough(row.valid_through)}。`);
      } else {
        await move(row, 'rejected', { note: reason ?? null, changes: { rejection_reason: reason ?? null } });
        await tellEmployer(row, '岗位未通过审核', `「${row.title}」未通过驿站审核。原因：${reason ?? ''}`);
      }
      return managedOne(row.id);
    },
  };
}
