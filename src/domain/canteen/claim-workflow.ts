import { defineWorkflow } from '../workflow';

/**
 * A discount-group claim (domain.md §3): it gives nothing until canteen staff have seen
 * the document (pending → verified, or rejected with a reason), and a verification ends
 * on its expiry date (verified → expired, by the scheduled job). Claims belong to the
 * person, not to the member row or the account.
 */
export const claimWorkflow = defineWorkflow({
  name: 'canteen_claim',
  statuses: {
    pending: { label: '待核验', open: true, tone: 'progress' },
    verified: { label: '已核验', open: false, active: true, tone: 'good' },
    rejected: { label: '未通过', open: false, tone: 'bad' },
    expired: { label: '已过期', open: false, tone: 'neutral' },
  },
  transitions: {
    pending: ['verified', 'rejected'],
    verified: ['expired'],
    rejected: [],
    expired: [],
  },
});

export type ClaimStatus = (typeof claimWorkflow.statuses)[number];

/** A person holds at most one claim per group in these statuses. */
export const LIVE_CLAIM_STATUSES: ClaimStatus[] = ['pending', 'verified'];
