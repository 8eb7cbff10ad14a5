import type { Enrollment, EventKind, JobEvent } from '../../../src/domain/jobs/contract';
import { EVENT_KINDS } from '../../../src/domain/jobs/vocabulary';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import type { EventRepository } from './event-repository';
import { jobsError } from './jobs-errors';
import { JOBS_PAGES } from './jobs-pages';
import { toEvent, whenText } from './jobs-views';
import { stationOf, type Viewer } from './posting-access';

export interface EventDeps {
  events: EventRepository;
  members: MemberRepository;
  outbox: Outbox;
  lockPerson: (personKey: string) => Promise<void>;
  now: Date;
  viewer: Viewer;
}

export interface EventInput {
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt?: string;
  place: string;
  seats: number;
  description?: string;
  lat?: number;
  lng?: number;
  stationId?: string;
}

/** Training classes (养老护理员, 育婴员…) and job fairs: seats exact under any concurrency, one enrolment per person. */
export function eventService({ events, members, outbox, lockPerson, now, viewer }: EventDeps) {
  const at = now.toISOString();
  const started = (startsAt: string) => new Date(startsAt).getTime() <= now.getTime();

  async function withMine(rows: Awaited<ReturnType<EventRepository['upcoming']>>): Promise<JobEvent[]> {
    const mine = viewer.accountId ? await events.enrolledOfAccount(viewer.accountId, rows.map((e) => e.id)) : [];
    return rows.map((e) =>
      toEvent(
        e,
        now,
        mine.filter((m) => m.event_id === e.id).map((m) => ({ enrollmentId: m.id, memberId: m.member_id, memberName: m.member_name })),
      ),
    );
  }

  return {
    list: async (kind?: EventKind) => withMine(await events.upcoming(at, kind, 200)),

    async enroll(accountId: string, eventId: string, memberId: string): Promise<Enrollment> {
      // Every writer of a person's enrolments takes this lock first.
      const member = await members.findActiveLockingPerson(accountId, memberId);
      if (!member) throw new AppError('NOT_FOUND', '未找到该报名人');
      const event = await events.find(eventId);
      if (!event) throw new AppError('NOT_FOUND', '未找到该活动');
      if (started(event.starts_at)) throw new AppError('ILLEGAL_TRANSITION', '活动已开始，报名已截止');
      const already = () => jobsError('ALREADY_ENROLLED', `${member.name}已报名「${event.title}」`);
      const existing = await events.ofPerson(event.id, member.person_key);
      if (existing?.status === 'enrolled') throw already();
      if (!(await events.takeSeat(event.id, at))) throw jobsError('EVENT_FULL', `「${event.title}」名额已满`);
      const enrollmentId = existing?.id ?? newId('enr');
      // Either the person's cancelled enrolment comes back, or a first one is added; if
      // neither changed exactly one row, someone else won and the seat is not kept.
      const placed = existing
        ? await events.setEnrollmentStatus(existing.id, 'cancelled', 'enrolled', { account_id: accountId, member_id: member.id, reminded_at: null, created_at: at, updated_at: at })
        : await events.insertEnrollment({ id: enrollmentId, event_id: event.id, account_id: accountId, member_id: member.id, person_key: member.person_key, status: 'enrolled', reminded_at: null, created_at: at, updated_at: at });
      if (!placed) throw already();
      await outbox.enqueue({
        accountId,
        kind: 'job_event_enrolled',
        title: `${EVENT_KINDS[event.kind as EventKind] ?? '活动'}报名成功`,
        body: `${member.name}已报名「${event.title}」，${whenText(event.starts_at)}，地点：${event.place}。`,
        page: JOBS_PAGES.events,
        now,
      });
      const view = toEvent({ ...event, taken: event.taken + 1 }, now, [{ enrollmentId, memberId: member.id, memberName: member.name }]);
      return { enrollmentId, eventId: event.id, memberId: member.id, memberName: member.name, status: 'enrolled', enrolledAt: at, event: view };
    },

    async cancel(accountId: string, enrollmentId: string): Promise<Enrollment> {
      const found = await events.ofAccount(accountId, enrollmentId);
      if (!found || found.status !== 'enrolled') throw new AppError('NOT_FOUND', '未找到该报名');
      await lockPerson(found.person_key);
      const event = (await events.find(found.event_id))!;
      if (started(event.starts_at)) throw new AppError('ILLEGAL_TRANSITION', '活动已开始，不能取消报名');
      // The seat comes back only when this call is the one that cancelled the enrolment.
      if (!(await events.setEnrollmentStatus(found.id, 'enrolled', 'cancelled', { updated_at: at }))) throw new AppError('NOT_FOUND', '未找到该报名');
      await events.releaseSeat(event.id, at);
      const member = await members.findActive(accountId, found.member_id);
      const name = member?.name ?? '';
      await outbox.enqueue({ accountId, kind: 'job_event_cancelled', title: '已取消报名', body: `${name}已取消「${event.title}」（${whenText(event.starts_at)}）的报名。`, page: JOBS_PAGES.events, now });
      return { enrollmentId: found.id, eventId: event.id, memberId: found.member_id, memberName: name, status: 'cancelled', enrolledAt: found.created_at, event: toEvent({ ...event, taken: Math.max(0, event.taken - 1) }, now, []) };
    },

    /** Station staff publish a class or fair at their station. */
    async publish(input: EventInput): Promise<JobEvent> {
      const stationId = stationOf(viewer, input.stationId);
      const fields: Record<string, string> = {};
      if (new Date(input.startsAt).getTime() <= now.getTime()) fields.startsAt = '开始时间须晚于现在';
      if (input.endsAt && new Date(input.endsAt).getTime() <= new Date(input.startsAt).getTime()) fields.endsAt = '结束时间须晚于开始时间';
      if ((input.lat === undefined) !== (input.lng === undefined)) fields.lat = '请同时提供经纬度';
      if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', Object.values(fields)[0], fields);
      const row = {
        id: newId('evt'),
        station_id: stationId,
        kind: input.kind,
        title: input.title,
        description: input.description ?? '',
        starts_at: new Date(input.startsAt).toISOString(),
        ends_at: input.endsAt ? new Date(input.endsAt).toISOString() : null,
        place: input.place,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        seats: input.seats,
        taken: 0,
        created_by_account_id: viewer.accountId,
        created_at: at,
        updated_at: at,
      };
      await events.insert(row);
      return toEvent(row, now, []);
    },
  };
}
