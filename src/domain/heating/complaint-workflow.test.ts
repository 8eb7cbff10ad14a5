import { complaintWorkflow, dispatcherMovesFrom, type ComplaintStatus } from './complaint-workflow';

const ALLOWED: Array<[ComplaintStatus, ComplaintStatus]> = [
  ['submitted', 'accepted'],
  ['submitted', 'rejected'],
  ['accepted', 'dispatched'],
  ['accepted', 'rejected'],
  ['dispatched', 'measured'],
  ['measured', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'reopened'],
  ['closed', 'reopened'],
  ['reopened', 'dispatched'],
];

const every = complaintWorkflow.statuses.flatMap((from) => complaintWorkflow.statuses.map((to) => [from, to] as [ComplaintStatus, ComplaintStatus]));

describe('the 12345 closed loop of a heating complaint', () => {
  it.each(ALLOWED)('moves from %s to %s', (from, to) => {
    expect(complaintWorkflow.canTransition(from, to)).toBe(true);
  });

  it.each(every.filter(([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to)))('refuses %s → %s with ILLEGAL_TRANSITION', (from, to) => {
    expect(() => complaintWorkflow.assertTransition(from, to)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', status: 409 }));
  });

  it('labels every status as residents read it', () => {
    expect(complaintWorkflow.statuses.map((s) => complaintWorkflow.label(s))).toEqual(['已提交', '已受理', '已派单', '已上门测温', '已处理', '已办结', '不予受理', '重新处理']);
  });

  it('counts as open exactly the statuses where the company owes the next step', () => {
    expect(complaintWorkflow.statuses.filter((s) => complaintWorkflow.isOpen(s))).toEqual(['submitted', 'accepted', 'dispatched', 'measured', 'reopened']);
  });

  it.each([
    ['submitted', ['accepted', 'rejected']],
    ['accepted', ['rejected', 'dispatched']],
    ['reopened', ['dispatched']],
    ['measured', ['resolved']],
    ['resolved', []],
    ['closed', []],
  ] as const)('offers the dispatcher from %s: %j', (status, moves) => {
    expect(dispatcherMovesFrom(status).sort()).toEqual([...moves].sort());
  });
});
