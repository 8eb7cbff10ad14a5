import { defineWorkflow } from '../workflow';

/**
 * An application (报名): applied → contacted → hired / declined; the seeker may withdraw
 * while it is applied or contacted, and may apply again after withdrawing (the same
 * application comes back, so one person still holds one application per posting).
 */
export const applicationWorkflow = defineWorkflow({
  name: 'job_application',
  statuses: {
    applied: { label: '已报名', open: true, tone: 'progress' },
    contacted: { label: '已联系', open: true, tone: 'progress' },
    hired: { label: '已录用', open: false, active: true, tone: 'good' },
    declined: { label: '未录用', open: false, tone: 'neutral' },
    withdrawn: { label: '已撤回', open: false, tone: 'neutral' },
  },
  transitions: {
    applied: ['contacted', 'declined', 'withdrawn'],
    contacted: ['hired', 'declined', 'withdrawn'],
    hired: [],
    declined: [],
    withdrawn: ['applied'],
  },
});

export type ApplicationStatus = (typeof applicationWorkflow.statuses)[number];

/** The moves the employer (or station staff) makes; the seeker only withdraws. */
export const EMPLOYER_MOVES = ['contacted', 'hired', 'declined'] as const;
export type EmployerMove = (typeof EMPLOYER_MOVES)[number];

/** What the employer may do with an application now (buttons on the applicant list). */
export const employerMovesFrom = (status: ApplicationStatus): EmployerMove[] =>
  EMPLOYER_MOVES.filter((to) => applicationWorkflow.canTransition(status, to));

export const seekerMayWithdraw = (status: ApplicationStatus) => applicationWorkflow.canTransition(status, 'withdrawn');

/** Whether the application still gives its member the employer's contact. */
export const holdsContact = (status: ApplicationStatus) => applicationWorkflow.isActive(status);
