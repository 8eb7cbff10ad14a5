import { businessDate } from '../../../src/domain/business-date';
import { CATEGORY_IDS, COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../../src/domain/heating/categories';
import { canRate, readingErrors, reopenRefusal, reopenUntil, type Reading } from '../../../src/domain/heating/complaint-rules';
import { complaintWorkflow, type ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import type { BuildingsAnswer, CommunitiesAnswer, ComplaintView } from '../../../src/domain/heating/contract';
import type { HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import { joinsIncident } from '../../../src/domain/heating/incidents';
import { heatingSentences, MEASURING_GUIDE } from '../../../src/domain/heating/policy-sentences';
import { inSeason, seasonAround } from '../../../src/domain/heating/season';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { HeatingComplaintTable } from '../../db/schema';
import type { MemberRepository } from '../account/member-repository';
import type { Outbox } from '../messages/outbox';
import type { ComplaintReader } from './complaint-reader';
import { heatingError } from './heating-errors';
import type { DetailedComplaint, HeatingRepository } from './heating-repository';
import { complaintPage, residentNotice } from './heating-notices';
import { dueColumns, runningDeadline, toComplaintView } from './heating-views';
import { shanghaiDateTime } from '../../../src/domain/date-wording';

export interface SubmitInput {
  communityId: string;
  buildingId: string;
  unitId: string;
  room: string;
  category: ComplaintCategory;
  readings: Reading[];
  description?: string;
  photos?: string[];
  phone?: string;
  memberId?: string;
}

export interface ComplaintDeps {
  /** Signed links to photos (the files kit). */
  photoUrls: (fileIds: string[]) => Promise<string[]>;
  /** Attaches the caller's own unused uploads, or refuses with VALIDATION_FAILED (the files kit). */
  attachPhotos: (input: { accountId: string; fileIds: string[]; recordId: string }) => Promise<void>;
  heating: HeatingRepository;
  members: MemberRepository;
  outbox: Outbox;
  statuses: StatusStore;
  reader: ComplaintReader;
  /** Serialises the writers of one station's complaints (incident grouping, duplicates). */
  lockKey: (key: string) => Promise<void>;
  vault: Vault;
  now: Date;
  policy: HeatingPolicy;
  /** The heating companies the caller dispatches for (the staff exception on `detail`). */
  companyIds: string[];
  official: boolean;
}

export const stationLock = (stationId: string) => `heating-station:${stationId}`;

/** The resident's side of 温暖供热: every method is scoped to the calling account. */
export function complaintService({ heating, members, outbox, statuses, reader, lockKey, vault, now, policy, companyIds, official, photoUrls, attachPhotos }: ComplaintDeps) {
  const at = now.toISOString();
  const actor = (accountId: string) => ({ accountId, role: 'resident' });

  async function own(accountId: string, complaintId: string): Promise<DetailedComplaint> {
    const row = await heating.complaintOfAccount(accountId, complaintId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该反映');
    return row;
  }

  /** The resident's own move: the conditional move, its notice, and the complaint as it now stands. */
  async function moveOwn(row: DetailedComplaint, to: ComplaintStatus, note: string, changes: Partial<HeatingComplaintTable>): Promise<ComplaintView> {
    const all = { ...changes, ...dueColumns({ ...row, ...changes }, to, policy) };
    if (!(await statuses.move(complaintWorkflow, { table: 'heating_complaints', id: row.id, from: row.status, to, actor: actor(row.account_id), at, note, changes: all }))) {
      throw new AppError('CONFLICT', '该反映状态已变化，请刷新');
    }
    const current: DetailedComplaint = { ...row, ...all, status: to, updated_at: at };
    await outbox.enqueue({ accountId: row.account_id, ...residentNotice(current, to, { note, pending: runningDeadline(current, policy).pending, policy }), page: complaintPage(row.id), now });
    return reader.one(current);
  }

  /** The place must exist and hang together: the building of the community, the unit of the building. */
  async function placeOf(input: SubmitInput) {
    const [community, unit] = await Promise.all([heating.community(input.communityId), heating.unit(input.unitId)]);
    if (!community) throw new AppError('VALIDATION_FAILED', '请选择小区', { communityId: '未找到该小区' });
    if (!unit || unit.community_id !== community.id || unit.building_id !== input.buildingId) {
      // Say which choice is wrong: the building (not of this community) or the unit (not of this building).
      if (!(await heating.buildingsOf(community.id)).some((b) => b.id === input.buildingId)) {
        throw new AppError('VALIDATION_FAILED', '请选择楼栋', { buildingId: '该楼栋不属于所选小区' });
      }
      throw new AppError('VALIDATION_FAILED', '请选择单元', { unitId: '该单元不属于所选楼栋' });
    }
    return { community, unit };
  }

  /** The contact phone as typed, or the chosen member's (the app only ever holds it masked). */
  async function contactPhone(accountId: string, input: SubmitInput): Promise<{ phone: string; member: { id: string; name: string } | null }> {
    let member: { id: string; name: string } | null = null;
    let memberPhone: string | null = null;
    if (input.memberId) {
      const found = await members.findActive(accountId, input.memberId);
      if (!found) throw new AppError('NOT_FOUND', '未找到该家庭成员');
      member = { id: found.id, name: found.name };
      memberPhone = !input.phone && found.phone_enc ? vault.decrypt(found.phone_enc) : null;
    }
    const phone = input.phone ?? memberPhone;
    if (!phone) throw new AppError('VALIDATION_FAILED', '请填写联系电话', { phone: '请填写联系电话' });
    return { phone, member };
  }

  return {
    /** The places to pick from, the account's last place, and the rules the form words. */
    async communities(accountId: string | null): Promise<CommunitiesAnswer> {
      const [rows, last] = await Promise.all([heating.communities(), accountId ? heating.lastPlace(accountId) : Promise.resolve(undefined)]);
      const today = businessDate(now);
      return {
        communities: rows.map((r) => ({ id: r.id, name: r.name, stationId: r.station_id, stationName: r.station_name, companyId: r.company_id, companyName: r.company_name, companyPhone: r.company_phone })),
        lastPlace: last ? { communityId: last.community_id, buildingId: last.building_id, unitId: last.unit_id, room: last.room } : null,
        categories: CATEGORY_IDS.map((id) => ({
          id,
          label: COMPLAINT_CATEGORIES[id].label,
          seasonal: COMPLAINT_CATEGORIES[id].seasonal,
          needsReading: COMPLAINT_CATEGORIES[id].needsReading,
          deadlineSentence: heatingSentences.deadlines(policy, id),
        })),
        season: { ...seasonAround(today, policy.season), inSeason: inSeason(today, policy.season), sentence: heatingSentences.season(policy) },
        measuringGuide: MEASURING_GUIDE,
        refundSentence: heatingSentences.refundTiers(policy),
        reopenSentence: heatingSentences.reopenRule(policy),
        standardSentence: heatingSentences.standard(policy),
        policy,
      };
    },

    async buildings(communityId: string): Promise<BuildingsAnswer> {
      if (!(await heating.community(communityId))) throw new AppError('NOT_FOUND', '未找到该小区');
      const buildings = await heating.buildingsOf(communityId);
      const units = await heating.unitsOf(buildings.map((b) => b.id));
      return { buildings: buildings.map((b) => ({ id: b.id, name: b.name, units: units.filter((u) => u.building_id === b.id).map((u) => ({ id: u.id, name: u.name })) })) };
    },

    async submit(accountId: string, input: SubmitInput): Promise<ComplaintView> {
      const { community, unit } = await placeOf(input);
      if (COMPLAINT_CATEGORIES[input.category].seasonal && !inSeason(businessDate(now), policy.season)) {
        throw heatingError('OUT_OF_SEASON', heatingSentences.outOfSeason(policy, input.category));
      }
      const readingFields = readingErrors(input.readings, input.category, now);
      if (Object.keys(readingFields).length) throw new AppError('VALIDATION_FAILED', '自测室温有误', readingFields);
      const { phone, member } = await contactPhone(accountId, input);

      const id = newId('hcp');
      const row: Omit<HeatingComplaintTable, 'incident_id'> = {
        id,
        account_id: accountId,
        member_id: member?.id ?? null,
        community_id: community.id,
        building_id: unit.building_id,
        unit_id: unit.unit_id,
        room: input.room,
        station_id: community.station_id,
        company_id: community.company_id,
        category: input.category,
        status: 'submitted',
        readings: JSON.stringify(input.readings.map((r) => ({ celsius: Math.round(r.celsius * 10) / 10, at: new Date(r.at).toISOString() }))),
        description: input.description || null,
        phone_enc: vault.encrypt(phone),
        measured_celsius: null,
        measured_at: null,
        crew_name: null,
        crew_phone_enc: null,
        accepted_at: null,
        dispatched_at: null,
        first_measured_at: null,
        resolved_at: null,
        first_resolved_at: null,
        reopened_at: null,
        closed_at: null,
        ...dueColumns({ category: input.category, submitted_at: at, reopened_at: null }, 'submitted', policy),
        rating_score: null,
        rating_comment: null,
        rated_at: null,
        submitted_at: at,
        updated_at: at,
      };
      const named = {
        ...row,
        community_name: community.name,
        building_name: unit.building_name,
        unit_name: unit.unit_name,
        station_name: community.station_name,
        company_name: community.company_name,
        company_phone: community.company_phone,
        member_name: member?.name ?? null,
      };
      // What does not depend on the station's incident is written before its lock is taken,
      // so the lock is held for as few statements as possible (all of it commits or none).
      await statuses.record(complaintWorkflow, { id, from: null, to: 'submitted', actor: actor(accountId), at });
      await heating.rememberPlace({ account_id: accountId, community_id: community.id, building_id: unit.building_id, unit_id: unit.unit_id, room: input.room, updated_at: at });
      const notice = residentNotice(named, 'submitted', { note: null, pending: runningDeadline(named, policy).pending, policy });
      await outbox.enqueue({ accountId, ...notice, page: complaintPage(id), now });

      // One writer per station at a time: the duplicate check, the incident a complaint
      // joins and the incident's household count all read what the last writer committed.
      await lockKey(stationLock(community.station_id));
      const latest = await heating.latestIncident(community.station_id);
      const joined = latest && joinsIncident({ openedAt: latest.opened_at, openComplaints: latest.has_open ? 1 : 0 }, now, policy) ? latest : null;
      const household = await heating.household(input.unitId, input.room, input.category, joined?.id ?? null);
      if (household.openDuplicate) throw heatingError('DUPLICATE_COMPLAINT');
      const incident = joined ?? { id: newId('inc'), station_id: community.station_id, company_id: community.company_id, opened_at: at, households: 0, dispatched_at: null, updated_at: at };
      if (!joined) await heating.insertIncident(incident);
      if (!household.inIncident) await heating.addHousehold(incident.id, at);
      await heating.insertComplaint({ ...row, incident_id: incident.id });
      const photos = input.photos ?? [];
      // Only the caller's own, unused uploads; a refusal undoes the complaint and its notice too.
      await attachPhotos({ accountId, fileIds: photos, recordId: id });

      // The answer is built from what was just written: no need to read it back.
      const detailed: DetailedComplaint = { ...named, incident_id: incident.id };
      return toComplaintView(
        detailed,
        {
          timeline: [complaintWorkflow.entry({ from: null, to: 'submitted', at, role: 'resident' })],
          photos,
          photoUrls: await photoUrls(photos),
          incident: { households: incident.households + (household.inIncident ? 0 : 1), dispatched: incident.dispatched_at !== null },
        },
        { now, policy, vault },
      );
    },

    /** 我的反映, newest first. */
    async mine(accountId: string): Promise<ComplaintView[]> {
      return reader.views(await heating.complaintsOfAccount(accountId, 100));
    },

    /**
     * One complaint for its owner; for the company's dispatcher with the phones in full
     * (the crew calls the resident: domain.md's one staff exception); for officials masked.
     * Anyone else: NOT_FOUND, as for a complaint that does not exist.
     */
    async detail(accountId: string, complaintId: string): Promise<ComplaintView> {
      const mine = await heating.complaintOfAccount(accountId, complaintId);
      if (mine) return reader.one(mine);
      const staff = await heating.complaintOfCompanies(companyIds, complaintId);
      if (staff) return reader.one(staff, { revealPhones: true, staffView: true });
      const county = official ? await heating.complaint(complaintId) : undefined;
      if (county) return reader.one(county, { staffView: true });
      throw new AppError('NOT_FOUND', '未找到该反映');
    },

    /** 办结: the resident confirms the result. */
    async confirm(accountId: string, complaintId: string): Promise<ComplaintView> {
      const row = await own(accountId, complaintId);
      complaintWorkflow.assertTransition(row.status, 'closed', row.status === 'closed' ? '该反映已办结' : '处理完成后才能确认办结');
      return moveOwn(row, 'closed', '居民确认办结', { closed_at: at });
    },

    /** 重新处理: within the window after 已处理, with the reason; the measuring clock starts again. */
    async reopen(accountId: string, complaintId: string, reason: string): Promise<ComplaintView> {
      const row = await own(accountId, complaintId);
      const refusal = reopenRefusal({ status: row.status, resolvedAt: row.resolved_at }, now, policy);
      if (refusal === 'status') complaintWorkflow.assertTransition(row.status, 'reopened', '处理完成后才能申请重新处理');
      if (refusal === 'window') {
        throw heatingError('REOPEN_WINDOW_CLOSED', `已处理超过${policy.reopenDays}天（可申请至${shanghaiDateTime(reopenUntil(row.resolved_at!, policy))}），不能申请重新处理；如仍有问题请重新反映或致电${row.company_name} ${row.company_phone}`);
      }
      return moveOwn(row, 'reopened', reason, { reopened_at: at, closed_at: null });
    },

    /** A rating 1–5 with a comment, once, after there is a result. */
    async rate(accountId: string, complaintId: string, score: number, comment: string | null): Promise<ComplaintView> {
      const row = await own(accountId, complaintId);
      if (row.rating_score !== null) throw heatingError('ALREADY_RATED');
      if (!canRate(row.status)) throw new AppError('ILLEGAL_TRANSITION', '处理完成后才能评价');
      if (!(await heating.rate(accountId, row.id, score, comment, at))) throw heatingError('ALREADY_RATED');
      return reader.one({ ...row, rating_score: score, rating_comment: comment, rated_at: at });
    },
  };
}
