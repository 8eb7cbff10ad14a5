import { defineWorkflow } from '../workflow';

/**
 * A posting's life (domain.md §4): it waits for the station's review, because fake
 * postings are a known harm; only a published one is ever shown to seekers. A published
 * posting ends filled (at headcount, or closed so by its employer), expired (past its
 * valid-through date) or withdrawn; a pending one may be rejected with a reason or
 * withdrawn by its employer.
 */
export const postingWorkflow = defineWorkflow({
  name: 'posting',
  statuses: {
    pending_review: { label: '待审核', open: true, tone: 'progress' },
    published: { label: '招聘中', open: true, tone: 'good' },
    filled: { label: '已招满', open: false, tone: 'neutral' },
    expired: { label: '已过期', open: false, tone: 'neutral' },
    withdrawn: { label: '已撤回', open: false, tone: 'neutral' },
    rejected: { label: '未通过审核', open: false, tone: 'bad' },
  },
  transitions: {
    pending_review: ['published', 'rejected', 'withdrawn'],
    published: ['filled', 'expired', 'withdrawn'],
    filled: [],
    // Applications received before the end are still answered; the hire that reaches
    // headcount fills an expired posting too, so those still waiting are told.
    expired: ['filled'],
    withdrawn: [],
    rejected: [],
  },
});

export type PostingStatus = (typeof postingWorkflow.statuses)[number];
