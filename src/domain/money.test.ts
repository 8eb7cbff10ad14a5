import { formatYuan, formatYuanShort, parseYuan, yuanText } from './money';

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

describe('reading yuan as typed into a form', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    [' 0.29 ', 29],
    ['8.', 800],
    ['12.505', null],
    ['-1', null],
    ['十二', null],
    ['', null],
  ])('reads %p as %p fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('writes fen back as the field shows it', () => {
    expect(yuanText(1200)).toBe('12.00');
    expect(yuanText(1205)).toBe('12.05');
    expect(parseYuan(yuanText(999))).toBe(999);
  });
});
