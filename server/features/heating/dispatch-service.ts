import { addDays, startOfBusinessDate } from '../../../src/domain/business-date';
import { CATEGORY_IDS } from '../../../src/domain/heating/categories';
import { moveInputErrors, type MoveInput } from '../../../src/domain/heating/complaint-rules';
import { complaintWorkflow, OPEN_STATUSES, type ComplaintStatus, type DispatcherMove, type IncidentMove } from '../../../src/domain/heating/complaint-workflow';
import type { ComplaintView, HeatingStats, IncidentMoveAnswer, IncidentView } from '../../../src/domain/heating/contract';
import { HOUR_MS, type HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import { heatingSentences } from '../../../src/domain/heating/policy-sentences';
import { countByStatus, stationFigures, type ComplaintFacts } from '../../../src/domain/heating/station-figures';
import { AppError } from '../../core/errors';
import type { Vault } from '../../core/personal-data';
import type { StatusStore } from '../../db/status-store';
import type { Outbox } from '../messages/outbox';
import type { ComplaintReader } from './complaint-reader';
import type { HeatingComplaintTable } from '../../db/schema';
import type { DetailedComplaint, HeatingRepository } from './heating-repository';
import { complaintPage, residentNotice } from './heating-notices';
import { dueColumns, runningDeadline, toIncidentView } from './heating-views';

/** Incidents closed longer ago than this drop off the dispatcher's list. */
const RECENT_INCIDENT_HOURS = 72;

export interface DispatchDeps {
  heating: HeatingRepository;
  outbox: Outbox;
  statuses: StatusStore;
  reader: ComplaintReader;
  vault: Vault;
  now: Date;
  policy: HeatingPolicy;
  /** The heating companies the caller dispatches for (the action's roles are checked too). */
  companyIds: string[];
  /** County officials see every company's figures. */
  official: boolean;
  actorAccountId: string;
}

/** The heating company's desk: its queue, incidents and moves, and figures; scoped to the caller's companies. */
export function dispatchService({ heating, outbox, statuses, reader, vault, now, policy, companyIds, official, actorAccountId }: DispatchDeps) {
  const at = now.toISOString();
  const actor = { accountId: actorAccountId, role: 'heating_dispatcher' };

  function assertMoveInput(to: DispatcherMove, input: MoveInput, submittedAt: string) {
    const fields = moveInputErrors(to, input, { submittedAt, now });
    if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', Object.values(fields)[0], fields);
  }

  /**
   * The columns that change with a move, the timeline note, and the conditional move
   * itself, then the resident's notice. Answers the complaint as it now stands, or null
   * when someone else moved it first.
   */
  async function applyMove(row: DetailedComplaint, to: DispatcherMove, input: MoveInput): Promise<DetailedComplaint | null> {
    const changes: Partial<HeatingComplaintTable> = {};
    let note = input.note ?? null;
    if (to === 'accepted') changes.accepted_at = row.accepted_at ?? at;
    if (to === 'dispatched' && input.crew) {
      changes.dispatched_at = at;
      changes.crew_name = input.crew.name;
      changes.crew_phone_enc = vault.encrypt(input.crew.phone);
      // The timeline is the resident's too: the crew's name, never their phone.
      note = [`派单：${input.crew.name}`, input.note].filter(Boolean).join('；');
    }
    if (to === 'measured' && input.measuredCelsius !== undefined) {
      const measuredAt = input.measuredAt ? new Date(input.measuredAt).toISOString() : at;
      changes.measured_celsius = Math.round(input.measuredCelsius * 10) / 10;
      changes.measured_at = measuredAt;
      changes.first_measured_at = row.first_measured_at ?? measuredAt;
      note = [`实测${heatingSentences.celsius(input.measuredCelsius)}`, input.note].filter(Boolean).join('；');
    }
    if (to === 'resolved') {
      changes.resolved_at = at;
      changes.first_resolved_at = row.first_resolved_at ?? at;
    }
    Object.assign(changes, dueColumns(row, to, policy));
    const moved = await statuses.move(complaintWorkflow, { table: 'heating_complaints', id: row.id, from: row.status, to, actor, at, note, changes });
    if (!moved) return null;
    if (to === 'dispatched') await heating.markDispatched(row.incident_id, at);
    const current: DetailedComplaint = { ...row, ...changes, status: to, updated_at: at };
    await outbox.enqueue({ accountId: current.account_id, ...residentNotice(current, to, { note: input.note ?? null, pending: runningDeadline(current, policy).pending, policy }), page: complaintPage(row.id), now });
    return current;
  }

  async function incidentView(incidentId: string): Promise<IncidentView> {
    return toIncidentView((await heating.incidentOfCompanies(companyIds, incidentId))!, now, policy);
  }

  return {
    /** The company's complaints, the nearest running deadline first; open ones unless a status is named. */
    async queue(filter: { status?: ComplaintStatus; stationId?: string }): Promise<ComplaintView[]> {
      const rows = await heating.queue(companyIds, { statuses: filter.status ? [filter.status] : OPEN_STATUSES, stationId: filter.stationId }, 200);
      return reader.views(rows, { staffView: true });
    },

    async incidents(filter: { stationId?: string }): Promise<IncidentView[]> {
      const since = new Date(now.getTime() - RECENT_INCIDENT_HOURS * HOUR_MS).toISOString();
      const rows = await heating.incidentsOfCompanies(companyIds, since, filter.stationId);
      return rows.map((r) => toIncidentView(r, now, policy)).sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
    },

    /** One move of one complaint of the caller's company: of two dispatchers moving it at once exactly one wins. */
    async transition(input: MoveInput & { complaintId: string; to: DispatcherMove }): Promise<ComplaintView> {
      const row = await heating.complaintOfCompanies(companyIds, input.complaintId);
      if (!row) throw new AppError('NOT_FOUND', '未找到该反映');
      assertMoveInput(input.to, input, row.submitted_at);
      complaintWorkflow.assertTransition(row.status, input.to);
      const moved = await applyMove(row, input.to, input);
      if (!moved) throw new AppError('CONFLICT', '该反映已被其他调度员处理，请刷新后查看');
      return reader.one(moved, { staffView: true });
    },

    /**
     * One move applied to each open complaint of an incident that can make it (accept all,
     * dispatch one crew to all…); the others are listed as skipped. Measuring is per
     * household and never copied across an incident.
     */
    async transitionIncident(input: MoveInput & { incidentId: string; to: IncidentMove }): Promise<IncidentMoveAnswer> {
      const incident = await heating.incidentOfCompanies(companyIds, input.incidentId);
      if (!incident) throw new AppError('NOT_FOUND', '未找到该事件');
      assertMoveInput(input.to, input, incident.opened_at);
      const moved: string[] = [];
      const skipped: IncidentMoveAnswer['skipped'] = [];
      // In id order, the same order as any other writer walking this incident.
      for (const row of await heating.openComplaintsOfIncident(incident.id)) {
        if (complaintWorkflow.canTransition(row.status, input.to) && (await applyMove(row, input.to, input))) moved.push(row.id);
        else skipped.push({ complaintId: row.id, status: row.status, statusLabel: complaintWorkflow.label(row.status) });
      }
      if (moved.length === 0) {
        throw new AppError('ILLEGAL_TRANSITION', `该事件中没有可以变为“${complaintWorkflow.label(input.to)}”的反映`);
      }
      return { incident: await incidentView(incident.id), moved, skipped };
    },

    /** Figures for a period: the caller's companies, or the whole county for officials. */
    async stats(input: { from: string; to: string }): Promise<HeatingStats> {
      const scope = official ? null : companyIds;
      const [stations, rows] = await Promise.all([
        heating.stations(scope),
        heating.factsBetween(scope, startOfBusinessDate(input.from).toISOString(), startOfBusinessDate(addDays(input.to, 1)).toISOString()),
      ]);
      const facts: ComplaintFacts[] = rows.map((r) => ({
        stationId: r.station_id,
        category: r.category,
        status: r.status,
        submittedAt: r.submitted_at,
        reopenedAt: r.reopened_at,
        acceptedAt: r.accepted_at,
        firstMeasuredAt: r.first_measured_at,
        firstResolvedAt: r.first_resolved_at,
        ratingScore: r.rating_score,
      }));
      const byStation = stationFigures(stations, facts, now, policy);
      const byCategory = Object.fromEntries(CATEGORY_IDS.map((c) => [c, facts.filter((f) => f.category === c).length])) as HeatingStats['byCategory'];
      return {
        from: input.from,
        to: input.to,
        complaints: facts.length,
        byStatus: countByStatus(facts),
        byCategory,
        overdue: byStation.reduce((sum, s) => sum + s.overdue, 0),
        byStation,
      };
    },
  };
}
