import { defineWorkflow } from '../workflow';

/**
 * A registration's life (domain.md §1): booked → arrived → fulfilled; booked → cancelled;
 * booked → noshow. The clinic's published contract names the refusal INVALID_TRANSITION.
 */
export const registrationWorkflow = defineWorkflow({
  name: 'registration',
  illegalCode: 'INVALID_TRANSITION',
  statuses: {
    booked: { label: '待就诊', open: true, tone: 'progress' },
    arrived: { label: '已到诊', open: true, tone: 'progress' },
    fulfilled: { label: '已就诊', open: false, active: true, tone: 'good' },
    cancelled: { label: '已取消', open: false, tone: 'neutral' },
    noshow: { label: '爽约', open: false, tone: 'bad' },
  },
  transitions: {
    booked: ['arrived', 'cancelled', 'noshow'],
    arrived: ['fulfilled'],
    fulfilled: [],
    cancelled: [],
    noshow: [],
  },
});

export type RegistrationStatus = (typeof registrationWorkflow.statuses)[number];
