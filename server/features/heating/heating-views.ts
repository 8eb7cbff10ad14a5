import { shanghaiDateTime } from '../../../src/domain/date-wording';
import { categoryLabel } from '../../../src/domain/heating/categories';
import { autoCloseAt, canRate, reopenRefusal, reopenUntil, type Reading } from '../../../src/domain/heating/complaint-rules';
import { complaintWorkflow, dispatcherMovesFrom, type ComplaintStatus } from '../../../src/domain/heating/complaint-workflow';
import type { ComplaintView, IncidentView } from '../../../src/domain/heating/contract';
import { DEADLINE_LABELS, deadlinesOf, isOverdue, pendingDeadline } from '../../../src/domain/heating/deadlines';
import type { HeatingPolicy } from '../../../src/domain/heating/heating-policy';
import { incidentJoinUntil, incidentSentence } from '../../../src/domain/heating/incidents';
import { heatingSentences } from '../../../src/domain/heating/policy-sentences';
import { refundTier } from '../../../src/domain/heating/refund-tier';
import { maskPhone } from '../../../src/domain/masking';
import type { TimelineEntry } from '../../../src/domain/workflow';
import type { Vault } from '../../core/personal-data';
import type { HeatingComplaintTable } from '../../db/schema';
import type { DetailedComplaint, IncidentSummary } from './heating-repository';

/** '金都盛世3号楼2单元502室' — for the resident's own notices and the dispatcher's desk only. */
export const householdOf = (c: Pick<DetailedComplaint, 'community_name' | 'building_name' | 'unit_name' | 'room'>) => `${c.community_name}${c.building_name}${c.unit_name}${c.room}室`;

/** '金都盛世3号楼2单元' — the address other systems may see (never the room). */
export const entranceOf = (c: Pick<DetailedComplaint, 'community_name' | 'building_name' | 'unit_name'>) => `${c.community_name}${c.building_name}${c.unit_name}`;

export const readingsOf = (c: Pick<DetailedComplaint, 'readings'>): Reading[] => JSON.parse(c.readings) as Reading[];

/** The deadlines of a stored complaint, and the one running now. */
export function runningDeadline(c: Pick<DetailedComplaint, 'category' | 'submitted_at' | 'reopened_at' | 'status'>, policy: HeatingPolicy) {
  const deadlines = deadlinesOf({ category: c.category, submittedAt: c.submitted_at, reopenedAt: c.reopened_at }, policy);
  return { deadlines, pending: pendingDeadline(c.status, deadlines) };
}

/** The running deadline as stored on the row (`due_kind`, `due_at`), for the queue's order and the scheduler. */
export function dueColumns(c: Pick<HeatingComplaintTable, 'category' | 'submitted_at' | 'reopened_at'>, status: ComplaintStatus, policy: HeatingPolicy) {
  const { pending } = runningDeadline({ ...c, status }, policy);
  return { due_kind: pending?.kind ?? null, due_at: pending?.by ?? null };
}

export interface ViewExtras {
  timeline: TimelineEntry[];
  photos: string[];
  /** Links the viewer's app can show (signed, short-lived), in the order of `photos`. */
  photoUrls: string[];
  incident: { households: number; dispatched: boolean };
}

export interface ViewContext {
  now: Date;
  policy: HeatingPolicy;
  vault: Vault;
  /** The staff exception (domain.md): the company's dispatcher on one complaint's detail sees the phones in full. */
  revealPhones?: boolean;
  /** Staff and officials read a complaint they cannot confirm, reopen or rate: only its owner can. */
  staffView?: boolean;
}

export function toComplaintView(c: DetailedComplaint, extras: ViewExtras, { now, policy, vault, revealPhones = false, staffView = false }: ViewContext): ComplaintView {
  const { deadlines, pending } = runningDeadline(c, policy);
  const phone = vault.decrypt(c.phone_enc);
  const crewPhone = c.crew_phone_enc ? vault.decrypt(c.crew_phone_enc) : null;
  const tier = refundTier(c.measured_celsius, policy);
  const reopenable = reopenRefusal({ status: c.status, resolvedAt: c.resolved_at }, now, policy) === null;
  return {
    id: c.id,
    status: c.status,
    statusLabel: complaintWorkflow.label(c.status),
    statusTone: complaintWorkflow.tone(c.status),
    category: c.category,
    categoryLabel: categoryLabel(c.category),
    communityId: c.community_id,
    communityName: c.community_name,
    buildingId: c.building_id,
    buildingName: c.building_name,
    unitId: c.unit_id,
    unitName: c.unit_name,
    room: c.room,
    stationId: c.station_id,
    stationName: c.station_name,
    companyName: c.company_name,
    companyPhone: c.company_phone,
    readings: readingsOf(c),
    description: c.description,
    measuredCelsius: c.measured_celsius,
    measuredAt: c.measured_at,
    refundTier: tier && c.measured_celsius !== null ? { ...tier, sentence: heatingSentences.refund(c.measured_celsius, tier, policy) } : null,
    deadlines: { acceptBy: deadlines.acceptBy, measureBy: deadlines.measureBy, resolveBy: deadlines.resolveBy },
    deadlineSentence: heatingSentences.deadlines(policy, c.category),
    nextDeadline: pending ? { ...pending, label: `${shanghaiDateTime(pending.by)}前${DEADLINE_LABELS[pending.kind].step}` } : null,
    overdue: isOverdue(pending, now),
    overdueLabel: pending && isOverdue(pending, now) ? `督办：${DEADLINE_LABELS[pending.kind].overdue}` : null,
    incident: { id: c.incident_id, ...extras.incident, sentence: incidentSentence(extras.incident) },
    crew: c.crew_name ? { name: c.crew_name, phoneMasked: maskPhone(crewPhone ?? ''), ...(revealPhones && crewPhone ? { phone: crewPhone } : {}) } : null,
    timeline: extras.timeline,
    rating: c.rating_score !== null ? { score: c.rating_score, comment: c.rating_comment } : null,
    phoneMasked: maskPhone(phone),
    ...(revealPhones ? { phone } : {}),
    photos: extras.photos,
    photoUrls: extras.photoUrls,
    submittedAt: c.submitted_at,
    updatedAt: c.updated_at,
    resolvedAt: c.resolved_at,
    canConfirm: !staffView && complaintWorkflow.canTransition(c.status, 'closed'),
    canReopen: !staffView && reopenable,
    reopenUntil: c.resolved_at ? reopenUntil(c.resolved_at, policy) : null,
    autoCloseAt: c.status === 'resolved' && c.resolved_at ? autoCloseAt(c.resolved_at, policy) : null,
    canRate: !staffView && canRate(c.status) && c.rating_score === null,
    allowedMoves: dispatcherMovesFrom(c.status),
  };
}

export function toIncidentView(i: IncidentSummary, now: Date, policy: HeatingPolicy): IncidentView {
  return {
    id: i.id,
    stationId: i.station_id,
    stationName: i.station_name,
    households: i.households,
    openedAt: i.opened_at,
    status: i.open_complaints > 0 ? 'open' : 'closed',
    joinUntil: incidentJoinUntil(i.opened_at, policy),
    complaints: i.complaints,
    openComplaints: i.open_complaints,
    dispatched: i.dispatched_at !== null,
    nextDeadline: i.next_due_at,
    overdue: i.next_due_at !== null && new Date(i.next_due_at).getTime() < now.getTime(),
  };
}
