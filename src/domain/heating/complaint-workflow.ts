import { defineWorkflow } from '../workflow';

/**
 * A complaint's life, the county's 12345 closed loop (domain.md §2): 已提交 → 已受理 → 已派单
 * → 已上门测温 → 已处理 → 已办结; 不予受理 from 已提交 or 已受理; 重新处理 from 已处理 or
 * 已办结 (within the reopen window, see complaint-rules), then 已派单 again. "Open" means
 * the heating company still owes a step; 已处理 waits for the resident, not the company.
 */
export const complaintWorkflow = defineWorkflow({
  name: 'complaint',
  statuses: {
    submitted: { label: '已提交', open: true, tone: 'progress' },
    accepted: { label: '已受理', open: true, tone: 'progress' },
    dispatched: { label: '已派单', open: true, tone: 'progress' },
    measured: { label: '已上门测温', open: true, tone: 'progress' },
    resolved: { label: '已处理', open: false, active: true, tone: 'good' },
    closed: { label: '已办结', open: false, active: true, tone: 'good' },
    rejected: { label: '不予受理', open: false, tone: 'bad' },
    reopened: { label: '重新处理', open: true, tone: 'warn' },
  },
  transitions: {
    submitted: ['accepted', 'rejected'],
    accepted: ['dispatched', 'rejected'],
    dispatched: ['measured'],
    measured: ['resolved'],
    resolved: ['closed', 'reopened'],
    closed: ['reopened'],
    rejected: [],
    reopened: ['dispatched'],
  },
});

export type ComplaintStatus = (typeof complaintWorkflow.statuses)[number];

export const OPEN_STATUSES = complaintWorkflow.statuses.filter((s) => complaintWorkflow.isOpen(s));

/** The moves a heating dispatcher makes; the resident confirms (→ closed) and reopens, the scheduler closes. */
export const DISPATCHER_MOVES = ['accepted', 'rejected', 'dispatched', 'measured', 'resolved'] as const;

export type DispatcherMove = (typeof DISPATCHER_MOVES)[number];

/** Moves a dispatcher may apply to a whole incident: measuring is per household, never copied. */
export const INCIDENT_MOVES = ['accepted', 'rejected', 'dispatched', 'resolved'] as const;

export type IncidentMove = (typeof INCIDENT_MOVES)[number];

/** The dispatcher's buttons for a complaint in this status. */
export const dispatcherMovesFrom = (status: ComplaintStatus): DispatcherMove[] =>
  DISPATCHER_MOVES.filter((to) => complaintWorkflow.canTransition(status, to));
