import { formatYuan, formatYuanShort } from './money';

describe('showing money kept in fen', () => {
  it.each([
    [800, '¥8.00', '8元'],
    [1250, '¥12.50', '12.5元'],
    [0, '¥0.00', '0元'],
    [4233100, '¥42331.00', '42331元'],
  ])('shows %i fen as %s and %s', (fen, long, short) => {
    expect(formatYuan(fen)).toBe(long);
    expect(formatYuanShort(fen)).toBe(short);
  });
});
