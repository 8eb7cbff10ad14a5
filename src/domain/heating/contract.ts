/**
 * What the `heating` cloud function answers, named once and shared: the server's views are
 * typed with these, and the app imports them type-only. Add fields freely; rename nothing
 * (the county's 12345 platform and other clients read this contract).
 */
import type { TimelineEntry, Tone } from '../workflow';
import type { ComplaintCategory } from './categories';
import type { ComplaintStatus, DispatcherMove } from './complaint-workflow';
import type { DeadlineKind } from './deadlines';
import type { HeatingPolicy } from './heating-policy';
import type { StationFigures } from './station-figures';

export type { ComplaintCategory, ComplaintStatus, DeadlineKind, DispatcherMove, StationFigures };

export interface CommunityOption {
  id: string;
  name: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  /** The heating company's service line (tap to call). */
  companyPhone: string;
}

/** The place the account reported from last time, to prefill the form. */
export interface PlaceChoice {
  communityId: string;
  buildingId: string;
  unitId: string;
  room: string;
}

export interface CategoryOption {
  id: ComplaintCategory;
  label: string;
  /** Taken only in the heating season. */
  seasonal: boolean;
  /** At least one own reading is required. */
  needsReading: boolean;
  /** The time limits that will run, in words: '2小时内受理，24小时内上门测温'. */
  deadlineSentence: string;
}

/** `communities` answer: the places, the account's last place, and the rules the form words. */
export interface CommunitiesAnswer {
  communities: CommunityOption[];
  /** null when logged out or before the first complaint. */
  lastPlace: PlaceChoice | null;
  categories: CategoryOption[];
  season: { start: string; end: string; inSeason: boolean; sentence: string };
  /** How to measure so that a reading counts. */
  measuringGuide: string[];
  /** '16℃至18℃退当月供热费的30%；…'. */
  refundSentence: string;
  reopenSentence: string;
  standardSentence: string;
  policy: HeatingPolicy;
}

export interface BuildingOption {
  id: string;
  name: string;
  units: Array<{ id: string; name: string }>;
}

export interface BuildingsAnswer {
  buildings: BuildingOption[];
}

export interface ComplaintReading {
  celsius: number;
  at: string;
}

export interface ComplaintDeadlinesView {
  acceptBy: string;
  measureBy: string;
  /** Only for 不热停热 (outage). */
  resolveBy?: string | null;
}

export interface ComplaintView {
  id: string;
  status: ComplaintStatus;
  statusLabel: string;
  statusTone: Tone;
  category: ComplaintCategory;
  categoryLabel: string;
  communityId: string;
  communityName: string;
  buildingId: string;
  buildingName: string;
  unitId: string;
  unitName: string;
  room: string;
  stationId: string;
  stationName: string;
  companyName: string;
  companyPhone: string;
  readings: ComplaintReading[];
  description: string | null;
  /** The crew's reading on site (已上门测温). */
  measuredCelsius: number | null;
  measuredAt: string | null;
  /** The reference refund when measured below the standard; null otherwise. */
  refundTier: { percent: number; belowCelsius: number; sentence: string } | null;
  deadlines: ComplaintDeadlinesView;
  /** '2小时内受理，24小时内上门测温'. */
  deadlineSentence: string;
  /** The deadline running now (the company's next step), null when none runs. */
  nextDeadline: { kind: DeadlineKind; by: string; label: string } | null;
  /** Past the running deadline (督办). */
  overdue: boolean;
  /** '督办：超时未受理' while overdue, else null. */
  overdueLabel: string | null;
  incident: { id: string; households: number; dispatched: boolean; sentence: string | null };
  crew: { name: string; phoneMasked: string; phone?: string } | null;
  timeline: TimelineEntry[];
  rating: { score: number; comment: string | null } | null;
  phoneMasked: string;
  /** Only on `detail` for the company's dispatcher (the crew calls the resident); never in lists. */
  phone?: string;
  photos: string[];
  /** Where the app loads each photo (`GET /files/<fileId>`: the owner and the company's staff). */
  photoUrls: string[];
  submittedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  /** Resident's actions now. */
  canConfirm: boolean;
  canReopen: boolean;
  /** Last moment to reopen (7 days after 已处理 by default); null before 已处理. */
  reopenUntil: string | null;
  /** When an unconfirmed 已处理 closes by itself. */
  autoCloseAt: string | null;
  canRate: boolean;
  /** The dispatcher's moves from this status. */
  allowedMoves: DispatcherMove[];
}

export interface ComplaintsAnswer {
  complaints: ComplaintView[];
}

export interface IncidentView {
  id: string;
  stationId: string;
  stationName: string;
  households: number;
  openedAt: string;
  /** open while any of its complaints awaits the company. */
  status: 'open' | 'closed';
  /** New complaints from the station join until then (24 h after the first). */
  joinUntil: string;
  complaints: number;
  openComplaints: number;
  dispatched: boolean;
  /** The earliest running deadline among its open complaints. */
  nextDeadline: string | null;
  overdue: boolean;
}

export interface IncidentsAnswer {
  incidents: IncidentView[];
}

/** `transitionIncident`: one move applied to each open complaint of the incident that can make it. */
export interface IncidentMoveAnswer {
  incident: IncidentView;
  moved: string[];
  skipped: Array<{ complaintId: string; status: ComplaintStatus; statusLabel: string }>;
}

export interface HeatingStats {
  from: string;
  to: string;
  complaints: number;
  byStatus: Record<ComplaintStatus, number>;
  byCategory: Record<ComplaintCategory, number>;
  overdue: number;
  byStation: StationFigures[];
}
