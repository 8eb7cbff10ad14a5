import { applicationWorkflow, employerMovesFrom, seekerMayWithdraw } from './application-workflow';
import { postingWorkflow } from './posting-workflow';

describe('a posting’s life', () => {
  it.each([
    { from: 'pending_review', to: 'published', allowed: true },
    { from: 'pending_review', to: 'rejected', allowed: true },
    { from: 'pending_review', to: 'withdrawn', allowed: true },
    { from: 'pending_review', to: 'filled', allowed: false },
    { from: 'published', to: 'filled', allowed: true },
    { from: 'published', to: 'expired', allowed: true },
    { from: 'published', to: 'withdrawn', allowed: true },
    { from: 'published', to: 'rejected', allowed: false },
    { from: 'rejected', to: 'published', allowed: false },
    { from: 'expired', to: 'published', allowed: false },
    { from: 'filled', to: 'published', allowed: false },
  ] as const)('$from → $to: $allowed', ({ from, to, allowed }) => {
    expect(postingWorkflow.canTransition(from, to)).toBe(allowed);
  });

  it('refuses any other move with ILLEGAL_TRANSITION', () => {
    expect(() => postingWorkflow.assertTransition('expired', 'published')).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', status: 409 }));
  });
});

describe('an application’s life', () => {
  it.each([
    { from: 'applied', moves: ['contacted', 'declined'], withdraw: true },
    { from: 'contacted', moves: ['hired', 'declined'], withdraw: true },
    { from: 'hired', moves: [], withdraw: false },
    { from: 'declined', moves: [], withdraw: false },
    { from: 'withdrawn', moves: [], withdraw: false },
  ] as const)('from $from the employer may $moves; the seeker may withdraw: $withdraw', ({ from, moves, withdraw }) => {
    expect(employerMovesFrom(from)).toEqual(moves);
    expect(seekerMayWithdraw(from)).toBe(withdraw);
  });

  it('hires only someone the employer has contacted', () => {
    expect(applicationWorkflow.canTransition('applied', 'hired')).toBe(false);
  });

  it('lets a seeker who withdrew apply again (the same application comes back)', () => {
    expect(applicationWorkflow.canTransition('withdrawn', 'applied')).toBe(true);
    expect(applicationWorkflow.canTransition('declined', 'applied')).toBe(false);
  });
});
