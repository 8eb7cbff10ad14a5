import { slidingWindowLimiter } from './rate-limiter';

describe('the per-account mutation limit', () => {
  it('allows the limit within a window, refuses the next, and allows again when the window slides', () => {
    const limiter = slidingWindowLimiter(2, 60);
    const t0 = new Date('2026-11-29T02:00:00Z');
    expect(limiter.tryTake('a', t0)).toBe(true);
    expect(limiter.tryTake('a', new Date(t0.getTime() + 1000))).toBe(true);
    expect(limiter.tryTake('a', new Date(t0.getTime() + 2000))).toBe(false);
    expect(limiter.tryTake('b', new Date(t0.getTime() + 2000))).toBe(true);
    expect(limiter.tryTake('a', new Date(t0.getTime() + 60_001))).toBe(true);
  });

  it('is off at 0', () => {
    const limiter = slidingWindowLimiter(0, 60);
    const now = new Date();
    for (let i = 0; i < 100; i += 1) expect(limiter.tryTake('a', now)).toBe(true);
  });
});
