import { newId, randomToken } from './ids';

describe('ids', () => {
  it('are the prefix and 16 base64url characters (12 random bytes)', () => {
    expect(newId('reg')).toMatch(/^reg_[A-Za-z0-9_-]{16}$/);
  });

  it('never repeat, also across refills of the random pool', () => {
    // 4 KB pool, 12 bytes each: 3,000 ids cross the pool's end nine times, at every offset.
    const ids = Array.from({ length: 3000 }, () => newId('x'));
    expect(new Set(ids).size).toBe(3000);
    const odd = Array.from({ length: 1000 }, () => randomToken(7));
    expect(odd.every((t) => t.length === 10)).toBe(true);
    expect(new Set(odd).size).toBe(1000);
  });
});
